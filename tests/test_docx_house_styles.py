"""Whole-pipeline tests on minutes published as Word documents, in the house styles small councils and boards type.

Each document is written here (every council, place and person invented) and
runs through parse -> extract -> store -> export:

- a community council's minutes whose item headings are numbered by Word's
  list buttons ("1. MINUTES OF THE LAST MEETING", lettered points under an
  item, a second lettered list restarted at "a)"), the numbers nowhere in the
  text;
- a residents' association's minutes under bold unnumbered headings, with an
  action table (Action | Owner | Due);
- a port commission's minutes whose heading styles carry the list (Heading 1
  as "I.", "II.", Heading 2 as "A.", "B.").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from docx_writer import WordDocument  # tests/ is on sys.path (conftest.py)
from whole_document import export_through_pipeline


def _items(got: dict[str, Any]) -> list[tuple[str | None, str]]:
    return [(item["number"], item["title"]) for item in got["items"]]


def test_community_council_with_auto_numbered_headings(tmp_path: Path) -> None:
    doc = WordDocument(
        definitions={1: [("decimal", "%1.", 1)], 2: [("lowerLetter", "%1)", 1)]},
        lists={3: (1, {}), 4: (2, {}), 5: (2, {0: 1})},
    )
    doc.paragraph("ELMBROOK COMMUNITY COUNCIL", bold=True)
    doc.paragraph("GENERAL MEETING MONDAY 4 MARCH 2030", bold=True)
    doc.paragraph("Held in the Committee Room, Linnet Workspace at 7 p.m.")
    doc.paragraph("Present: Iona Marsh, Callum Rendle, Nadia Fennick, Tomasz Wolak, Ewan Blane")
    doc.paragraph("Apologies: Freya Lennox, Cllr Moira Dunn")
    doc.paragraph("MINUTES OF THE FEBRUARY MEETING", numbered=(3, 0))
    doc.paragraph("These were moved as correct by Nadia Fennick and Callum Rendle.")
    doc.paragraph("MATTERS ARISING", numbered=(3, 0))
    doc.paragraph(" The bins at the park gates had been emptied.", lead="Park bins", numbered=(4, 0))
    doc.paragraph(" The lamp had been repaired by the council.", lead="Street lighting", numbered=(4, 0))
    doc.paragraph("TREASURER'S REPORT", numbered=(3, 0))
    doc.paragraph("Tomasz reported a balance of £1,250.40 in the bank.")
    doc.paragraph("It was AGREED that the grant of £200 to the gala committee be paid.")
    doc.paragraph("PLANNING", numbered=(3, 0))
    doc.paragraph(" An application for six flats on Quarry Road was discussed.", lead="Quarry Road", numbered=(5, 0))
    doc.paragraph(" No objection was raised.", lead="Mill Lane extension", numbered=(5, 0))
    doc.paragraph("The Secretary would write to the planning department objecting to the Quarry Road application.")
    doc.paragraph("ANY OTHER BUSINESS", numbered=(3, 0))
    doc.paragraph("Iona would contact the school about the litter pick.")
    doc.paragraph("DATE OF NEXT MEETING: MONDAY 1 APRIL 2030 at 7 p.m.", numbered=(3, 0))
    got = export_through_pipeline(doc.save(tmp_path / "elmbrook-2030-03.docx"), str(tmp_path / "doc.db"))

    assert (got["body"], got["meeting_date"], got["start_time"], got["next_meeting"]) == (
        "Elmbrook Community Council", "2030-03-04", "19:00", "2030-04-01")
    assert _items(got) == [
        ("1", "MINUTES OF THE FEBRUARY MEETING"), ("2", "MATTERS ARISING"), ("2a", "Park bins"), ("2b", "Street lighting"),
        ("3", "TREASURER'S REPORT"), ("4", "PLANNING"), ("4a", "Quarry Road"), ("4b", "Mill Lane extension"),
        ("5", "ANY OTHER BUSINESS"), ("6", "DATE OF NEXT MEETING")]
    assert [person["name"] for person in got["attendees"]] == [
        "Iona Marsh", "Callum Rendle", "Nadia Fennick", "Tomasz Wolak", "Ewan Blane"]
    assert [person["name"] for person in got["apologies"]] == ["Freya Lennox", "Moira Dunn"]
    decisions = {resolution["item"]: resolution["text"] for resolution in got["resolutions"]}
    assert decisions["3"] == "It was AGREED that the grant of £200 to the gala committee be paid."
    assert "1" in decisions
    assert [(action["item"], action["owners"]) for action in got["actions"]] == [("4b", ["Secretary"]), ("5", ["Iona Marsh"])]


def test_residents_association_with_bold_headings_and_an_action_table(tmp_path: Path) -> None:
    doc = WordDocument()
    doc.heading("Harrowgate Residents' Association", 1)
    doc.paragraph("Minutes of the Committee Meeting held on Tuesday 12 November 2030 at 6.30 pm in the Scout Hut, Fenwick Lane")
    doc.paragraph("Present", bold=True)
    doc.paragraph("Alan Pryor (Chair), Bethan Cole (Secretary), Dev Mistry (Treasurer), Grace Okafor, Hugh Tanner")
    doc.paragraph("Apologies", bold=True)
    doc.paragraph("Ruth Kemble, Simon Vane")
    doc.paragraph("Minutes of the last meeting", bold=True)
    doc.paragraph("The minutes of the meeting held on 8 October 2030 were approved as a correct record.")
    doc.paragraph("Treasurer's report", bold=True)
    doc.paragraph("Dev Mistry reported that the account held £842.10.")
    doc.paragraph("RESOLVED that the insurance renewal of £96 be paid.")
    doc.paragraph("Allotments", bold=True)
    doc.paragraph("Members discussed the waiting list for plots at Fenwick Lane.")
    doc.paragraph("Christmas lights", bold=True)
    doc.paragraph("It was agreed that the association would contribute £150 towards the lights.")
    doc.paragraph("Actions", bold=True)
    doc.table([("Action", "Owner", "Due"),
               ("Write to the parish council about the allotment waiting list", "Bethan Cole", "30 November 2030"),
               ("Collect quotes for the Christmas lights", "Hugh Tanner", "1 December 2030"),
               ("Pay the insurance renewal", "Dev Mistry", "")])
    doc.paragraph("Date of next meeting", bold=True)
    doc.paragraph("Tuesday 10 December 2030 at 6.30 pm.")
    got = export_through_pipeline(doc.save(tmp_path / "harrowgate-2030-11.docx"), str(tmp_path / "doc.db"))

    assert (got["meeting_date"], got["start_time"], got["next_meeting"]) == ("2030-11-12", "18:30", "2030-12-10")
    titles = [title for _, title in _items(got)]
    for title in ("Minutes of the last meeting", "Treasurer's report", "Allotments", "Christmas lights"):
        assert title in titles
    assert [(person["name"], person["role"]) for person in got["attendees"]] == [
        ("Alan Pryor", "Chair"), ("Bethan Cole", "Secretary"), ("Dev Mistry", "Treasurer"), ("Grace Okafor", None),
        ("Hugh Tanner", None)]
    assert [person["name"] for person in got["apologies"]] == ["Ruth Kemble", "Simon Vane"]
    assert [resolution["item"] for resolution in got["resolutions"]] == [
        "Minutes of the last meeting", "Treasurer's report", "Christmas lights"]
    assert [(action["owners"], action["due"]) for action in got["actions"]] == [
        (["Bethan Cole"], "2030-11-30"), (["Hugh Tanner"], "2030-12-01"), (["Dev Mistry"], None)]


def test_port_commission_whose_heading_styles_carry_the_numbers(tmp_path: Path) -> None:
    doc = WordDocument(definitions={7: [("upperRoman", "%1.", 1), ("upperLetter", "%2.", 1)]}, lists={9: (7, {})})
    for style, level in (("Heading 1", 0), ("Heading 2", 1)):
        doc.document.styles[style].element.get_or_add_pPr().append(parse_xml(
            f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="9"/></w:numPr>'))
    doc.paragraph("Port of Kestrel Bay", bold=True)
    doc.paragraph("Regular Commission Meeting", bold=True)
    doc.paragraph("March 18, 2031")
    doc.heading("CALL TO ORDER", 1)
    doc.paragraph("President Dana Whitlock called the meeting to order at 6:00 p.m.")
    doc.paragraph(" President Dana Whitlock, Vice-President Omar Reyes, Secretary Lena Fane, Commissioner Paul Hollis",
                  lead="Commissioners Present:")
    doc.paragraph(" Nora Quill, Port Manager", lead="Staff:")
    doc.heading("APPROVAL OF MINUTES", 1)
    doc.paragraph("Commissioner Hollis moved to approve the minutes of February 18, 2031. Vice-President Reyes seconded. "
                  "Motion carried unanimously.")
    doc.heading("NEW BUSINESS", 1)
    doc.heading("Dredging Permit", 2)
    doc.paragraph("Quill reported that the dredging permit application was due in April. Quill will submit the "
                  "application by April 15.")
    doc.heading("Boat Ramp Repairs", 2)
    doc.paragraph("Secretary Fane moved to award the boat ramp repair contract to Tidewater Marine for $18,400. "
                  "Commissioner Hollis seconded. Motion carried 4-0.")
    doc.heading("ADJOURNMENT", 1)
    doc.paragraph("President Whitlock adjourned the meeting at 7:10 p.m.")
    got = export_through_pipeline(doc.save(tmp_path / "kestrel-2031-03-18.docx"), str(tmp_path / "doc.db"))

    assert (got["meeting_date"], got["start_time"]) == ("2031-03-18", "18:00")
    assert [number for number, _ in _items(got)] == ["I", "II", "III", "A", "B", "IV"]
    assert _items(got)[3] == ("A", "Dredging Permit")
    assert [(person["name"], person["status"]) for person in got["attendees"]] == [
        ("Dana Whitlock", "present"), ("Omar Reyes", "present"), ("Lena Fane", "present"), ("Paul Hollis", "present"),
        ("Nora Quill", "in_attendance")]
    assert [resolution["item"] for resolution in got["resolutions"]] == ["II", "B"]
    assert [(action["owners"], action["due"]) for action in got["actions"]] == [(["Nora Quill"], "2031-04-15")]
