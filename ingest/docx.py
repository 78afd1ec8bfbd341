"""Word documents (.docx) to pages of lines.

Community councils and small boards publish the minutes they typed in Word as
the .docx itself. The package is read with the standard library's zipfile and
lxml (entities never resolved, nothing fetched), only its main document part
and the styles and lists it names: headers, footers, footnotes, comments,
text boxes and deleted tracked changes are no part of the body.

- A paragraph whose mark is deleted or moved away (tracked changes) or hidden
  is no paragraph of its own, as Word shows it: no list number, no step of
  the list's counter; what is left of its text runs on into the next
  paragraph.

- One line per paragraph, in body order; a line break typed inside a paragraph
  (Shift+Enter) starts a line of its own, as a web page's `<br>` does. Empty
  paragraphs read as one blank line however many stand together.
- Word's automatic list numbers are printed before the paragraph's text as
  Word prints them ("1. APOLOGIES", "b) Grants", "IV. NEW BUSINESS"), from the
  paragraph's own list or its style's (`docx_numbering`).
- A tab inside a line is a column gap, written as the PDF reader writes one
  (`layout.COLUMN_SEPARATOR`); a tab after a list number or at a line's start
  is not.
- Headings: a paragraph style named "Heading 1" … "Heading 6" or "Title", or an
  outline level, gives the level; otherwise a line in larger type than the
  document's body, or a short line wholly in bold, is a heading as the PDF
  reader judges printed lines (`layout`). A line is bold when every run with
  text is bold (direct formatting, character style, paragraph style or the
  document's defaults); a paragraph opening with a bold title gets its colon
  as `run_in` says.
- Tables: each row is one line with `cells`, a cell's paragraphs joined by
  "\n" as the HTML reader joins them, a cell merged down from the row above
  (`vMerge`) holding that cell's text; a table nested in a cell is flattened
  into that cell's text; a table of one column is a layout box, its paragraphs
  read as ordinary lines.
- Pages: an explicit page break (Ctrl+Enter, "page break before", a section
  that starts on a new page) starts a new page, and so does each place where
  Word's own pagination broke the page when the file was last saved (Word
  writes `lastRenderedPageBreak` there), so a line's page is the printed
  page; a paragraph that runs over a page stays one line, on the page where
  it starts. Breaks inside a table of cells count for nothing (a row is one
  line); a file from a program that writes no rendered breaks has pages only
  where breaks were typed.

A file that cannot be read raises `UnreadableDocument`: a damaged package
("truncated"), a password-protected one ("encrypted"), an old binary Word
file or a part declaring a DOCTYPE, which Word never writes ("unsupported"), a file named .docx that holds something else
("not_docx"), parts too large to inflate or more text than any reader takes
(`layout.MAX_TEXT_PAGE_CHARS`, counted while reading) ("too_large").
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from lxml import etree

from ..errors import UnreadableDocument
from . import layout, run_in
from .detect import WORD_SUFFIXES, describe_content
from .docx_numbering import Element, Numbering, read_numbering, word_int, word_val
from .document import ParsedDocument, RowSpec, build_document

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""A compound file: an old Word 97-2003 document, or a password-protected package (`_ENCRYPTED_STREAM`)."""
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
MAX_PART_BYTES = 256_000_000
"""A part of the package that inflates past this is refused (a ZIP bomb)."""
MAX_NESTING = 60
"""Tables and content controls nested deeper than this are refused ("too_large"): real documents nest a few deep.
XML nested past the parser's own limit (256 elements) is refused the same way."""
_PARSER_TOO_DEEP = "Excessive depth"
"""How lxml's parser words XML nested past its limit."""
MAIN_DOCUMENT = "word/document.xml"
_OFFICE_DOCUMENT = "/officeDocument"
_PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_STYLE_HEADING = re.compile(r"^heading\s*([1-6])$", re.IGNORECASE)
_OFF = frozenset({"0", "false", "off", "none"})
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                               remove_comments=True, remove_pis=True)


def is_word_file(path: Path, data: bytes) -> bool:
    """Whether `data` is a Word package to read with `parse_docx`, by its content, its name breaking ties.

    A ZIP named .docx is read (its damage is reported there), and so is any ZIP
    holding a Word document part (a .docx downloaded without its extension, or
    named .doc). Raises `UnreadableDocument` for a Word file that cannot be
    read: password-protected, an old binary .doc under a .docx name, or a
    .docx name on something that is neither a Word package nor a PDF.
    """
    suffix = path.suffix.lower()
    if data.startswith(OLE_MAGIC):
        if suffix in WORD_SUFFIXES or suffix == ".doc":
            if _ENCRYPTED_STREAM in data:
                raise UnreadableDocument(
                    path, "password-protected Word document: open it in Word, remove the password "
                    "(File > Info > Protect Document) and save it again", kind="encrypted",
                )
        if suffix in WORD_SUFFIXES:
            raise UnreadableDocument(
                path, f"named {suffix} but is an old Word 97-2003 (.doc) file: open it in Word and save it as "
                ".docx or PDF", kind="unsupported",
            )
        return False
    if data.startswith(ZIP_MAGIC):
        return suffix in WORD_SUFFIXES or _holds_word_part(data)
    if suffix in WORD_SUFFIXES and b"%PDF-" not in data[:1024]:
        raise UnreadableDocument(
            path, f"named {suffix} but is not a Word document: it looks like {describe_content(data[:8192])}; "
            "download the document again", kind="not_docx",
        )
    return False


def _holds_word_part(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            return MAIN_DOCUMENT in package.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False


def parse_docx(data: bytes, *, path: str, name: str, sha256: str) -> ParsedDocument:
    """Read a Word package's bytes into a `ParsedDocument`."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            part = _main_part(package, path)
            body = _read_xml(package, part, path)
            w = _namespace(body)
            related = _related_parts(package, part, path)
            styles = Styles(_read_optional(package, related.get("styles"), path), w)
            numbering = read_numbering(_read_optional(package, related.get("numbering"), path), w, styles.lists)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, NotImplementedError, RuntimeError,
            ValueError, OSError) as err:
        raise _damaged(path, err) from err
    reader = _Reader(w, styles, numbering, path)
    root = body.find(f"{w}body")
    if root is None:
        raise UnreadableDocument(path, "Word document without a body: open it in Word and save it again",
                                 kind="truncated")
    try:
        reader.read_blocks(root, depth=0)
        reader.finish()
    except RecursionError as err:
        raise _too_deep(path) from err
    pages = reader.pages()
    if not any(row.text.strip() for rows in pages for row in rows):
        raise UnreadableDocument(
            path, "Word document with no text (only pictures, text boxes or headers): save it as PDF and check "
            "that it has a text layer", kind="no_text",
        )
    return build_document(name=name, sha256=sha256, format="docx", pages_of_rows=pages, path=path)


def _damaged(path: str, err: BaseException) -> UnreadableDocument:
    detail = str(err).splitlines()[0][:120] if str(err) else type(err).__name__
    return UnreadableDocument(
        path, f"damaged or truncated Word document ({detail}): download or copy it again, or open it in Word and "
        "save it again", kind="truncated",
    )


def _too_deep(path: str) -> UnreadableDocument:
    return UnreadableDocument(
        path, f"Word document nests tables or content controls more than {MAX_NESTING} deep (damaged or "
        "machine-made): save it as PDF", kind="too_large",
    )


def _main_part(package: zipfile.ZipFile, path: str) -> str:
    """The main document part named by the package's relationships, else the usual word/document.xml."""
    names = set(package.namelist())
    rels = _read_optional(package, "_rels/.rels", path) if "_rels/.rels" in names else None
    if rels is not None:
        for rel in rels.iter(f"{{{_PACKAGE_RELS}}}Relationship"):
            target = (rel.get("Target") or "").lstrip("/")
            if (rel.get("Type") or "").endswith(_OFFICE_DOCUMENT) and target in names:
                return target
    if MAIN_DOCUMENT in names:
        return MAIN_DOCUMENT
    what = ("an Excel workbook" if any(n.startswith("xl/") for n in names)
            else "a PowerPoint deck" if any(n.startswith("ppt/") for n in names)
            else "a ZIP archive without a Word document in it")
    raise UnreadableDocument(path, f"not a Word document: it is {what}; export it as PDF or save the right file",
                             kind="not_docx")


def _related_parts(package: zipfile.ZipFile, part: str, path: str) -> dict[str, str]:
    """The styles and numbering parts the main document names, by kind, falling back to their usual names."""
    folder, base = posixpath.split(part)
    found = {"styles": posixpath.join(folder, "styles.xml"), "numbering": posixpath.join(folder, "numbering.xml")}
    rels_name = posixpath.join(folder, "_rels", f"{base}.rels")
    rels = _read_optional(package, rels_name, path)
    if rels is None:
        return found
    for rel in rels.iter(f"{{{_PACKAGE_RELS}}}Relationship"):
        kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
        target = rel.get("Target") or ""
        if kind in found and target and rel.get("TargetMode") != "External":
            found[kind] = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
    return found


def _read_optional(package: zipfile.ZipFile, name: str | None, path: str) -> Element | None:
    if name is None or name not in package.namelist():
        return None
    return _read_xml(package, name, path)


def _read_xml(package: zipfile.ZipFile, name: str, path: str) -> Element:
    """A part of the package parsed as XML, its inflated size bounded whatever the ZIP directory claims."""
    try:
        with package.open(name) as handle:
            data = handle.read(MAX_PART_BYTES + 1)
    except KeyError as err:
        raise UnreadableDocument(path, f"damaged Word document (no {name} part): download or copy it again",
                                 kind="truncated") from err
    if len(data) > MAX_PART_BYTES:
        raise UnreadableDocument(
            path, f"Word document part {name} inflates past {MAX_PART_BYTES // 1_000_000} MB (a ZIP bomb or a "
            "damaged file): save it as PDF", kind="too_large",
        )
    try:
        root = etree.fromstring(data, parser=_SAFE_PARSER)
    except etree.XMLSyntaxError as err:
        if _PARSER_TOO_DEEP in str(err):
            raise _too_deep(path) from err
        raise UnreadableDocument(path, f"damaged Word document ({name} is not well-formed XML): open it in Word "
                                 "and save it again", kind="truncated") from err
    if root.getroottree().docinfo.internalDTD is not None:
        # Word never writes one; its entities would be left unresolved, cutting the text short
        raise UnreadableDocument(path, f"Word document part {name} declares a DOCTYPE, which Word never writes "
                                 "(machine-made or tampered): open it in Word and save it again", kind="unsupported")
    return root


def _namespace(root: Element) -> str:
    """The WordprocessingML namespace in braces, as the document writes it (transitional or strict)."""
    tag = root.tag if isinstance(root.tag, str) else ""
    return tag[: tag.index("}") + 1] if tag.startswith("{") else ""


def _on(element: Element | None, w: str) -> bool | None:
    """A toggle property (`<w:b/>`, `<w:b w:val="0"/>`): True, False, or None when not set."""
    if element is None:
        return None
    return (element.get(f"{w}val") or "true").lower() not in _OFF


@dataclass(slots=True)
class _Style:
    name: str
    based_on: str | None
    paragraph: Element | None
    run: Element | None
    link: str | None = None


class Styles:
    """A document's styles: names, inheritance, and the run and paragraph properties they give."""

    def __init__(self, root: Element | None, w: str) -> None:
        self.w = w
        self._styles: dict[str, _Style] = {}
        self.default_paragraph: str | None = None
        self.default_run: Element | None = None
        self.lists: dict[str, str] = {}
        """A numbering style's id → the list (`numId`) it names."""
        if root is None:
            return
        defaults = root.find(f"{w}docDefaults/{w}rPrDefault/{w}rPr")
        self.default_run = defaults
        for style in root.iter(f"{w}style"):
            ident = style.get(f"{w}styleId")
            if ident is None:
                continue
            name_element = style.find(f"{w}name")
            based = style.find(f"{w}basedOn")
            self._styles[ident] = _Style(
                name=(name_element.get(f"{w}val") if name_element is not None else None) or ident,
                based_on=based.get(f"{w}val") if based is not None else None,
                paragraph=style.find(f"{w}pPr"),
                run=style.find(f"{w}rPr"),
            )
            kind = style.get(f"{w}type")
            if kind == "paragraph" and style.get(f"{w}default") in ("1", "true", "on"):
                self.default_paragraph = ident
            if kind == "numbering":
                num = style.find(f"{w}pPr/{w}numPr/{w}numId")
                if num is not None and num.get(f"{w}val"):
                    self.lists[ident] = num.get(f"{w}val")

    def chain(self, ident: str | None) -> Iterator[_Style]:
        """The style and those it is based on, nearest first (a loop is cut)."""
        seen: set[str] = set()
        while ident is not None and ident not in seen and ident in self._styles:
            seen.add(ident)
            style = self._styles[ident]
            yield style
            ident = style.based_on

    def heading_level(self, ident: str | None) -> int | None:
        """The heading level a paragraph style names ("Heading 2" → 2, "Title" → 1) or its outline level gives."""
        for style in self.chain(ident):
            match = _STYLE_HEADING.match(style.name.strip())
            if match is not None:
                return int(match.group(1))
            if style.name.strip().lower() == "title":
                return 1
            outline = _outline_level(style.paragraph, self.w)
            if outline is not None:
                return outline
        return None

    def paragraph_property(self, ident: str | None, tag: str) -> Element | None:
        """The nearest paragraph property `tag` (a path under pPr, such as "numPr") the style chain sets."""
        return self._nearest([style.paragraph for style in self.chain(ident)], tag)

    def run_property(self, ident: str | None, tag: str) -> Element | None:
        """The nearest run property `tag` ("b", "sz") the style chain sets, else the document's default."""
        return self._nearest([style.run for style in self.chain(ident)] + [self.default_run], tag)

    def _nearest(self, properties: list[Element | None], tag: str) -> Element | None:
        """The first of `properties` (nearest style first) that sets `tag`, that setting; else None."""
        for found in (part.find(f"{self.w}{tag}") for part in properties if part is not None):
            if found is not None:
                return found
        return None


def _outline_level(properties: Element | None, w: str) -> int | None:
    found = properties.find(f"{w}outlineLvl") if properties is not None else None
    value = word_int(word_val(found, w))
    return value + 1 if value is not None and 0 <= value < 6 else None


@dataclass(slots=True)
class _Run:
    text: str
    bold: bool
    size: int | None
    """Half-points, as Word writes `w:sz`."""


@dataclass(slots=True)
class _Piece:
    """One printed line of a paragraph: its runs, and whether a page break comes after it."""

    runs: list[_Run] = field(default_factory=list)
    page_break: bool = False


@dataclass(slots=True)
class _Pending:
    """A paragraph's line before headings and bold leads are judged over the whole document."""

    text: str
    bold: bool
    style_heading: int | None
    size: int | None
    lead: tuple[str, str] | None = None
    """A bold title opening the line and the sentence after it, when it reads as one (`run_in.is_bold_lead`)."""
    cells: tuple[str, ...] | None = None
    table_key: object = None
    page_break: bool = False


@dataclass(slots=True)
class _Budget:
    """The characters a document's readers (the body's and its table cells') have read so far, refused as soon as
    they pass the limit every reader keeps (`layout.MAX_TEXT_PAGE_CHARS`)."""

    path: str
    used: int = 0

    def spend(self, count: int) -> None:
        self.used += count
        if self.used > layout.MAX_TEXT_PAGE_CHARS:
            raise UnreadableDocument(
                self.path, f"Word document holds more than the {layout.MAX_TEXT_PAGE_CHARS} characters allowed: "
                "split it", kind="too_large",
            )


class _Reader:
    """Walks the body in order, keeping the list counters and the lines read so far."""

    def __init__(self, w: str, styles: Styles, numbering: Numbering, path: str, budget: _Budget | None = None) -> None:
        self.w = w
        self.styles = styles
        self.numbering = numbering
        self.path = path
        self.budget = budget if budget is not None else _Budget(path)
        self.lines: list[_Pending] = []
        self.tables = 0
        self.sections = 0
        self.carried: list[_Piece] = []
        """The lines of paragraphs whose mark is deleted or hidden, waiting to join the next paragraph."""
        self.section_starts: list[str] = []

    # --- blocks -----------------------------------------------------------------------------------------------
    def read_blocks(self, container: Element, *, depth: int) -> None:
        if depth > MAX_NESTING:
            raise _too_deep(self.path)
        if depth == 0:
            self.section_starts = [_section_start(sect, self.w) for sect in container.iter(f"{self.w}sectPr")
                                   if _ends_section(sect, self.w)]
        for child in container:
            tag = _local(child, self.w)
            if tag == "p":
                self._paragraph(child)
            elif tag == "tbl":
                self._table(child, depth=depth)
            elif tag in ("sdt", "customXml", "ins", "smartTag"):
                self.read_blocks(_content(child, self.w), depth=depth + 1)

    def finish(self) -> None:
        """Write out what a last paragraph whose mark is gone left waiting for the next paragraph."""
        for piece in self.carried:
            self._add_piece(piece, None, None)
        self.carried = []

    def _paragraph(self, paragraph: Element) -> None:
        w = self.w
        properties = paragraph.find(f"{w}pPr")
        style = word_val(properties.find(f"{w}pStyle") if properties is not None else None, w) or self.styles.default_paragraph
        if _mark_gone(properties, w):
            # Word shows what is left of it at the start of the next paragraph, under that paragraph's number
            pieces = self._pieces(paragraph, style)
            if any(run.text.strip() for piece in pieces for run in piece.runs):
                self.carried = _joined(self.carried, pieces)
            self._section_end(properties)
            return
        own = properties.find(f"{w}pageBreakBefore") if properties is not None else None
        if _on(own if own is not None else self.styles.paragraph_property(style, "pageBreakBefore"), w):
            self._break_page()
        label = self._label(properties, style)
        pieces = _joined(self.carried, self._pieces(paragraph, style))
        self.carried = []
        heading = _outline_level(properties, w) or self.styles.heading_level(style)
        for index, piece in enumerate(pieces):
            self._add_piece(piece, label if index == 0 else None, heading)
        self._section_end(properties)

    def _section_end(self, properties: Element | None) -> None:
        """A paragraph ending a section: a new page unless the next section is continuous."""
        if properties is not None and properties.find(f"{self.w}sectPr") is not None:
            self.sections += 1
            if self.sections < len(self.section_starts) and self.section_starts[self.sections] != "continuous":
                self._break_page()

    def _label(self, properties: Element | None, style: str | None) -> tuple[str, str] | None:
        """The list number Word prints before the paragraph, and what follows it, if it is in a list."""
        w = self.w
        own = properties.find(f"{w}numPr") if properties is not None else None
        inherited = self.styles.paragraph_property(style, "numPr")
        num_id = word_val(own.find(f"{w}numId") if own is not None else None, w)
        ilvl = word_val(own.find(f"{w}ilvl") if own is not None else None, w)
        if num_id is None and inherited is not None:
            num_id = word_val(inherited.find(f"{w}numId"), w)
        if ilvl is None and inherited is not None:
            ilvl = word_val(inherited.find(f"{w}ilvl"), w)
        if num_id is None or num_id == "0":
            return None
        return self.numbering.label(num_id, word_int(ilvl) or 0)  # no level, or one Word would not write: the first

    def _pieces(self, paragraph: Element, style: str | None) -> list[_Piece]:
        pieces = [_Piece()]
        for event in self._inline(paragraph, style, depth=0):
            if isinstance(event, _Run):
                self.budget.spend(len(event.text))
                pieces[-1].runs.append(event)
            elif event == "page":
                pieces[-1].page_break = True
                pieces.append(_Piece())
            elif event == "rendered":
                self._rendered_break(pieces)
            else:
                pieces.append(_Piece())
        return pieces

    def _rendered_break(self, pieces: list[_Piece]) -> None:
        """Where Word's own pagination broke the page when the document was last saved (`lastRenderedPageBreak`): a
        new page before the line that starts there, or after a line that runs over the page (it stays whole, on the
        page where it starts). In a table of cells it counts for nothing, as a row is one line (a cell reads with
        a reader of its own); in a one-column box it counts as in the body."""
        if any(run.text.strip() for run in pieces[-1].runs):
            pieces[-1].page_break = True
        elif len(pieces) > 1:
            pieces[-2].page_break = True
        else:
            self._break_page()

    def _inline(self, container: Element, style: str | None, *, depth: int) -> Iterator[_Run | str]:
        """The runs of a paragraph (through links, fields, insertions, content controls) and its breaks ("line",
        "page", "rendered"), in order; deleted text, hidden text, drawings and text boxes are passed over."""
        if depth > MAX_NESTING:
            raise _too_deep(self.path)
        w = self.w
        for child in container:
            tag = _local(child, w)
            if tag == "r":
                yield from self._run(child, style)
            elif tag in ("hyperlink", "ins", "fldSimple", "smartTag", "customXml", "moveTo", "dir", "bdo"):
                yield from self._inline(child, style, depth=depth + 1)
            elif tag == "sdt":
                yield from self._inline(_content(child, w), style, depth=depth + 1)

    def _run(self, run: Element, style: str | None) -> Iterator[_Run | str]:
        w = self.w
        properties = run.find(f"{w}rPr")
        if _on(properties.find(f"{w}vanish") if properties is not None else None, w):
            return
        bold, size = self._run_format(properties, style)
        for child in run:
            tag = _local(child, w)
            if tag == "t":
                yield _Run(child.text or "", bold, size)
            elif tag == "tab" or tag == "ptab":
                yield _Run("\t", bold, size)
            elif tag == "noBreakHyphen":
                yield _Run("-", bold, size)
            elif tag == "cr":
                yield "line"
            elif tag == "lastRenderedPageBreak":
                yield "rendered"
            elif tag == "br":
                kind = child.get(f"{w}type")
                yield "page" if kind == "page" else "line"

    def _run_format(self, properties: Element | None, style: str | None) -> tuple[bool, int | None]:
        """Whether a run is bold and its size: direct formatting, then its character style, then the paragraph's."""
        w = self.w
        character = word_val(properties.find(f"{w}rStyle") if properties is not None else None, w)
        values: list[Element | None] = []
        for tag in ("b", "sz"):
            found = properties.find(f"{w}{tag}") if properties is not None else None
            if found is None and character is not None:
                found = next((s.run.find(f"{w}{tag}") for s in self.styles.chain(character)
                              if s.run is not None and s.run.find(f"{w}{tag}") is not None), None)
            values.append(found if found is not None else self.styles.run_property(style, tag))
        size = word_int(word_val(values[1], w))
        return bool(_on(values[0], w)), size if size is not None and size > 0 else None

    def _add_piece(self, piece: _Piece, label: tuple[str, str] | None, heading: int | None) -> None:
        runs = [run for run in piece.runs if run.text]
        text = _line_text("".join(run.text for run in runs))
        if label is not None and label[0]:
            self.budget.spend(len(label[0]) + 1)
            text = f"{label[0]}{'' if label[1] == 'nothing' else ' '}{text}".strip()
        visible = [run for run in runs if run.text.strip()]
        sizes = Counter[int]()
        for run in visible:
            if run.size is not None:
                sizes[run.size] += len(run.text.strip())
        self.lines.append(_Pending(
            text=text,
            bold=bool(visible) and all(run.bold for run in visible),
            style_heading=heading if text else None,
            size=sizes.most_common(1)[0][0] if sizes else None,
            lead=_bold_lead(runs, label),
        ))
        if piece.page_break:
            self._break_page()

    def _break_page(self) -> None:
        if self.lines and not self.lines[-1].page_break:
            self.lines[-1].page_break = True

    # --- tables -----------------------------------------------------------------------------------------------
    def _table(self, table: Element, *, depth: int) -> None:
        self.finish()  # a paragraph whose mark is gone does not join a table
        rows = [row for row in _children(table, "tr", self.w)]
        cells_by_row = [_children(row, "tc", self.w) for row in rows]
        if all(len(cells) <= 1 for cells in cells_by_row):
            for cells in cells_by_row:  # a box drawn round ordinary paragraphs
                for cell in cells:
                    self.read_blocks(cell, depth=depth + 1)
            return
        self.tables += 1
        key = ("docx", self.tables)
        above: dict[int, str] = {}
        """Each grid column's text in the row above, for the cells merged down from it."""
        for cells in cells_by_row:
            texts = tuple(self._merged_down(cells, above, depth=depth + 1))
            if not any(texts):
                continue
            self.budget.spend(sum(len(text) + 1 for text in texts))  # the row's text, made again from its cells
            self.lines.append(_Pending(
                text=" ".join(text for text in texts if text), bold=False, style_heading=None, size=None,
                cells=texts, table_key=key,
            ))

    def _merged_down(self, cells: list[Element], above: dict[int, str], *, depth: int) -> Iterator[str]:
        """A row's cell texts; a cell that continues a vertical merge (`vMerge` without "restart") reads as the
        merged cell above it, whose text the printed table shows across those rows."""
        w = self.w
        column = 0
        for cell in cells:
            properties = cell.find(f"{w}tcPr")
            merge = properties.find(f"{w}vMerge") if properties is not None else None
            text = self._cell_text(cell, depth=depth)
            if not text and merge is not None and word_val(merge, w) in (None, "continue"):
                text = above.get(column, "")
            above[column] = text
            column += max(1, word_int(word_val(properties.find(f"{w}gridSpan") if properties is not None else None,
                                               w)) or 1)
            yield text

    def _cell_text(self, cell: Element, *, depth: int) -> str:
        """A cell's paragraphs joined by "\n", a nested table's rows as lines of their own."""
        inner = _Reader(self.w, self.styles, self.numbering, self.path, self.budget)
        inner.tables = self.tables * 1000  # nested tables never share a key with the outer ones
        inner.read_blocks(cell, depth=depth)
        inner.finish()
        texts = [line.text.replace("\n", " ") if line.cells is not None else line.text for line in inner.lines]
        return "\n".join(text for text in texts if text.strip())

    # --- output -----------------------------------------------------------------------------------------------
    def pages(self) -> list[list[RowSpec]]:
        """The lines as pages of row specs: headings judged against the body size, bold leads given their colon."""
        body_size = _body_size(self.lines)
        leads = [line for line in self.lines if line.lead is not None]
        marked = len(leads) >= run_in.MIN_BOLD_LEADS
        pages: list[list[RowSpec]] = [[]]
        for line in self.lines:
            if line.cells is not None:
                pages[-1].append(RowSpec(text=line.text, cells=line.cells, table_key=line.table_key))
            elif line.text or (pages[-1] and pages[-1][-1].text):  # one blank line however many stand together
                text = line.text
                if marked and line.lead is not None and run_in.needs_colon(line.lead[0]):
                    text = f"{line.lead[0]}: {line.lead[1]}"
                pages[-1].append(RowSpec(text=text, heading=_heading(line, body_size), bold=line.bold and bool(text)))
            if line.page_break:
                pages.append([])
        return [page for page in pages if page] or [[]]


def _mark_gone(properties: Element | None, w: str) -> bool:
    """Whether a paragraph's mark is a deleted or moved-away tracked change, or hidden text: Word shows no paragraph
    there (no list number, no counter step), the paragraph's visible text running on into the next one."""
    mark = properties.find(f"{w}rPr") if properties is not None else None
    if mark is None:
        return False
    return (mark.find(f"{w}del") is not None or mark.find(f"{w}moveFrom") is not None
            or bool(_on(mark.find(f"{w}vanish"), w)))


def _joined(before: list[_Piece], pieces: list[_Piece]) -> list[_Piece]:
    """`pieces` with the lines a removed paragraph mark left (`before`) in front, its last line run into the first."""
    if not before:
        return pieces
    first = _Piece(runs=[*before[-1].runs, *pieces[0].runs], page_break=pieces[0].page_break)
    return [*before[:-1], first, *pieces[1:]]


def _heading(line: _Pending, body_size: int | None) -> int | None:
    """A line's heading level: its style's, else as the PDF reader judges type size and weight (`layout`)."""
    if not line.text:
        return None
    if line.style_heading is not None:
        return line.style_heading
    words = len(line.text.split())
    if body_size and line.size:
        ratio = line.size / body_size
        for threshold, level in layout.HEADING_SIZE_RATIOS:
            if ratio >= threshold:
                return level if words <= layout.HEADING_MAX_WORDS else None
    if line.bold and words <= layout.BOLD_HEADING_MAX_WORDS:
        return layout.BOLD_HEADING_LEVEL
    return None


def _body_size(lines: list[_Pending]) -> int | None:
    """The type size carrying most of the document's characters."""
    sizes = Counter[int]()
    for line in lines:
        if line.size is not None and line.cells is None:
            sizes[line.size] += len(line.text)
    return sizes.most_common(1)[0][0] if sizes else None


def _bold_lead(runs: list[_Run], label: tuple[str, str] | None) -> tuple[str, str] | None:
    """The bold title opening a line and the text after it, written as the line's text writes them, when the title
    reads as one (`run_in.is_bold_lead`)."""
    count = next((index for index, run in enumerate(runs) if run.text.strip() and not run.bold), len(runs))
    if count == len(runs) or not any(run.text.strip() for run in runs[:count]):
        return None
    title = _line_text("".join(run.text for run in runs[:count]))
    rest = _line_text("".join(run.text for run in runs[count:]).lstrip("\t ")).replace(layout.COLUMN_SEPARATOR, " ")
    if not run_in.is_bold_lead(title, rest) or rest[:1] in ":;,.–—-":
        return None  # "**Finance**: the accounts …" is punctuated already
    if label is not None and label[0]:
        title = f"{label[0]}{'' if label[1] == 'nothing' else ' '}{title}"
    return title, rest


# A number typed before a tab at a line's start ("4.<TAB>Finance", "X.<TAB>ADJOURNMENT", "(b)<TAB>Grants", "4.2<TAB>"):
# the tab only sets the title at the list's indent.
_TYPED_NUMBER_TAB = re.compile(r"^(?P<number>\d{1,4}(?:\.\d{1,3})*[.)]?|[A-Za-z]{1,5}[.)]|\([A-Za-z0-9]{1,5}\))[ ]*\t+")


def _line_text(raw: str) -> str:
    """A line's text: spaces made plain and collapsed, a tab inside it kept as a column gap, a tab after a typed
    list number ("4.<TAB>Finance") or at its ends dropped."""
    raw = raw.strip(" \t\u00a0")
    if "\t" not in raw:
        return layout.normalise_text(raw)
    raw = _TYPED_NUMBER_TAB.sub(r"\g<number> ", raw, count=1)
    parts = [layout.normalise_text(part) for part in raw.split("\t")]
    return layout.COLUMN_SEPARATOR.join(part for part in parts if part)


def _ends_section(section: Element, w: str) -> bool:
    """Whether a `sectPr` ends a section: the body's last, or a paragraph's, not the earlier settings a tracked
    change keeps (`sectPrChange`)."""
    parent = section.getparent()
    if _local(parent, w) == "body":
        return True
    holder = parent.getparent() if _local(parent, w) == "pPr" else None
    return holder is not None and _local(holder, w) == "p"


def _section_start(section: Element, w: str) -> str:
    kind = section.find(f"{w}type")
    return (kind.get(f"{w}val") if kind is not None else None) or "nextPage"


def _content(element: Element, w: str) -> Element:
    """What a content control holds (`sdtContent`), or the element itself for other wrappers."""
    content = element.find(f"{w}sdtContent")
    return content if content is not None else element if _local(element, w) != "sdt" else etree.Element("empty")


def _children(element: Element, tag: str, w: str) -> list[Element]:
    """`element`'s children named `tag`, looking through content controls and custom XML around them."""
    found: list[Element] = []
    for child in element:
        name = _local(child, w)
        if name == tag:
            found.append(child)
        elif name in ("sdt", "customXml"):
            found.extend(_children(_content(child, w), tag, w))
    return found


def _local(element: Element, w: str) -> str | None:
    tag = element.tag
    return tag[len(w):] if isinstance(tag, str) and tag.startswith(w) else None
