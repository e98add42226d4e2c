"""A progress bar on stderr with counts and rate (tqdm), or nothing."""

from __future__ import annotations

from types import TracebackType
from typing import Any

from tqdm import tqdm


class Progress:
    def __init__(self, disable: bool = False, unit: str = "doc") -> None:
        self._bar: Any = tqdm(disable=disable, unit=unit, desc="analysed", dynamic_ncols=True)

    def advance(self, n: int) -> None:
        self._bar.update(n)

    def __enter__(self) -> Progress:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._bar.close()
