"""Store: SQLite by default, PostgreSQL by URL; one schema, one set of queries."""

from .db import Database, open_database
from .repository import Store

__all__ = ["Database", "Store", "open_database"]
