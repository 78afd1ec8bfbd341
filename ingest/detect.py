"""Which parser a file needs, judged by its first bytes, with the extension as tie-breaker."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

from .markup import MARKUP_SUFFIXES

HEAD_BYTES = 8192
"""How much of a file is read to recognise it."""
PDF_MAGIC_WINDOW = 1024
"""PDF readers accept the %PDF- marker anywhere in the first kilobyte."""
BINARY_CONTROL_SHARE = 0.05
"""Text with more than this share of control characters is binary, not text."""

PDF_SUFFIXES = frozenset({".pdf"})
TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".mdx", *MARKUP_SUFFIXES})
"""Plain text and Markdown, including MDX (Markdown with JSX components, as Gatsby and Docusaurus sites publish), and
the lightweight markup of wikis, outliners and documentation tools (Org, reStructuredText, AsciiDoc, wiki text) whose
headings `markup` reads."""
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".aspx", ".asp", ".php", ".jsp"})
WORD_SUFFIXES = frozenset({".docx", ".docm", ".dotx", ".dotm"})
"""Names of Word's XML packages (documents, macro documents, templates), read by `ingest.docx`."""
OFFICE_SUFFIXES = WORD_SUFFIXES | {".doc", ".odt", ".rtf"}
"""Word-processor files: Word's XML packages are read (`ingest.docx`); the others are found so the load can say to
save them as .docx or PDF first."""

_STRONG_HTML = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
                          re.IGNORECASE | re.DOTALL)
_WEAK_HTML = re.compile(rb"<(?:html|body|head|table|div|p|meta|title|h[1-6])[\s>/]", re.IGNORECASE)
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")

# Recognisable non-text formats, for telling a clerk what a file really is.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive (a Word .docx, Excel .xlsx or zipped folder)"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file (.doc/.xls)"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"{\\rtf", "a Rich Text (.rtf) document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
)

Detected = Literal["pdf", "html", "text"]

# What a repository keeps in place of a large file until it is fetched: a Git LFS pointer
# ("version https://git-lfs.github.com/spec/v1", "oid sha256:…", "size …") or a git-annex
# link to its object store ("../../.git/annex/objects/…").
_LFS_POINTER = re.compile(
    rb"^version https://git-lfs\.github\.com/spec/v\d+\s*\n(?:ext-\S+ [^\n]*\n)*oid sha256:[0-9a-f]{64}\s*\nsize \d+\s*$"
)
_ANNEX_POINTER = re.compile(rb"^(?:\.\./)*\.git/annex/objects/\S+\s*$|^/annex/objects/\S+\s*$")


def describe_placeholder(head: bytes) -> str | None:
    """Advice when a file is a version-control placeholder for a document not fetched yet, else None."""
    if _LFS_POINTER.match(head):
        return "a Git LFS pointer, not the document itself: run `git lfs pull` in its repository to fetch the real file"
    if _ANNEX_POINTER.match(head):
        return "a git-annex pointer, not the document itself: run `git annex get` in its repository to fetch the real file"
    return None


def detect_format(path: str | Path, head: bytes) -> Detected | None:
    """The format of a file from its first bytes ("pdf", "html", "text"), or None if unknown."""
    if b"%PDF-" in head[:PDF_MAGIC_WINDOW]:
        return "pdf"
    if describe_binary(head) is not None:
        return None
    if not _looks_like_text(head):
        return None
    suffix = Path(path).suffix.lower()
    if _STRONG_HTML.match(_strip_bom(head)):
        return "html"
    if suffix in HTML_SUFFIXES:
        return "html"
    # Markup in a .txt or .md file is inline markup (cells with <p>), not a web page.
    if suffix not in TEXT_SUFFIXES and _WEAK_HTML.search(head[:2048]):
        return "html"
    return "text"


def describe_content(head: bytes) -> str:
    """A few words on what a file looks like, for error messages."""
    if not head:
        return "an empty file"
    binary = describe_binary(head)
    if binary is not None:
        return binary
    if _STRONG_HTML.match(_strip_bom(head)) or _WEAK_HTML.search(head[:2048]):
        return "an HTML web page (often a login or error page saved in place of the document)"
    if _looks_like_text(head):
        return "plain text"
    return "binary data of an unknown kind"


def describe_binary(head: bytes) -> str | None:
    """What a known binary format is, from its magic bytes; None when no signature matches."""
    for magic, description in _SIGNATURES:
        if head.startswith(magic):
            return description
    return None


def _strip_bom(head: bytes) -> bytes:
    return head[3:] if head.startswith(b"\xef\xbb\xbf") else head


def _looks_like_text(head: bytes) -> bool:
    """True when the bytes decode as text without many control characters."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if not head:
        return True
    if b"\x00" in head:
        return False
    return len(_CONTROL.findall(head)) <= BINARY_CONTROL_SHARE * len(head)
