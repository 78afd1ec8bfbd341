"""The database: documents and everything read from them, written and questioned.

`Store(target)` opens SQLite (a path) or any SQLAlchemy URL and makes the
schema (`store.schema`), and `upgrade_database` brings an older one forward
(`store/migrations/`); `save_extraction` writes one document in one
transaction (`store.save`, which links people and indexes the text);
`store.queries` answers questions, `store.search` finds records by their
words, and `store.export` reads documents back in the export shape.
"""

from ..errors import StoreError
from .database import Store, is_url, upgrade_database
from .queries.failures import FailureRow
from .save import DocumentState

__all__ = ["DocumentState", "FailureRow", "Store", "StoreError", "is_url", "upgrade_database"]
