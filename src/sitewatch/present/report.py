"""The situation report: Markdown and standalone HTML, with a JSON twin.

Every line that states a fact ends with its citation: document id and the
character offsets of the sentence it came from.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from pathlib import Path

from ..assess.chronology import ChronologyEntry
from ..assess.citation import Citation
from ..assess.picture import Picture, ReportDoc
from ..assess.timeline import TimelineEntry


@dataclass(frozen=True)
class ReportFiles:
    markdown: Path
    html: Path
    json: Path


def cite(c: Citation) -> str:
    return f"[{c.doc_id}:{c.start}-{c.end}]"


def _doc_line(d: ReportDoc) -> str:
    title = d.title or "(untitled)"
    copy = f" — copy of `{d.copy_of}`" if d.copy_of else ""
    lang = f" ({d.language})" if d.language and d.language != "en" else ""
    outlet = d.outlet or "unknown outlet"
    return f"{d.published or 'undated'} · {outlet} · {title}{lang} `{d.id}`{copy}"


def period(e: TimelineEntry) -> str:
    if not e.earliest:
        return "undated"
    return e.earliest if e.earliest == e.latest else f"{e.earliest} – {e.latest}"


def cited_table(
    header: list[str], rows: list[list[str]], cited: list[tuple[str, list[Citation]]]
) -> list[str]:
    """A Markdown table, then one line per citation, each led by the label of its row."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    lines.append("")
    for label, citations in cited:
        lines += [
            f"- {label} — {c.published or 'undated'}, {c.outlet or '?'}: “{c.quote}” {cite(c)}"
            for c in citations
        ]
    lines.append("")
    return lines


def _sources(count: int, origins: list[str]) -> str:
    return f"{count} ({', '.join(origins)})"


def timeline_lines(site: str, name: str, entries: list[TimelineEntry]) -> list[str]:
    """A site's timeline in Markdown: one row per event, then its citations."""
    header = ["period", "activity", "certainty", "basis", "independent sources", "reports"]
    rows = [
        [period(e), e.activity.replace("_", " "), e.certainty, ", ".join(e.basis) or "—",
         _sources(e.independent_sources, e.origins), str(e.reports)]
        for e in entries
    ]  # fmt: skip
    cited = [(f"{period(e)} {e.activity.replace('_', ' ')}", e.citations) for e in entries]
    return [f"### {name} (`{site}`)", "", *cited_table(header, rows, cited)]


def span(e: ChronologyEntry) -> str:
    return e.start if e.start == e.end else f"{e.start} – {e.end}"


def chronology_lines(entries: list[ChronologyEntry]) -> list[str]:
    """The political and military chronology in Markdown: a table, then citations."""
    header = ["date", "event", "status", "place", "actors", "independent sources", "reports"]
    rows = [
        [span(e), f"{e.activity.replace('_', ' ')} ({e.category})", e.status, e.place or "—",
         ", ".join(e.actors) or "—", _sources(e.independent_sources, e.origins), str(e.reports)]
        for e in entries
    ]  # fmt: skip
    cited = [(f"{span(e)} {e.activity.replace('_', ' ')}", e.citations) for e in entries]
    return cited_table(header, rows, cited)


def _sections(p: Picture, markdown: bool) -> list[tuple[str, str]]:
    """The report's sections present in this picture: (title, anchor). Markdown anchors
    are the ones Markdown renderers derive from the headings."""
    sections = [
        ("Sites", "sites", "sites", bool(p.timelines)),
        ("Chronology", "political-and-military-chronology", "chronology", bool(p.chronology)),
        ("Claims by speaker", "claims-by-speaker", "claims", bool(p.claims)),
        ("Actors", "actors", "actors", True),
        ("Sources", "sources", "sources", True),
        ("Documents", "documents", "documents", True),
    ]
    return [(title, md if markdown else h) for title, md, h, shown in sections if shown]


def render_markdown(p: Picture) -> str:
    lines = [
        "# Situation report",
        "",
        f"Store: `{p.store}` · {len(p.documents)} documents from {len(p.outlets)} outlets, "
        f"{p.independent_sources} independent after removing copies · "
        f"period {p.first_date or '?'} to {p.last_date or '?'}",
        "",
        "Citations read `[document id:start-end]`: character offsets of the sentence in the",
        "document's stored text (`sitewatch export` gives the texts).",
        "",
        "Contents: "
        + " · ".join(f"[{title}](#{anchor})" for title, anchor in _sections(p, markdown=True)),
        "",
    ]
    if p.timelines:
        lines += ["## Sites", ""]
        for site, entries in p.timelines.items():
            lines += timeline_lines(site, p.site_names.get(site, site), entries)
    if p.chronology:
        lines += ["## Political and military chronology", ""]
        lines += chronology_lines(p.chronology)
    if p.claims:
        lines += ["## Claims by speaker", ""]
        for speaker, rows in p.claims.items():
            lines += [f"### {speaker}", ""]
            for row in rows:
                odds = f", {row.likelihood['term']}" if row.likelihood else ""
                lines.append(
                    f"- {row.said_on or 'undated'} · {row.kind} · {row.certainty}{odds}: "
                    f"“{row.content}” {cite(row.citation)}"
                )
            lines.append("")
    lines += [
        "## Actors",
        "",
        "| actor | type | mentions | documents | independent sources | first seen |",
        "|---|---|---|---|---|---|",
    ]
    for a in p.actors:
        lines.append(
            f"| {a.name} | {a.label} | {a.mentions} | {a.documents} | "
            f"{a.independent_sources} | {a.first_seen or '?'} |"
        )
    lines.append("")
    for a in p.actors:
        lines.append(f"### {a.name}")
        lines.append("")
        for c in a.citations:
            lines.append(f"- {c.published or 'undated'}, {c.outlet or '?'}: “{c.quote}” {cite(c)}")
        lines.append("")
    lines += ["## Sources", "", "| outlet | documents | originals | copies |", "|---|---|---|---|"]
    for o in p.outlets:
        lines.append(f"| {o.outlet} | {o.documents} | {o.originals} | {o.copies} |")
    lines.append("")
    if p.copy_groups:
        lines += ["### Copies (counted as one source)", ""]
        for group in p.copy_groups:
            lines.append(f"- original: {_doc_line(group[0])}")
            lines += [f"  - copy: {_doc_line(d)}" for d in group[1:]]
        lines.append("")
    lines += ["## Documents", ""]
    lines += [f"- {_doc_line(d)}" for d in p.documents]
    lines.append("")
    if p.failures or p.input_errors:
        lines += [
            "## Problems",
            "",
            f"{p.failures} stage failures and {p.input_errors} unreadable inputs: "
            "see `sitewatch status`.",
            "",
        ]
    return "\n".join(lines)


_CSS = """
body{font:15px/1.45 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1rem}td,th{border:1px solid #ccc;padding:.2rem .5rem}
th{background:#f3f3f3;text-align:left}code,.cite{font:12px monospace;color:#555}
blockquote{margin:.2rem 0 .6rem 1rem;padding-left:.6rem;border-left:3px solid #bbb}
"""


def render_html(p: Picture) -> str:
    e = html.escape
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<title>sitewatch situation report</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Situation report</h1>",
        f"<p>Store <code>{e(p.store)}</code>: {len(p.documents)} documents from "
        f"{len(p.outlets)} outlets, {p.independent_sources} independent after removing copies; "
        f"period {e(p.first_date or '?')} to {e(p.last_date or '?')}.</p>",
        "<nav>Contents: "
        + " · ".join(f"<a href='#{a}'>{e(t)}</a>" for t, a in _sections(p, markdown=False))
        + "</nav>",
    ]
    if p.timelines:
        out.append("<h2 id='sites'>Sites</h2>")
        for site, entries in p.timelines.items():
            out += _html_timeline(site, p.site_names.get(site, site), entries)
    if p.chronology:
        out.append("<h2 id='chronology'>Political and military chronology</h2>")
        out += _html_chronology(p.chronology)
    if p.claims:
        out.append("<h2 id='claims'>Claims by speaker</h2>")
        for speaker, rows in p.claims.items():
            out.append(f"<h3>{e(speaker)}</h3><ul>")
            for row in rows:
                odds = f", {row.likelihood['term']}" if row.likelihood else ""
                out.append(
                    f"<li>{e(row.said_on or 'undated')} · {e(str(row.kind))} · "
                    f"{e(str(row.certainty))}{e(odds)}: “{e(row.content or '')}” "
                    f"<span class='cite'>{e(cite(row.citation))}</span></li>"
                )
            out.append("</ul>")
    out += [
        "<h2 id='actors'>Actors</h2><table><tr><th>actor</th><th>type</th><th>mentions</th>"
        "<th>documents</th><th>independent sources</th><th>first seen</th></tr>",
    ]
    for a in p.actors:
        out.append(
            f"<tr><td><a href='#a-{e(a.name)}'>{e(a.name)}</a></td><td>{a.label}</td>"
            f"<td>{a.mentions}</td><td>{a.documents}</td><td>{a.independent_sources}</td>"
            f"<td>{e(a.first_seen or '?')}</td></tr>"
        )
    out.append("</table>")
    for a in p.actors:
        out.append(f"<h3 id='a-{e(a.name)}'>{e(a.name)}</h3>")
        for c in a.citations:
            out.append(
                f"<blockquote>{e(c.quote)}<br><span class='cite'>{e(c.published or 'undated')}, "
                f"{e(c.outlet or '?')} {e(cite(c))}</span></blockquote>"
            )
    out.append("<h2 id='sources'>Sources</h2><table><tr><th>outlet</th><th>documents</th>"
               "<th>originals</th><th>copies</th></tr>")  # fmt: skip
    for o in p.outlets:
        out.append(
            f"<tr><td>{e(o.outlet)}</td><td>{o.documents}</td><td>{o.originals}</td>"
            f"<td>{o.copies}</td></tr>"
        )
    out.append("</table>")
    if p.copy_groups:
        out.append("<h3>Copies (counted as one source)</h3><ul>")
        for group in p.copy_groups:
            copies = "".join(f"<li>copy: {e(_doc_line(d))}</li>" for d in group[1:])
            out.append(f"<li>original: {e(_doc_line(group[0]))}<ul>{copies}</ul></li>")
        out.append("</ul>")
    out.append("<h2 id='documents'>Documents</h2><ul>")
    out += [f"<li>{e(_doc_line(d))}</li>" for d in p.documents]
    out.append("</ul></body></html>")
    return "\n".join(out)


def _html_cited_table(
    header: list[str], rows: list[list[str]], citations: list[list[Citation]]
) -> list[str]:
    """An HTML table (cells given as plain text) whose last column quotes each row's
    citations."""
    e = html.escape
    out = ["<table><tr>" + "".join(f"<th>{e(h)}</th>" for h in [*header, "evidence"]) + "</tr>"]
    for row, cited in zip(rows, citations, strict=True):
        quotes = "".join(
            f"<blockquote>{e(c.quote)}<br><span class='cite'>{e(c.published or 'undated')}, "
            f"{e(c.outlet or '?')} {e(cite(c))}</span></blockquote>"
            for c in cited
        )
        out.append(
            "<tr>" + "".join(f"<td>{e(cell)}</td>" for cell in row) + f"<td>{quotes}</td></tr>"
        )
    out.append("</table>")
    return out


def _html_timeline(site: str, name: str, entries: list[TimelineEntry]) -> list[str]:
    e = html.escape
    header = ["period", "activity", "certainty", "basis", "independent sources"]
    rows = [
        [period(x), x.activity.replace("_", " "), x.certainty, ", ".join(x.basis),
         f"{x.independent_sources}: {', '.join(x.origins)}"]
        for x in entries
    ]  # fmt: skip
    return [
        f"<h3 id='site-{e(site)}'>{e(name)} <code>{e(site)}</code></h3>",
        *_html_cited_table(header, rows, [x.citations for x in entries]),
    ]


def _html_chronology(entries: list[ChronologyEntry]) -> list[str]:
    header = ["date", "event", "status", "place", "actors", "independent sources"]
    rows = [
        [span(x), f"{x.activity.replace('_', ' ')} ({x.category})", x.status, x.place or "",
         ", ".join(x.actors), f"{x.independent_sources}: {', '.join(x.origins)}"]
        for x in entries
    ]  # fmt: skip
    return _html_cited_table(header, rows, [x.citations for x in entries])


def write_report(p: Picture, folder: Path) -> ReportFiles:
    folder.mkdir(parents=True, exist_ok=True)
    files = ReportFiles(folder / "report.md", folder / "report.html", folder / "report.json")
    files.markdown.write_text(render_markdown(p), encoding="utf-8")
    files.html.write_text(render_html(p), encoding="utf-8")
    files.json.write_text(json.dumps(p.to_json(), ensure_ascii=False, indent=1), encoding="utf-8")
    return files
