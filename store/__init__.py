"""The database: documents and everything read from them, written and questioned.

`Store(target)` opens SQLite (a path) or any SQLAlchemy URL; `save_extraction`
writes one document in one transaction; `store.queries` answers questions and
`store.export` reads documents back in the export shape.
"""

from ..errors import StoreError
from .database import DocumentState, Store, is_url, register_schema_hook
from .save import FailureRow

__all__ = ["DocumentState", "FailureRow", "Store", "StoreError", "is_url", "register_schema_hook"]
