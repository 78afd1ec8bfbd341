"""Which stored file a document link may serve, and with which headers.

A link names a loaded document by its id and file name
(`/-/document/DATABASE/ID/NAME#page=N`). Nothing in the URL ever becomes a
path: the id is looked up in `documents`, the name must equal the stored file
name, the document must have loaded, and the bytes on disk must still be the
ones that were loaded (same SHA-256). Anything else is "not found", so a
browser can reach only the files the database was made from.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

ROUTE = r"^/-/document/(?P<database>[^/]+)/(?P<document_id>[0-9]{1,18})/(?P<name>[^/]+)$"
"""The plugin's route: database name, document id, file name."""
MAX_SERVED_BYTES = 256 * 1024 * 1024
"""Larger files are not served (they are hashed in memory on every request)."""
DOCUMENT_LOOKUP = "SELECT path, file_name, sha256, status FROM documents WHERE id = :id"

# Types a browser shows itself; everything else is offered as plain text.
_CONTENT_TYPES = {
    ".pdf": "application/pdf",
    ".html": "text/html; charset=utf-8",
    ".htm": "text/html; charset=utf-8",
}
_SAFE_HEADERS = {
    "x-content-type-options": "nosniff",
    "cache-control": "private, max-age=300",
    "referrer-policy": "no-referrer",
}
# A stored web page runs no script and cannot read this site: a sandbox of its own.
_SANDBOX = {"content-security-policy": "sandbox"}


@dataclass(frozen=True, slots=True)
class ServedFile:
    """The bytes of one loaded document and the headers they go out with."""

    body: bytes
    content_type: str
    headers: dict[str, str] = field(default_factory=dict)


def document_url(base: str, database: str, document_id: int, file_name: str, page: int | None = None) -> str:
    """The link to a loaded document (at `page`, opened there by PDF viewers); `base` is the site's prefix."""
    url = f"{base.rstrip('/')}/-/document/{quote(database, safe='')}/{int(document_id)}/{quote(file_name, safe='')}"
    if page is not None:
        url += f"#page={int(page)}"
    return url


def read_document(row: dict | None, name: str) -> ServedFile | None:
    """The file to serve for a `documents` row looked up by id, or None when it must not be served.

    `row` holds path, file_name, sha256 and status (None: no such document);
    `name` is the file name the URL gave.
    """
    if row is None or row.get("status") != "loaded" or not row.get("sha256"):
        return None
    if name != row.get("file_name"):
        return None
    path = Path(str(row["path"]))
    try:
        if not path.is_file() or path.stat().st_size > MAX_SERVED_BYTES:
            return None
        body = path.read_bytes()
    except OSError:
        return None
    if hashlib.sha256(body).hexdigest() != row["sha256"]:
        return None  # changed since it was loaded: not the evidence the rows came from
    suffix = path.suffix.lower()
    content_type = _CONTENT_TYPES.get(suffix, "text/plain; charset=utf-8")
    headers = dict(_SAFE_HEADERS)
    if suffix != ".pdf":
        # Chromium's PDF viewer does not run in a sandboxed document; the rest need no scripts.
        headers |= _SANDBOX
    headers["content-disposition"] = "inline; filename*=UTF-8''" + quote(str(row["file_name"]), safe="")
    return ServedFile(body=body, content_type=content_type, headers=headers)
