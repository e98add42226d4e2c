"""``python -m sitewatch``: the CLI."""

from .present.cli import main

main()
