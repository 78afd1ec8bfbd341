"""Writers for PDFs whose text layer is broken the ways real producers break it.

- `write_unmapped_font_pdf`: an embedded font without a Unicode map, so the
  text layer gives glyph codes ("(cid:N)" or control characters), not letters;
  `write_mixed_font_pdf` mixes that font with a readable one on a line.
- `write_spaceless_pdf`: every word placed on its own, with no space characters.
- `write_outlined_pdf`: the lettering drawn as filled paths: no characters, no images.
- `write_two_column_pdf`: attendance printed in two columns, and a label column.

The lettering of the first and third comes from the Vera font shipped with
reportlab, so the pages render as real type and OCR can read them. Each
function writes into a folder the test gives and returns the path.
"""

from __future__ import annotations

import struct
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.pdfgen import canvas

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 56
VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"

MINUTES_LINES = [
    "Minutes of the Meeting of Ashgrove Parish Council",
    "held on Tuesday 9 March 2032 at 7.30 pm in the Village Hall",
    "Present: Councillor Petra Lindqvist (Chair), Councillor Owen Tarrant",
    "Apologies were received from Councillor Mabel Quennell.",
    "Declarations of Interest: there were none.",
    "The minutes of the last meeting were agreed as a true record",
    "and signed by the chair. The clerk reported that the grant for",
    "the new play area had been paid and that the fence would be",
    "repaired before the summer. The meeting closed at 9.05 pm.",
]
"""Invented minutes: enough words for the text layer to be judged."""


def write_unmapped_font_pdf(folder: Path, lines: list[str] = MINUTES_LINES, *, size: float = 14,
                            readable: list[str] = ()) -> Path:
    """Text shown as glyph numbers of an embedded font (Identity-H), with no Unicode map.

    This is how many producers embed fonts; without the /ToUnicode map the
    text layer holds only glyph numbers, which name no letter. `readable`
    lines follow in Helvetica, whose text is read as usual.
    """
    printed = [[(text, True)] for text in lines] + [[(text, False)] for text in readable]
    return write_mixed_font_pdf(folder, printed, size=size, name="unmapped-font.pdf")


def write_mixed_font_pdf(folder: Path, lines: list[list[tuple[str, bool]]], *, size: float = 14,
                         name: str = "mixed-font.pdf") -> Path:
    """Lines of pieces, each `(text, unmapped)`: unmapped pieces in the embedded font without a
    Unicode map (`write_unmapped_font_pdf`), the others in Helvetica, one after another on the line."""
    font = TTFontFile(str(VERA))
    per_em = font.unitsPerEm
    content = [f"BT {size * 1.5} TL {MARGIN} {PAGE_HEIGHT - MARGIN} Td"]
    used: set[int] = set()
    for pieces in lines:
        for text, unmapped in pieces:
            if unmapped:
                glyphs = [font.charToGlyph.get(ord(char), 0) for char in text]
                used.update(glyphs)
                content.append(f"/F1 {size} Tf <" + "".join(f"{glyph:04x}" for glyph in glyphs) + "> Tj")
            else:
                escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
                content.append(f"/F2 {size} Tf ({escaped}) Tj")
        content.append("T*")
    content.append("ET")
    stream = "\n".join(content).encode("ascii")
    widths = " ".join(f"{glyph} [{round(font.hmetrics[glyph][0] * 1000 / per_em)}]" for glyph in sorted(used))
    # Without its character map the font program cannot tell a reader which letter a glyph is either.
    program = VERA.read_bytes().replace(b"cmap", b"xmap", 1)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH:.0f} {PAGE_HEIGHT:.0f}] "
        "/Resources << /Font << /F1 5 0 R /F2 9 0 R >> >> /Contents 4 0 R >>".encode("ascii"),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        *_embedded_face(widths, program),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    return _write_objects(Path(folder) / name, objects)


def _embedded_face(widths: str, program: bytes, *, to_unicode: int | None = None) -> list[bytes]:
    """Objects 5-8 of a page whose font F1 is the embedded Vera program shown by glyph id (Identity-H):
    the Type0 font (with a ToUnicode map in object `to_unicode`, if given), its CID font, descriptor and file."""
    mapped = b" /ToUnicode %d 0 R" % to_unicode if to_unicode is not None else b""
    return [
        b"<< /Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Face /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R]" + mapped + b" >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+Face /CIDToGIDMap /Identity "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R "
        b"/DW 600 /W [" + widths.encode("ascii") + b"] >>",
        b"<< /Type /FontDescriptor /FontName /AAAAAA+Face /Flags 32 /FontBBox [-200 -250 1200 950] "
        b"/ItalicAngle 0 /Ascent 930 /Descent -240 /CapHeight 730 /StemV 80 /FontFile2 8 0 R >>",
        b"<< /Length %d /Length1 %d >>\nstream\n" % (len(program), len(program)) + program + b"\nendstream",
    ]


def _write_objects(path: Path, objects: list[bytes]) -> Path:
    """A PDF file of numbered objects (the first the catalog) with its cross-reference table."""
    data = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(data))
        data += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    data += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    data += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(data))
    return path


def write_spaceless_pdf(folder: Path, lines: list[str] = MINUTES_LINES, *, size: float = 12,
                        font: str = "Times-Roman") -> Path:
    """Each word drawn on its own at its place: the gaps are there, the space characters are not."""
    path = Path(folder) / "spaceless.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont(font, size)
    space = pdfmetrics.stringWidth(" ", font, size)
    for row, text in enumerate(lines):
        x = MARGIN
        y = PAGE_HEIGHT - MARGIN - row * size * 1.4
        for word in text.split():
            pdf.drawString(x, y, word)
            x += pdfmetrics.stringWidth(word, font, size) + space
    pdf.showPage()
    pdf.save()
    return path


def write_outlined_pdf(folder: Path, lines: list[str] = MINUTES_LINES, *, size: float = 14) -> Path:
    """The lines' lettering as filled glyph outlines, as a designer's "convert text to outlines" leaves it."""
    path = Path(folder) / "outlined.pdf"
    font = _GlyphOutlines(VERA)
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for row, text in enumerate(lines):
        font.draw(pdf, text, MARGIN, PAGE_HEIGHT - MARGIN - row * size * 1.5, size)
    pdf.showPage()
    pdf.save()
    return path


def write_two_column_pdf(folder: Path, rows: list[tuple[str, str]], *, heading: str = "Present:",
                         size: float = 11, right: float = 300) -> Path:
    """A heading, then pairs of texts printed in two columns `right` points apart."""
    path = Path(folder) / "two-columns.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", size)
    y = PAGE_HEIGHT - MARGIN
    pdf.drawString(MARGIN, y, "Minutes of the Meeting of Ashgrove Parish Council held on 9 March 2032")
    y -= 2 * size
    pdf.drawString(MARGIN, y, heading)
    for left_text, right_text in rows:
        y -= size * 1.4
        pdf.drawString(MARGIN, y, left_text)
        pdf.drawString(right, y, right_text)
    y -= 2 * size
    pdf.drawString(MARGIN, y, "1. Apologies for absence")
    y -= size * 1.4
    pdf.drawString(MARGIN, y, "Apologies were received from Councillor Mabel Quennell.")
    pdf.showPage()
    pdf.save()
    return path


def join_pdfs(path: Path, parts: list[Path]) -> Path:
    """One PDF holding the pages of `parts` in order."""
    import pypdfium2 as pdfium

    joined = pdfium.PdfDocument.new()
    for part in parts:
        source = pdfium.PdfDocument(str(part))
        joined.import_pages(source)
        source.close()
    joined.save(str(path))
    joined.close()
    return Path(path)


class _GlyphOutlines:
    """Just enough of a TrueType reader to draw simple glyphs as paths."""

    def __init__(self, path: Path) -> None:
        self.file = TTFontFile(str(path))
        self.glyf = self.file.get_table("glyf")
        self.scale = 1.0 / self.file.unitsPerEm

    def draw(self, pdf: canvas.Canvas, text: str, x: float, y: float, size: float) -> None:
        scale = self.scale * size
        for char in text:
            glyph = self.file.charToGlyph.get(ord(char), 0)
            contours = self._read_contours(glyph)
            if contours:
                outline = pdf.beginPath()
                for contour in contours:
                    self._trace(outline, contour, x, y, scale)
                pdf.drawPath(outline, stroke=0, fill=1)
            x += self.file.hmetrics[glyph][0] * scale

    def _read_contours(self, glyph: int) -> list[list[tuple[float, float, bool]]]:
        start, end = self.file.glyphPos[glyph], self.file.glyphPos[glyph + 1]
        data = self.glyf[start:end]
        if not data:
            return []
        (count,) = struct.unpack(">h", data[:2])
        if count < 0:
            return []  # a composite glyph (accented letters): not needed for plain text
        ends = struct.unpack(f">{count}H", data[10 : 10 + 2 * count])
        offset = 10 + 2 * count
        (instructions,) = struct.unpack(">H", data[offset : offset + 2])
        offset += 2 + instructions
        points = ends[-1] + 1
        flags: list[int] = []
        while len(flags) < points:
            flag = data[offset]
            offset += 1
            flags.append(flag)
            if flag & 8:
                flags.extend([flag] * data[offset])
                offset += 1
        xs, offset = self._read_coordinates(data, offset, flags, short=2, same=16)
        ys, offset = self._read_coordinates(data, offset, flags, short=4, same=32)
        contours, first = [], 0
        for last in ends:
            contours.append([(xs[i], ys[i], bool(flags[i] & 1)) for i in range(first, last + 1)])
            first = last + 1
        return contours

    @staticmethod
    def _read_coordinates(
        data: bytes, offset: int, flags: list[int], *, short: int, same: int
    ) -> tuple[list[int], int]:
        values, value = [], 0
        for flag in flags:
            if flag & short:
                delta = data[offset]
                offset += 1
                value += delta if flag & same else -delta
            elif not flag & same:
                (delta,) = struct.unpack(">h", data[offset : offset + 2])
                offset += 2
                value += delta
            values.append(value)
        return values, offset

    @staticmethod
    def _trace(outline, contour: list[tuple[float, float, bool]], x: float, y: float, scale: float) -> None:
        """A closed quadratic contour as PDF curves (each quadratic raised to a cubic)."""
        def place(point: tuple[float, float]) -> tuple[float, float]:
            return x + point[0] * scale, y + point[1] * scale

        # Start at an on-curve point; between two off-curve points lies an implied on-curve one.
        expanded: list[tuple[float, float, bool]] = []
        for index, point in enumerate(contour):
            previous = contour[index - 1]
            if not point[2] and not previous[2]:
                expanded.append(((point[0] + previous[0]) / 2, (point[1] + previous[1]) / 2, True))
            expanded.append(point)
        start = next(index for index, point in enumerate(expanded) if point[2])
        expanded = expanded[start:] + expanded[:start]
        current = place(expanded[0][:2])
        outline.moveTo(*current)
        index = 1
        while index <= len(expanded):
            point = expanded[index % len(expanded)]
            if point[2]:
                current = place(point[:2])
                outline.lineTo(*current)
                index += 1
                continue
            control = place(point[:2])
            target = place(expanded[(index + 1) % len(expanded)][:2])
            first = (current[0] + 2 / 3 * (control[0] - current[0]), current[1] + 2 / 3 * (control[1] - current[1]))
            second = (target[0] + 2 / 3 * (control[0] - target[0]), target[1] + 2 / 3 * (control[1] - target[1]))
            outline.curveTo(*first, *second, *target)
            current = target
            index += 2
        outline.close()


LIGATURE_LINES = [
    "Minutes of the Finance Committee of Bramblewick Parish Council",
    "Present: Councillor Fiona Ashdown (Chair), Councillor Ralph Wickens",
    "1. Office accommodation",
    "The clerk clarified that the office lease would be signed in May.",
    "2. Financial report",
    "The committee noted a significant rise in the cost of the fire alarm.",
]
"""Invented minutes whose "fi" pairs the writer below prints as one ligature glyph."""


def write_ligature_pdf(folder: Path, lines: list[str] = LIGATURE_LINES, *, mapped_to: str | None = None,
                       size: float = 12, name: str = "ligatures.pdf") -> Path:
    """Lines in an embedded font whose Unicode map (/ToUnicode) gives every glyph its letter but the
    "fi" ligature's, as word processors' PDF export often leaves it.

    Every "fi" is printed as the font's one ligature glyph. `mapped_to` is what
    the map gives that glyph: None leaves it out of the map (readers then give a
    glyph code or nothing), "" maps it to nothing, and any other text maps it to
    that text (a private-use character, or a wrong letter).
    """
    font = TTFontFile(str(VERA))
    per_em = font.unitsPerEm
    ligature = font.charToGlyph[0xFB01]
    content = [f"BT {size * 1.5} TL {MARGIN} {PAGE_HEIGHT - MARGIN} Td /F1 {size} Tf"]
    letters: dict[int, str] = {}
    for text in lines:
        glyphs = []
        for piece in text.split("fi"):
            glyphs.extend(font.charToGlyph.get(ord(char), 0) for char in piece)
            letters.update((font.charToGlyph.get(ord(char), 0), char) for char in piece)
            glyphs.append(ligature)
        glyphs.pop()
        content.append("<" + "".join(f"{glyph:04x}" for glyph in glyphs) + "> Tj T*")
    content.append("ET")
    stream = "\n".join(content).encode("ascii")
    used = sorted(set(letters) | {ligature})
    widths = " ".join(f"{glyph} [{round(font.hmetrics[glyph][0] * 1000 / per_em)}]" for glyph in used)
    pairs = [(glyph, char) for glyph, char in sorted(letters.items())]
    if mapped_to is not None:
        pairs.append((ligature, mapped_to))
    entries = "\n".join(f"<{glyph:04x}> <{text.encode('utf-16-be').hex()}>" for glyph, text in pairs)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Lig def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(pairs)} beginbfchar\n{entries}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode("ascii")
    program = VERA.read_bytes().replace(b"cmap", b"xmap", 1)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 {PAGE_WIDTH:.0f} {PAGE_HEIGHT:.0f}] "
        "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>".encode("ascii"),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        *_embedded_face(widths, program, to_unicode=9),
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    return _write_objects(Path(folder) / name, objects)


EMPHASIS_STYLES = ("", "b", "u", "l", "bu", "k")
"""Piece styles of `write_emphasis_pdf`: regular, bold, underlined by a thin filled rectangle, underlined by a
stroked line, bold and underlined, a hyperlink (underlined, with its link annotation)."""


def write_emphasis_pdf(folder: Path, lines: list[list[tuple[str, str]]], *, size: float = 11,
                       name: str = "emphasis.pdf", table: list[list[tuple[str, str]]] | None = None) -> Path:
    """Lines of pieces `(text, style)` printed one after another with a space between them (styles in
    `EMPHASIS_STYLES`, as word processors print bold and underlined type), then `table` drawn with ruled
    cells, if given. A line starting with "____" is a signature line: a stroke after its label."""
    path = Path(folder) / name
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = PAGE_HEIGHT - MARGIN
    for pieces in lines:
        x = MARGIN
        for text, style in pieces:
            if text.startswith("____"):
                pdf.setLineWidth(0.5)
                pdf.line(x, y - 1, x + 150, y - 1)
                x += 150 + pdfmetrics.stringWidth(" ", "Helvetica", size)
                continue
            font = "Helvetica-Bold" if "b" in style else "Helvetica"
            pdf.setFont(font, size)
            pdf.drawString(x, y, text)
            width = pdfmetrics.stringWidth(text, font, size)
            if style == "k":
                pdf.linkURL("https://example.org/report", (x, y - 0.25 * size, x + width, y + 0.8 * size), relative=0)
            if "u" in style or style == "k":  # a thin filled rectangle a little under the baseline
                pdf.rect(x, y - 0.12 * size - 0.6, width, 0.6, stroke=0, fill=1)
            elif "l" in style:  # a stroked line there
                pdf.setLineWidth(0.05 * size)
                pdf.line(x, y - 0.12 * size, x + width, y - 0.12 * size)
            x += width + pdfmetrics.stringWidth(" ", font, size)
        y -= size * 1.5
    if table:
        y -= size
        widths = [150.0, 300.0]
        height = size * 2
        for row in table:
            x = MARGIN
            for (text, style), width in zip(row, widths):
                pdf.setLineWidth(0.75)
                pdf.rect(x, y - height + size, width, height, stroke=1, fill=0)
                font = "Helvetica-Bold" if "b" in style else "Helvetica"
                pdf.setFont(font, size)
                pdf.drawString(x + 3, y - size * 0.3, text)
                x += width
            y -= height
    pdf.showPage()
    pdf.save()
    return path


PLACED_LINES = [
    "Minutes of the Annual Meeting of Brackenford Town Council",
    "Welcome and Apologies",
    "Councillors resolved to approve the accounts for the year.",
    "The Clerk reported that a grant of 500 pounds had been received.",
    "Present: Councillor J. Ormsby (Chair), Councillor Neville Pardoe",
    "Item (a) Correspondence from the neighbourhood watch",
]
"""Invented lines with short words ("a", "I"), an initial and a list marker among long words."""


def write_placed_text_pdf(folder: Path, lines: list[str] = PLACED_LINES, *, size: float = 11,
                          style: str = "scaled", tracking: float = 0.0, ruled: bool = False,
                          width_factor: float = 1.0, name: str = "placed.pdf") -> Path:
    """Lines of Helvetica placed the ways producers place text, one line a text object.

    - "scaled": the font is set at size 1 and the text matrix scales it to `size`,
      as Quartz (Mac OS X) writes every run (with `tracking`, the hair's breadth
      Quartz leaves between letters).
    - "glyphs": every character drawn on its own at its own place, with no space
      characters: a word gap is only a wider step.
    - "tracked": letter-spaced type (`tracking` ems between all characters, by the
      `Tc` operator), with the space characters written.
    With `ruled`, each line sits in a ruled box, as minutes kept in a table do.
    A tab in a line starts its second column at `SECOND_COLUMN_X`. A `width_factor`
    other than 1 writes the font's width table that much too wide or narrow, as
    a wrong table is; the glyphs ("glyphs" style) stay where the true widths put them.
    """
    leading = size * 2.2
    content: list[str] = []
    for row, text in enumerate(lines):
        x = MARGIN + 6
        y = PAGE_HEIGHT - MARGIN - row * leading
        if ruled:
            content.append(f"{MARGIN} {y - size * 0.6:.2f} {PAGE_WIDTH - 2 * MARGIN} {leading:.2f} re S")
        for column, piece in enumerate(text.split("\t")):
            x = MARGIN + 6 if column == 0 else SECOND_COLUMN_X
            content.append(_placed_piece(piece, x, y, size, style, tracking))
    stream = "\n".join(content).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>" % (PAGE_WIDTH, PAGE_HEIGHT),
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding" + _width_table(width_factor)
        + b" >>",
    ]
    return _write_objects(Path(folder) / name, objects)


SECOND_COLUMN_X = 330


def _width_table(factor: float) -> bytes:
    if factor == 1.0:
        return b""
    widths = " ".join(str(round(pdfmetrics.stringWidth(chr(code), "Helvetica", 1000) * factor))
                      for code in range(32, 256))
    return f" /FirstChar 32 /LastChar 255 /Widths [{widths}]".encode("ascii")


def _placed_piece(text: str, x: float, y: float, size: float, style: str, tracking: float) -> str:
    """One text object drawing `text` from (x, y) in the way `write_placed_text_pdf` names."""
    if style == "scaled":
        return f"BT /F1 1 Tf {tracking} Tc {size} 0 0 {size} {x} {y:.2f} Tm ({_escape(text)}) Tj ET"
    if style == "tracked":
        return f"BT /F1 {size} Tf {tracking * size:.3f} Tc {x} {y:.2f} Td ({_escape(text)}) Tj ET"
    if style != "glyphs":
        raise ValueError(style)
    step = tracking * size
    parts = ["BT", f"/F1 {size} Tf"]
    for char in text:
        if char != " ":
            parts.append(f"1 0 0 1 {x:.3f} {y:.2f} Tm ({_escape(char)}) Tj")
        x += pdfmetrics.stringWidth(char, "Helvetica", size) + step
    parts.append("ET")
    return " ".join(parts)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
