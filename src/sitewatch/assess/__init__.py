"""Assess: from stored facts to the situation picture (counts, sources, actors, citations)."""
