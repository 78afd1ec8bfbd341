"""Word documents written by the tests themselves (python-docx), with the automatic list numbering Word writes.

python-docx writes paragraphs, runs, styles, tables and breaks; the lists a
clerk makes with Word's numbering buttons are written here as Word writes
them: a `numbering.xml` of `abstractNum` definitions and `num` instances, and
a `numPr` (list and level) on each numbered paragraph.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

Level = tuple[str, str, int]
"""A list level as numbering.xml gives it: numFmt, lvlText, start ("decimal", "%1.", 1)."""


def numbering_xml(definitions: dict[int, Sequence[Level]], lists: dict[int, tuple[int, dict[int, int]]]) -> str:
    """numbering.xml for `definitions` (abstractNumId → its levels) and `lists` (numId → (abstractNumId, start
    overrides by level))."""
    parts = [f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {W_NS}>']
    for ident, levels in definitions.items():
        parts.append(f'<w:abstractNum w:abstractNumId="{ident}">')
        for ilvl, (fmt, text, start) in enumerate(levels):
            parts.append(f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                         f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>')
        parts.append("</w:abstractNum>")
    for num_id, (abstract, overrides) in lists.items():
        parts.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract}"/>')
        for ilvl, start in overrides.items():
            parts.append(f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>')
        parts.append("</w:num>")
    parts.append("</w:numbering>")
    return "".join(parts)


@dataclass
class WordDocument:
    """A Word document being written: paragraphs, tables and breaks in order, then `save`."""

    definitions: dict[int, Sequence[Level]] = field(default_factory=dict)
    lists: dict[int, tuple[int, dict[int, int]]] = field(default_factory=dict)
    document: Any = field(default_factory=docx.Document)

    def paragraph(self, text: str = "", *, bold: bool = False, lead: str | None = None, style: str | None = None,
                  numbered: tuple[int, int] | None = None, page_break_before: bool = False) -> Any:
        """A paragraph: `lead` is a bold title run before `text`; `numbered` puts it in list (numId, ilvl)."""
        paragraph = self.document.add_paragraph(style=style)
        if lead is not None:
            paragraph.add_run(lead).bold = True
        if text:
            paragraph.add_run(text).bold = bold or None
        if numbered is not None:
            num_id, ilvl = numbered
            paragraph._p.get_or_add_pPr().append(parse_xml(
                f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
            ))
        if page_break_before:
            paragraph.paragraph_format.page_break_before = True
        return paragraph

    def lines(self, *texts: str) -> None:
        """Plain paragraphs, one a text."""
        for text in texts:
            self.paragraph(text)

    def heading(self, text: str, level: int = 1) -> None:
        self.document.add_heading(text, level=level)

    def table(self, rows: Sequence[Sequence[str]]) -> Any:
        """A table; a cell's "\n" starts a new paragraph in it."""
        table = self.document.add_table(rows=len(rows), cols=max(len(row) for row in rows))
        for cells, row in zip(table.rows, rows):
            for cell, text in zip(cells.cells, row):
                first, *rest = text.split("\n")
                cell.paragraphs[0].text = first
                for more in rest:
                    cell.add_paragraph(more)
        return table

    def page_break(self) -> None:
        self.document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def save(self, path: Path) -> Path:
        """Write the document, with its own numbering part when it defines lists."""
        path.write_bytes(self.save_bytes())
        return path

    def save_bytes(self) -> bytes:
        """The document's package bytes, with its own numbering part when it defines lists."""
        buffer = io.BytesIO()
        self.document.save(buffer)
        data = buffer.getvalue()
        if self.definitions:
            data = replace_part(data, "word/numbering.xml", numbering_xml(self.definitions, self.lists).encode())
        return data


def replace_part(data: bytes, name: str, content: bytes) -> bytes:
    """A Word package's bytes with part `name` replaced by `content` (or added)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            if item.filename != name:
                target.writestr(item, source.read(item.filename))
        target.writestr(name, content)
    return out.getvalue()
