"""The docs stay true: generated reference pages match the code."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from sitewatch.present.cli import cli

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_settings_page_lists_every_setting_as_generated() -> None:
    generated = CliRunner().invoke(cli, ["settings", "--markdown"]).stdout
    page = (DOCS / "settings.md").read_text(encoding="utf-8")
    assert generated.strip() in page, "regenerate docs/settings.md: sitewatch settings --markdown"
