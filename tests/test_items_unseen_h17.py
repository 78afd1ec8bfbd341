"""Item families met on bodies never seen (session 17): run-in order-of-business labels, presenters after the title.

Every document here is invented; each family is written in at least two forms, with a negative where a false
item is plausible.
"""

from __future__ import annotations

from minutebook.extract.items import extract_items
from minutebook.ingest import pdf


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


class _TextPage:
    """A pdfium text page stand-in whose text holds half a surrogate pair, as a broken font maps a glyph."""

    def __init__(self, text: str) -> None:
        self.text = text

    def count_chars(self) -> int:
        return len(self.text)

    def get_text_range(self, start: int, count: int) -> str:
        return self.text[start:start + count]


def test_half_surrogate_from_a_broken_font_becomes_one_replacement_mark():
    text = pdf._read_pdfium_text(_TextPage("Minutes \ud835 of the \udc00 Board"))  # type: ignore[arg-type]
    assert text == "Minutes \ufffd of the \ufffd Board"
    assert len(text) == len("Minutes \ud835 of the \udc00 Board")
    text.encode("utf-8")


def test_text_without_surrogates_is_unchanged():
    assert pdf._read_pdfium_text(_TextPage("Treasurer’s Report")) == "Treasurer’s Report"  # type: ignore[arg-type]
