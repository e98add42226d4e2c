"""Ingest: turn files, feeds, URLs and stdin into clean :class:`~sitewatch.model.Document` s."""
