"""minutebook: council minutes and plans in, a queryable database out."""

__version__ = "0.1.0"
