"""The database: SQLAlchemy models in, documents and queries out."""

from ..errors import StoreError
from .database import DocumentState, Store, is_url, register_schema_hook
from .save import FailureRow

__all__ = ["DocumentState", "FailureRow", "Store", "StoreError", "is_url", "register_schema_hook"]
