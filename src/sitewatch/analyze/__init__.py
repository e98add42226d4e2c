"""Analyze: per-document stages (sentences, entities; later times, places, claims, events)."""
