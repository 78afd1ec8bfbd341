"""Write the Word sample samples/hollowmere-pc-2021-09-14.docx (every name in it invented).

    .venv/bin/python tests/make_docx_sample.py            # writes the sample
    .venv/bin/python tests/make_docx_sample.py OUT.docx   # writes it elsewhere

A small parish council's minutes as a clerk types them in Word: a Title, the
items numbered by Word's list buttons (decimal items, lettered sub-items), bold
labels opening paragraphs, an item the clerk deleted with tracked changes on
(its number must not be counted), and an action table with a cell merged down.
The bytes are the same on every run (fixed dates in the package and its parts).
"""

from __future__ import annotations

import io
import sys
import zipfile
from datetime import datetime
from pathlib import Path

TESTS = Path(__file__).resolve().parent
sys.path.insert(0, str(TESTS))
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from docx_writer import WordDocument

SAMPLE = TESTS.parent / "samples" / "hollowmere-pc-2021-09-14.docx"
FIXED = datetime(2021, 9, 15, 9, 0, 0)
ITEMS = (1, 0)
SUB = (1, 1)


def build() -> WordDocument:
    doc = WordDocument(definitions={1: [("decimal", "%1.", 1), ("lowerLetter", "(%2)", 1)]}, lists={1: (1, {})})
    doc.document.add_heading("HOLLOWMERE PARISH COUNCIL", level=0)
    doc.paragraph("Minutes of the meeting of the Parish Council held on Tuesday 14 September 2021 at 7.30 pm "
                  "in the Village Hall, Church Lane, Hollowmere")
    doc.paragraph(" Councillor Maud Penhallow (Chair), Councillor Idris Fenwick, Councillor Rosa Quillan, "
                  "Councillor Barnaby Tewks", lead="Present:")
    doc.paragraph(" Orla Dimmock (Parish Clerk) and two members of the public", lead="In attendance:")
    doc.paragraph("APOLOGIES FOR ABSENCE", bold=True, numbered=ITEMS)
    doc.paragraph("Apologies were received from Councillor Hector Smallbone.")
    doc.paragraph("DECLARATIONS OF INTEREST", bold=True, numbered=ITEMS)
    doc.paragraph("None.")
    _deleted_item(doc, "PUBLIC PARTICIPATION")
    doc.paragraph("MINUTES OF THE PREVIOUS MEETING", bold=True, numbered=ITEMS)
    doc.paragraph("The minutes of the meeting held on 13 July 2021 were approved as a correct record and signed "
                  "by the Chair.")
    doc.paragraph("HIGHWAYS AND FOOTPATHS", bold=True, numbered=ITEMS)
    doc.paragraph("The clerk reported that the stile on footpath 7 had been repaired.", numbered=SUB)
    doc.paragraph("Councillor Fenwick reported potholes in Mill Road.", numbered=SUB)
    doc.paragraph("FINANCE", bold=True, numbered=ITEMS)
    doc.paragraph("It was resolved that the payments listed in the schedule, totalling £1,245.60, be approved. "
                  "Proposed by Councillor Quillan, seconded by Councillor Tewks; carried.")
    doc.paragraph("ACTIONS", bold=True, numbered=ITEMS)
    table = doc.table([("Item", "Action", "Owner"), ("4", "Report the Mill Road potholes", "Parish Clerk"),
                       ("", "Order a new footpath sign", "Cllr Fenwick")])
    _merge_down(table)
    doc.paragraph("DATE OF NEXT MEETING", bold=True, numbered=ITEMS)
    doc.paragraph("Tuesday 9 November 2021 at 7.30 pm in the Village Hall.")
    doc.paragraph("The meeting closed at 8.55 pm.")
    doc.document.core_properties.author = "Parish Clerk"
    doc.document.core_properties.created = FIXED
    doc.document.core_properties.modified = FIXED
    doc.document.core_properties.last_modified_by = "Parish Clerk"
    return doc


def _deleted_item(doc: WordDocument, title: str) -> None:
    """A numbered item deleted with tracked changes on: its words and its paragraph mark are deletions."""
    paragraph = doc.paragraph("", numbered=ITEMS)
    paragraph._p.get_or_add_pPr().append(parse_xml(
        f'<w:rPr {nsdecls("w")}><w:del w:id="90" w:author="Parish Clerk" w:date="2021-09-15T09:00:00Z"/></w:rPr>'))
    paragraph._p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="91" w:author="Parish Clerk" w:date="2021-09-15T09:00:00Z"><w:r>'
        f"<w:delText>{title}</w:delText></w:r></w:del>"))


def _merge_down(table: object) -> None:
    """The first column's cell in the last row continues the merged cell above it (Word's vMerge)."""
    rows = table.rows  # type: ignore[attr-defined]
    rows[1].cells[0]._tc.get_or_add_tcPr().append(parse_xml(f'<w:vMerge {nsdecls("w")} w:val="restart"/>'))
    rows[2].cells[0]._tc.get_or_add_tcPr().append(parse_xml(f'<w:vMerge {nsdecls("w")}/>'))


def reproducible(data: bytes) -> bytes:
    """The package with every member's date fixed, so a rebuild gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=FIXED.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item.filename))
    return out.getvalue()


def main(argv: list[str]) -> int:
    target = Path(argv[0]) if argv else SAMPLE
    target.write_bytes(reproducible(build().save_bytes()))
    print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
