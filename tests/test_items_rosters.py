"""Attendance rosters laid out as labelled lines are no items (`extract.rosters`), while labelled business lines
with names in them stay items.

Every document here is invented; the family is written in two forms (plain text and a PDF).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from minutebook.extract.items import extract_items
from minutebook.extract.rosters import is_name_list
from minutebook.ingest import parse_file

_ROSTER = (
    "Valley Dance Council (VDC) 2031-01-27\n"
    "Meeting was held at the Grange Hall, 12 Main Street.\n"
    "Attendees:\n"
    "Delegates:\n"
    "River Dancers: Dale Stone (absent)\n"
    "Busy Beavers: Kay Rowe, Ken Marsh (both absent)\n"
    "Hay Balers: Judy Moor, Kathy Wren\n"
    "Mix and Match: Rick and Robin Falk (both absent)\n"
    "Officers:\n"
    "Caller Advisor: K.C. Hart\n"
    "Insurance Chair: Kay Rowe (absent)\n"
    "Youth Advisor: Kathy Wren\n"
    "Officer Reports:\n"
    "Previous Council meeting minutes approved as written.\n"
    "President’s report: The spring dance is booked at the Grange.\n"
    "Treasurer’s report: The balance is $971.41 at the end of December.\n"
    "New Business:\n"
    "The hall rent rises in March.\n"
    "Next Meeting: February 24, 2031\n"
)


def _titles(items) -> list[str]:
    return [item.title.rstrip(":") for item in items]


def test_a_run_of_labelled_name_lines_is_a_roster_not_items(make_document):
    titles = _titles(extract_items(make_document(_ROSTER)))
    for roster in ("Delegates", "River Dancers", "Busy Beavers", "Hay Balers", "Mix and Match", "Caller Advisor",
                   "Insurance Chair", "Youth Advisor"):
        assert roster not in titles
    assert "President’s report" in titles and "Treasurer’s report" in titles


def test_a_roster_in_a_pdf_is_no_items(tmp_path: Path):
    path = tmp_path / "council.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 800.0
    for line in _ROSTER.splitlines():
        label, colon, rest = line.partition(": ")
        if colon and not line.startswith("Meeting"):
            pdf.setFont("Helvetica-Bold", 11)
            pdf.drawString(72, y, label + ":")
            pdf.setFont("Helvetica", 11)
            pdf.drawString(80 + pdf.stringWidth(label + ":", "Helvetica-Bold", 11), y, rest)
        else:
            pdf.setFont("Helvetica-Bold" if line.endswith(":") else "Helvetica", 11)
            pdf.drawString(72, y, line)
        y -= 15
    pdf.save()
    titles = _titles(extract_items(parse_file(path)))
    assert not {"River Dancers", "Busy Beavers", "Hay Balers", "Caller Advisor"} & set(titles)


def test_business_lines_with_names_stay_items(make_document):
    text = _ROSTER.replace(
        "New Business:\n",
        "Sunshine report: Sent a get well card to Lonnie Sykes.\nWebmaster report: Tim Hart updated the club pages.\n"
        "New Business:\n",
    )
    titles = _titles(extract_items(make_document(text)))
    assert "Sunshine report" in titles and "Webmaster report" in titles and "New Business" in titles


def test_name_lists():
    assert is_name_list("Kay Rowe, Ken Marsh (both absent)")
    assert is_name_list("Rick and Robin Falk")
    assert is_name_list("K.C. Hart")
    assert not is_name_list("The balance is $971.41 at the end of December.")
    assert not is_name_list("two applications were noted")
    assert not is_name_list("Roberta & Phil Claud (RSQ) 12")


def test_a_verdict_is_no_name():
    # "None" and "Nil" are capitalised like a name, but give a report's verdict
    for verdict in ("None", "Nil.", "N/A", "No report"):
        assert not is_name_list(verdict)
    assert is_name_list("Kay Rogers, Ken Marifke")  # look-alike: real names stay a name list


def test_labels_with_nothing_to_report_stay_items(make_document):
    text = ("Elmside Township Board Meeting\nElmside Township Hall\nCall to order 1900\n"
            "Treasurer report Tax bills going out in July\nClerk report Ann absent\nTrustees report\n"
            "Tom All well with the township hall and a wedding booked for August\n"
            "Road Maintenance Report grading done on Fern Road, all going well\n"
            "Sexton's Report New sign up in the cemetery\nNew Business\n"
            "Cemetery fees were raised by 10 dollars after discussion\nOld business None\nUnfinished business Nil\nPublic comment None\n"
            "Adjournment 2010, motion made by Tom seconded by Ann 3 yea 0 nay\n")
    titles = [item.title for item in extract_items(make_document(text))]
    for title in ("Old business", "Unfinished business", "Public comment"):
        assert title in titles


def test_a_name_list_reads_every_surname_particle_of_the_one_list():
    # names' `particles` is the one list: "bin", "der", "ter" and "al" open a surname as "de" and "van" do.
    from minutebook.extract.rosters import is_name_list

    assert is_name_list("Ann de Vries, Omar bin Said, Piet van der Berg")
    assert is_name_list("Noor al Rashid and Tom ter Horst")
    assert not is_name_list("the bin and the van")
