"""Claims: who said what, when, how surely, and on whose authority (issue 5)."""
