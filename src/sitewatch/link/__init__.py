"""Link: connections across documents (near-duplicates; later entities, stories, events)."""
