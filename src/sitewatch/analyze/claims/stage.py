"""The claims stage: attributions → claims with speakers, kinds, certainty, dates; and cites.

Runs on the shared spaCy parse. It uses the time-expression stage's ``analysis.times``
when that stage ran before it (for ``said_on``), and the publication date otherwise, so
it requires only the parse and the entities.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from ...model import Analysis
from .certainty import certainty_of, estimate, kind_of, polarity_of
from .chains import cites
from .colon import colon_claims, colon_quotes
from .indirect import indirect_claims
from .learned import ClaimModels, filtered, proposed, shipped_models
from .model import Claim, Found
from .quotes import find_quotes, quote_claims
from .spans import Doc, text_of, without_dateline
from .speakers import mentions, resolve
from .when import said_on


def find_attributions(doc: Doc, models: ClaimModels | None = None,
                      learned: bool = True) -> list[Found]:
    """Every attribution in a parsed document, in text order: the rules' (quotations first
    claim cues), less those the learned filter rejects, plus the cues the learned proposer
    adds (``models``: the shipped weights by default; ``learned=False``: the rules alone).
    See ``learned``."""
    found = rule_attributions(doc)
    if not learned:
        return found
    models = models or shipped_models()
    if models is None:
        return found
    quotes = [(q.start, q.end) for q in find_quotes(text_of(doc))]
    kept = filtered(doc, found, models.filter, quotes)
    extra = proposed(doc, found, models.proposer, quotes)
    return sorted(kept + extra, key=lambda f: (f.sentence[0], f.cue.start))


def rule_attributions(doc: Doc) -> list[Found]:
    """The attributions the rules find, in text order (quotations first claim cues)."""
    quotes = find_quotes(text_of(doc))
    headlines = colon_claims(doc)
    direct = [f for f in quote_claims(doc, quotes) if not _headlined(f, headlines)]
    direct += [h for h in headlines if not any(h.content.overlaps(d.content) for d in direct)]
    direct += [c for c in colon_quotes(doc, [(q.start, q.end) for q in quotes])
               if not any(c.content.overlaps(d.content) for d in direct)]
    taken = {f.cue_token for f in direct}
    quoted = [(q.start, q.end) for q in quotes]
    indirect = [
        f for f in indirect_claims(doc, taken)
        if not any(a <= f.cue.start < b for a, b in quoted) and not _duplicate(f, direct)
    ]  # fmt: skip
    found = sorted(direct + indirect, key=lambda f: (f.sentence[0], f.cue.start))
    return [_undated(doc, f) for f in found]


def _undated(doc: Doc, found: Found) -> Found:
    """A content without the dateline it starts with ("WASHINGTON - North Korea has …, a
    monitoring group said")."""
    if found.parts:
        return found
    content = without_dateline(doc, found.content)
    return found if content is found.content else replace(found, content=content)


def _headlined(found: Found, headlines: list[Found]) -> bool:
    """A quotation after ``Name:`` whose verb cue was found outside the headline line."""
    return any(
        h.content.overlaps(found.content) and not h.content.contains(found.cue.start, found.cue.end)
        and found.form == "direct" and not (h.sentence[0] <= found.cue.start < h.sentence[1])
        for h in headlines
    )  # fmt: skip


def _duplicate(found: Found, direct: list[Found]) -> bool:
    """An indirect reading of a quotation that was already attributed."""
    return any(
        d.content.start <= found.content.start and found.content.end <= d.content.end
        and found.cue.start >= d.content.start and found.cue.end <= d.content.end
        for d in direct
    )  # fmt: skip


def outermost(found: list[Found]) -> list[Found]:
    """Only attributions whose cue is not inside another one's content (PolNeAR's view)."""
    return [
        f for f in found
        if not any(g is not f and g.content.contains(f.cue.start, f.cue.end) for g in found)
    ]  # fmt: skip


def build_claims(analysis: Analysis, doc: Doc, found: list[Found]) -> list[Claim]:
    index = mentions(doc)
    claims: list[Claim] = []
    for item in found:
        chance = estimate(doc, item)
        claims.append(Claim(
            found=item,
            speaker=resolve(doc, item, index),
            kind=kind_of(doc, item, chance),
            certainty=certainty_of(doc, item, chance),
            polarity=polarity_of(doc, item),
            likelihood=chance,
            said_on=said_on(analysis, doc, item),
            clausal=clausal(doc, item),
        ))  # fmt: skip
    return claims


_SPEAKING = frozenset(
    {"comment", "say", "discuss", "elaborate", "confirm", "speak", "answer", "respond", "talk"}
)


def clausal(doc: Doc, item: Found) -> bool:
    """Whether the content says that something is so: a quotation, or a span with a verb
    ("that the site was active"); not a bare noun phrase ("welcomed the closure"), nor
    the speaking itself ("declined to comment on intelligence", "refused to say"), which
    state nothing. Reports list clausal claims as statements."""
    if item.form in ("direct", "mixed"):
        return True
    span = doc.char_span(item.content.start, item.content.end, alignment_mode="expand")
    if span is None or not any(t.pos_ in ("VERB", "AUX") for t in span):
        return False
    return not (len(span) > 1 and span[0].lower_ == "to" and span[1].lemma_ in _SPEAKING)


@dataclass
class ClaimStage:
    """Fills ``analysis.claims`` and ``analysis.cites`` (see docs/claims.md)."""

    name: str = "claims"
    requires: tuple[str, ...] = ("spacy_doc", "entities")
    assigns: tuple[str, ...] = ("claims", "cites")

    def __call__(self, analysis: Analysis) -> Analysis:
        doc = analysis.spacy_doc
        if doc is None:
            return analysis
        claims = build_claims(analysis, doc, find_attributions(doc))
        analysis.claims = [c.to_json() for c in claims]
        analysis.cites = [c.to_json() for c in cites(doc, claims, mentions(doc))]
        analysis.done.add(self.name)
        return analysis
