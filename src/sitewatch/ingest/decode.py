"""Bytes to text: refuse binaries, detect legacy encodings, never guess silently."""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from ..errors import InputRejected

# Leading bytes of binary formats people drop into a folder of reports by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive (or DOCX/XLSX)"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "legacy Office document"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode ``data`` to text or raise :class:`InputRejected`.

    Order: byte-order mark, then strict UTF-8, then the ``declared`` charset
    (HTTP header, XML/HTML declaration), then charset detection.
    """
    if not data.strip():
        raise InputRejected("empty", "the input is empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(encoding, errors="replace"), encoding)
    for magic, name in _MAGIC:
        if data.startswith(magic):
            raise InputRejected("binary", f"binary file ({name}), not a text report")
    head = data[:8192]
    if b"\x00" in head or _control_ratio(head) > 0.05:
        raise InputRejected("binary", "binary content (NUL or control bytes), not a text report")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            return Decoded(data.decode(declared), declared.lower())
        except (LookupError, UnicodeDecodeError):
            pass
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        raise InputRejected("encoding", "cannot determine the text encoding")
    encoding = best.encoding
    if _single_byte_latin(encoding) and _fits_cp1252(data):
        # Short Western text is ambiguous among the Latin code pages; WHATWG and
        # news archives make windows-1252 the overwhelmingly likely one.
        encoding = "cp1252"
    try:
        return Decoded(data.decode(encoding), encoding)
    except (LookupError, UnicodeDecodeError) as exc:
        raise InputRejected("encoding", f"not valid {encoding}: {exc}") from exc


def _control_ratio(head: bytes) -> float:
    if not head:
        return 0.0
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls / len(head)


def _single_byte_latin(encoding: str) -> bool:
    name = encoding.lower().replace("-", "_")
    return name.startswith(("cp125", "windows_125", "iso8859", "latin", "mac_"))


def _fits_cp1252(data: bytes) -> bool:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return not any("\x80" <= ch <= "\x9f" for ch in text)
