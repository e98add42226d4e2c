"""Expand what the user named (files, folders, URLs, ``-``) into raw inputs, lazily."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from ..errors import InputRejected
from ..settings import Settings
from .fetch import FetchPolicy, fetch
from .raw import RawInput
from .reader import KNOWN_SUFFIXES

SIDECAR = ".meta.json"


@dataclass(frozen=True)
class Pending:
    """One input to read: either its bytes, or why they could not be had."""

    source: str
    raw: RawInput | None = None
    error: InputRejected | None = None


def expand(
    names: list[str], settings: Settings, stdin: BinaryIO | None = None
) -> Iterator[Pending]:
    """Raw inputs for each name, in a stable order (folders walked sorted, recursively)."""
    policy = FetchPolicy.from_settings(settings)
    for name in names:
        if name == "-":
            yield _stdin(stdin or sys.stdin.buffer, settings.max_bytes)
        elif name.startswith(("http://", "https://")) or "://" in name:
            yield _url(name, policy)
        else:
            path = Path(name)
            if path.is_dir():
                for file in walk(path):
                    yield read_file(file, settings.max_bytes)
            else:
                yield read_file(path, settings.max_bytes)


def walk(folder: Path) -> Iterator[Path]:
    """Report files under ``folder``: known suffixes, no hidden files, no sidecars."""
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if any(part.startswith(".") for part in rel.parts) or not path.is_file():
            continue
        if path.name.endswith(SIDECAR) or path.suffix.lower() not in KNOWN_SUFFIXES:
            continue
        yield path


def read_file(path: Path, max_bytes: int) -> Pending:
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputRejected("too-large", f"{size:,} bytes exceeds the {max_bytes:,} byte limit")
        data = path.read_bytes()
        meta = _sidecar(path)
    except InputRejected as exc:
        return Pending(source, error=exc)
    except FileNotFoundError:
        return Pending(source, error=InputRejected("missing", "no such file or folder"))
    except OSError as exc:
        return Pending(source, error=InputRejected("unreadable", exc.strerror or str(exc)))
    return Pending(source, RawInput(source=source, data=data, meta=meta))


def _sidecar(path: Path) -> dict[str, object]:
    side = path.with_name(path.stem + SIDECAR)
    if not side.exists():
        return {}
    try:
        meta = json.loads(side.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputRejected("malformed-json", f"bad sidecar {side.name}: {exc}") from exc
    if not isinstance(meta, dict):
        raise InputRejected("malformed-json", f"sidecar {side.name} is not a JSON object")
    return meta


def _stdin(stream: BinaryIO, max_bytes: int) -> Pending:
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        return Pending(
            "stdin", error=InputRejected("too-large", f"stdin exceeds {max_bytes:,} bytes")
        )
    return Pending("stdin", RawInput(source="stdin", data=data))


def _url(url: str, policy: FetchPolicy) -> Pending:
    try:
        return Pending(url, fetch(url, policy))
    except InputRejected as exc:
        return Pending(url, error=exc)
