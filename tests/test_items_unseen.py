"""Items on document families the corpus lacks: run-in label headings over numbered points, decisions numbered as
sub-paragraphs, letterhead lines and bold sentences that are no items.

Every document here is invented; each family is written in at least two forms.
"""

from __future__ import annotations

from minutebook.extract.items import extract_items
from minutebook.ingest import parse_file


def _items(make_document, text, name="inline.txt"):
    return [(item.number, item.title) for item in extract_items(make_document(text, name=name))]


def _file_items(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(item.number, item.title) for item in extract_items(parse_file(path))]


_HEAD = (
    "THORNLEY COMMUNITY COUNCIL\n"
    "Minutes of the meeting held on Tuesday 3 June 2031 in the Thornley Institute\n\n"
    "Present: Ann Cole (Chair), Tom Reid (Secretary), Jo Marr (Treasurer).\n\n"
)
_RUN_IN_LABELS = (
    "Minutes of the last meeting: The minutes of 6 May were approved on the motion of Jo Marr.\n\n"
    "Matters arising: Three matters were carried forward from May.\n"
    "1. The broken bench at the war memorial has been reported to the council.\n"
    "2. The bus timetable leaflets have been delivered to the shop.\n\n"
    "Planning: Two applications were considered by the members.\n"
    "1. Extension at 4 Mill Road. No objection was raised.\n"
    "2. Change of use of the old garage. Members asked for more detail on parking.\n\n"
    "Treasurer's report: The balance stands at £2,340 after the grant payment.\n\n"
    "Questions from residents: Two questions were taken from the floor.\n"
    "1. A resident asked when the path lighting will be repaired.\n"
    "2. Another resident asked whether the gala will go ahead this year.\n\n"
    "Date of next meeting: Tuesday 1 July 2031 in the Institute.\n"
)
_LABEL_TITLES = [
    (None, "Minutes of the last meeting"),
    (None, "Matters arising"),
    (None, "Planning"),
    (None, "Treasurer's report"),
    (None, "Questions from residents"),
    (None, "Date of next meeting"),
]


def test_run_in_labels_over_numbered_points_are_the_items(make_document):
    assert _items(make_document, _HEAD + _RUN_IN_LABELS) == _LABEL_TITLES


def test_bold_run_in_labels_over_numbered_points_are_the_items(tmp_path):
    # A markdown page sets each label in bold; the reader writes it with its colon.
    bold = "\n".join(
        f"**{line.split(':', 1)[0]}:**{line.split(':', 1)[1]}" if ":" in line and not line[:1].isdigit() else line
        for line in _RUN_IN_LABELS.splitlines()
    )
    assert _file_items(tmp_path, "minutes.md", "# " + _HEAD.replace("\n", "\n\n", 1) + bold) == _LABEL_TITLES


def test_run_in_label_text_is_the_items_first_text(make_document):
    document = make_document(_HEAD + _RUN_IN_LABELS)
    from minutebook.extract.items import read_items_and_sections

    _, sections = read_items_and_sections(document)
    planning = next(section for section in sections if section.item is not None and section.item.title == "Planning")
    assert "Two applications were considered" in " ".join(line.text for line in planning.lines)


def test_numbered_items_running_on_across_labels_stay_the_items(make_document):
    text = _HEAD + (
        "Chair's remarks: The chair thanked the volunteers for the litter pick.\n\n"
        "1. Apologies\nApologies were received from Bill Shaw.\n"
        "2. Minutes\nThe minutes were approved.\n"
        "Planning: Two applications were considered by the members.\n"
        "3. Finance\nThe balance stands at £2,340.\n"
        "4. Any other business\nNone.\n"
    )
    numbers = [number for number, _ in _items(make_document, text)]
    assert numbers[-4:] == ["1", "2", "3", "4"]


_DECISIONS_TEXT = (
    "MILLBROOK PARISH COUNCIL\n"
    "Minutes of the meeting held on Tuesday 4 March 2031 at 7.30pm in the Village Hall\n\n"
    "Present: Cllr A Birch (Chair), Cllr T Rowan, Cllr M Hale\n\n"
    "10. Apologies for absence\nApologies were received from Cllr P Gant.\n"
    "11. Finance\n"
    "11.1 Payments\nThe schedule of payments was circulated.\n"
    "11.2 RESOLVED that the payments listed be approved.\n"
    "11.3 Agreed to renew the insurance with the current provider for one year.\n"
    "12. Highways\n"
    "12.1 Potholes\nPotholes on Church Lane have been reported again.\n"
    "12.2 It was resolved to ask the county to inspect the verge.\n"
    "13. Date of next meeting\nThe next meeting will be held on 1 April 2031.\n"
)


def test_decimal_decisions_are_not_sub_items(make_document):
    assert _items(make_document, _DECISIONS_TEXT) == [
        ("10", "Apologies for absence"),
        ("11", "Finance"),
        ("11.1", "Payments"),
        ("12", "Highways"),
        ("12.1", "Potholes"),
        ("13", "Date of next meeting"),
    ]


def test_marked_decimal_decisions_are_not_sub_items(make_document):
    text = (
        "# Minutes of the Meeting of Hollin Vale Parish Council, 2 May 2031\n\n"
        "Present: Cllr R Dunn (Chair), Cllr S Webb, Cllr L Marsh\n\n"
        "## 4. Highways\n### 4.1 Potholes\nPotholes on Church Lane have been reported again.\n"
        "### 4.2 Agreed to ask the county to inspect the verge\n"
        "## 5. Playing field\n**5.1 Mower quote**\n"
        "**5.2 RESOLVED: that the quote from Green Fields Ltd be accepted.**\n"
        "**5.3 Agreed budget for 2031/32**\n"
        "## 6. Correspondence\nA letter from the library service was noted.\n"
    )
    assert _items(make_document, text, name="minutes.md") == [
        ("4", "Highways"),
        ("4.1", "Potholes"),
        ("5", "Playing field"),
        ("5.1", "Mower quote"),
        ("5.3", "Agreed budget for 2031/32"),
        ("6", "Correspondence"),
    ]


_BANNER_BODY = (
    "Present: Ann Cole, Tom Reid, Jo Marr, Bill Shaw.\n\n"
    "ELECTION OF OFFICERS\nAnn was re-elected as chair and Tom as secretary.\n\n"
    "GARDEN COMPETITION\nThe competition will run again in August.\n\n"
    "ADJOURNMENT\nThe meeting closed at 8:40 pm.\n"
)
_BANNER_ITEMS = [(None, "ELECTION OF OFFICERS"), (None, "GARDEN COMPETITION"), (None, "ADJOURNMENT")]


def test_meeting_kind_and_body_letterhead_are_no_items(make_document):
    text = "(approved)\n\nANNUAL MEETING\nFERN VALLEY RESIDENTS ASSOCIATION\nThursday, 12 June 2031, 7:00 pm\n\n"
    assert _items(make_document, text + _BANNER_BODY) == _BANNER_ITEMS


def test_marked_letterhead_lines_are_no_items(make_document):
    text = (
        "(approved)\n\n## Ordinary Meeting\n**Fern Valley Community Council**\n"
        "Thursday, 12 June 2031, 7:00 pm\n\n"
    )
    body = _BANNER_BODY.replace("ELECTION", "## Election").replace("GARDEN COMPETITION", "## Garden competition")
    body = body.replace("OF OFFICERS", "of officers").replace("ADJOURNMENT", "## Adjournment")
    assert _items(make_document, text + body, name="minutes.md") == [
        (None, "Election of officers"),
        (None, "Garden competition"),
        (None, "Adjournment"),
    ]


def test_a_heading_naming_a_community_council_after_the_first_item_stays(make_document):
    text = (
        "Minutes of the Fern Valley Residents Association, 12 June 2031\n\n"
        "Present: Ann Cole, Tom Reid.\n\n"
        "1. Apologies\nNone.\n"
        "2. Deputation from Brook Hill Community Council\nTwo members spoke about the footbridge.\n"
    )
    assert _items(make_document, text)[-1] == ("2", "Deputation from Brook Hill Community Council")


_BOLD_SENTENCE_MD = (
    "# Bramble Heath Residents Association\n\nJune 9, 2031\n\n"
    "Present: Ann Cole, Tom Reid, Jo Marr, Bill Shaw\n\n"
    "## Welcome\n\nAnn welcomed everyone and thanked the school for the room.\n\n"
    "## Election of officers\n\nAnn was re-elected as chair.\n\n"
    "**Tom Reid volunteered to be secretary!**\n\nJo agreed to carry on as treasurer.\n\n"
    "## Garden competition\n\nThe competition will run again in August.\n"
)


def test_bold_sentence_is_no_heading_in_markdown(tmp_path):
    assert _file_items(tmp_path, "minutes.md", _BOLD_SENTENCE_MD) == [
        (None, "Welcome"),
        (None, "Election of officers"),
        (None, "Garden competition"),
    ]


def test_bold_sentence_is_no_heading_in_html(tmp_path):
    html = (
        "<h1>Bramble Heath Residents Association</h1><p>June 9, 2031</p><p>Present: Ann Cole, Tom Reid, Jo Marr</p>"
        "<h2>Welcome</h2><p>Ann welcomed everyone and thanked the school for the room.</p>"
        "<h2>Election of officers</h2><p>Ann was re-elected as chair.</p>"
        "<p><strong>Jo Marr offered to run the plant sale!</strong></p><p>Jo will book the hall.</p>"
        "<h2>Garden competition</h2><p>The competition will run again in August.</p>"
    )
    assert _file_items(tmp_path, "minutes.html", html) == [
        (None, "Welcome"),
        (None, "Election of officers"),
        (None, "Garden competition"),
    ]


def _grants_minutes(table: str) -> str:
    return (
        "ASHBY PARISH COUNCIL\n"
        "Minutes of the meeting held on Tuesday 4 March 2031 at 7.30pm in the Village Hall\n\n"
        "Present: Cllr A Birch (Chair), Cllr T Rowan, Cllr M Hale\n\n"
        "1. Apologies\nApologies were received from Cllr P Gant.\n"
        "2. Declarations of interest\nNone.\n"
        "3. Grants\nRESOLVED that the following grants be made:\n"
        f"{table}"
        "4. Highways\nThe clerk reported the potholes on Church Lane.\n"
        "5. Date of next meeting\n1 April 2031.\n"
    )


_SEQUENCE = [("1", "Apologies"), ("2", "Declarations of interest"), ("3", "Grants"), ("4", "Highways"),
             ("5", "Date of next meeting")]


def test_a_numbered_table_inside_a_minute_keeps_the_minutes_around_it(make_document):
    rows = "".join(f"{n}\tBrook Hill Group {n}\tSummer event\t£{n * 50}\n" for n in range(1, 12))
    assert _items(make_document, _grants_minutes("No\tApplicant\tPurpose\tAmount\n" + rows)) == _SEQUENCE


def test_a_numbered_table_spanning_pages_keeps_the_minutes_around_it(make_document):
    rows = "".join(f"{n}\tBrook Hill Group {n}\tSummer event\t£{n * 50}\n" for n in range(1, 8))
    more = "".join(f"{n}\tBrook Hill Group {n}\tSummer event\t£{n * 50}\n" for n in range(8, 15))
    text = _grants_minutes("No\tApplicant\tPurpose\tAmount\n" + rows + "\f" + more)
    assert _items(make_document, text) == _SEQUENCE


def test_a_numbered_table_in_a_web_page_keeps_the_minutes_around_it(tmp_path):
    rows = "".join(
        f"<tr><td>{n}</td><td>Brook Hill Group {n}</td><td>Summer event</td><td>£{n * 50}</td></tr>" for n in range(1, 12)
    )
    html = (
        "<h1>Ashby Parish Council</h1><p>Minutes of the meeting held on Tuesday 4 March 2031</p>"
        "<p>Present: Cllr A Birch (Chair), Cllr T Rowan, Cllr M Hale</p>"
        "<h2>1. Apologies</h2><p>Apologies were received from Cllr P Gant.</p>"
        "<h2>2. Declarations of interest</h2><p>None.</p>"
        "<h2>3. Grants</h2><p>RESOLVED that the following grants be made:</p>"
        f"<table><tr><th>No</th><th>Applicant</th><th>Purpose</th><th>Amount</th></tr>{rows}</table>"
        "<h2>4. Highways</h2><p>The clerk reported the potholes on Church Lane.</p>"
        "<h2>5. Date of next meeting</h2><p>1 April 2031.</p>"
    )
    assert _file_items(tmp_path, "minutes.html", html) == _SEQUENCE


def test_rows_continuing_the_numbering_between_minutes_are_items(make_document):
    rows = "4\tElection of chair\tAnn Cole was elected.\n5\tWebsite\tDeferred to the next meeting.\n"
    rows += "6\tChair storage\tThe hall will store the chairs.\n"
    text = (
        "Minutes of the Friends of Ashby Library, 9 December 2031\n\nPresent: Ann Cole, Tom Reid, Jo Marr\n\n"
        "1. Apologies\nNone.\n2. Minutes of the last meeting\nApproved.\n3. Matters arising\nNone.\n"
        f"{rows}"
        "7. Any other business\nNone.\n"
    )
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3", "4", "5", "6", "7"]


def test_minutes_kept_in_a_numbered_table_stay_rows(make_document):
    rows = "".join(
        f"{n}\t{title}\tThe members discussed it.\n"
        for n, title in enumerate(("Welcome", "Minutes", "Finance", "Events", "Any other business"), 1)
    )
    text = "Minutes of the Friends of Ashby Library, 9 December 2031\n\nNo\tItem\tNotes\n" + rows
    assert [number for number, _ in _items(make_document, text)] == ["1", "2", "3", "4", "5"]


def test_bold_sentence_with_a_future_verb_is_no_heading(tmp_path):
    text = _BOLD_SENTENCE_MD.replace(
        "**Tom Reid volunteered to be secretary!**", "**The accounts for 2031 will be tabled at the next meeting**"
    )
    assert _file_items(tmp_path, "minutes.md", text) == [
        (None, "Welcome"),
        (None, "Election of officers"),
        (None, "Garden competition"),
    ]


_PAGE_TITLED = (
    "# Committee Meeting - 2031-05-06\n\nPrevious meeting: 2031-04-01\n\n# Minutes\n\n"
    "## Members Present\n\n* Present: Ann Cole, Tom Reid\n\n"
    "## Correspondence\n\nA letter from the landlord about the lease.\n\n"
    "## Treasurer's Report\n\nThe balance is $4,100.\n\n"
    "## Property Report\n\nThe roller door was repaired.\n\n"
    "## Other Business\n\nNone.\n"
)
_PAGE_ITEMS = [(None, "Correspondence"), (None, "Treasurer's Report"), (None, "Property Report"), (None, "Other Business")]


def test_page_titles_over_deeper_headings_are_no_items(tmp_path):
    assert _file_items(tmp_path, "minutes.md", _PAGE_TITLED) == _PAGE_ITEMS


def test_page_titles_over_deeper_headings_are_no_items_in_html(tmp_path):
    html = (
        "<h1>Committee Meeting - 2031-05-06</h1><p>Previous meeting: 2031-04-01</p><h1>Minutes</h1>"
        "<h2>Members Present</h2><p>Present: Ann Cole, Tom Reid</p>"
        "<h2>Correspondence</h2><p>A letter from the landlord about the lease.</p>"
        "<h2>Treasurer's Report</h2><p>The balance is $4,100.</p>"
        "<h2>Property Report</h2><p>The roller door was repaired.</p>"
        "<h2>Other Business</h2><p>None.</p>"
    )
    assert _file_items(tmp_path, "minutes.html", html) == _PAGE_ITEMS


def test_a_minutes_heading_among_headings_of_one_level_stays(tmp_path):
    text = _PAGE_TITLED.replace("# Committee Meeting - 2031-05-06", "Committee Meeting - 2031-05-06").replace(
        "# Minutes", "## Minutes\n\nThe minutes of April were approved."
    )
    assert (None, "Minutes") in _file_items(tmp_path, "minutes.md", text)


_LETTERED_PARTS = (
    "**1. Introductions and welcome**\n"
    "**a. Welcome to members of the public and Convenor's opening remarks**\n"
    "**b. Apologies for absence (as above)**\n"
    "**2. Minutes of previous meeting**\n"
    "**a. Review of actions from last minutes**\n"
    "The bench repair is still outstanding.\n"
    "**b. Approval of previous minutes**\n"
    "Approved on the motion of Ann Cole.\n"
    "**3. Follow up items**\n"
    "**a. Medical centre**\n"
    "No reply from the health board yet.\n"
)
_LETTERED_ITEMS = [
    ("1", "Introductions and welcome"),
    ("1a", "Welcome to members of the public and Convenor's opening remarks"),
    ("1b", "Apologies for absence (as above)"),
    ("2", "Minutes of previous meeting"),
    ("2a", "Review of actions from last minutes"),
    ("2b", "Approval of previous minutes"),
    ("3", "Follow up items"),
    ("3a", "Medical centre"),
]


def test_bold_lettered_parts_are_not_the_heading_wrapped(make_document):
    text = "Minutes of Fernhill Community Council, 16 May 2031\n\nPresent: Ann Cole, Tom Reid.\n\n" + _LETTERED_PARTS
    assert _items(make_document, text) == _LETTERED_ITEMS


def test_bold_lettered_parts_are_not_the_heading_wrapped_in_html(tmp_path):
    body = "".join(
        f"<p><b>{line.strip('*')}</b></p>" if line.startswith("**") else f"<p>{line}</p>"
        for line in _LETTERED_PARTS.splitlines()
    )
    html = f"<p>Minutes of Fernhill Community Council, 16 May 2031</p><p>Present: Ann Cole, Tom Reid.</p>{body}"
    assert _file_items(tmp_path, "minutes.html", html) == _LETTERED_ITEMS


_BOLD_MOTION = (
    "**“That the Council calls on the county to repair the footbridge at Mill Lane**\n"
    "**before the winter and to report on the cost of the work.”**\n"
)


def test_lines_of_a_bold_motion_are_no_headings(make_document):
    text = _BANNER_BODY.replace("GARDEN COMPETITION\n", "GARDEN COMPETITION\n" + _BOLD_MOTION)
    assert _items(make_document, "Minutes of the Fern Valley Residents Association, 12 June 2031\n\n" + text) == _BANNER_ITEMS


def test_lines_of_a_bold_motion_are_no_headings_in_markdown(tmp_path):
    text = _BOLD_SENTENCE_MD.replace("**Tom Reid volunteered to be secretary!**", _BOLD_MOTION.replace("\n", "\n\n"))
    assert _file_items(tmp_path, "minutes.md", text) == [
        (None, "Welcome"),
        (None, "Election of officers"),
        (None, "Garden competition"),
    ]


_ROW_MINUTES = [
    ("1", "Apologies. Apologies were received from Tom Reid.", "Clerk"),
    ("2", "Planning. One application for a garage was noted with no objection.", "AC"),
    ("3", "Memorial Bench. An estimate for the repair is awaited.", "JM"),
    ("4", "The Convenor thanked everyone for attending.", ""),
]


def test_a_table_rows_title_ends_at_its_full_stop(make_document):
    rows = "".join(f"{number}\t{text}\t{who or '-'}\n" for number, text, who in _ROW_MINUTES)
    text = "Minutes of Fernhill Community Council, 16 May 2031\n\nNo\tAgenda item\tAction\n" + rows
    assert _items(make_document, text) == [
        ("1", "Apologies"),
        ("2", "Planning"),
        ("3", "Memorial Bench"),
        ("4", "The Convenor thanked everyone for attending."),
    ]


def test_a_table_rows_title_ends_at_its_full_stop_in_html(tmp_path):
    rows = "".join(f"<tr><td>{number}.</td><td>{text}</td><td>{who}</td></tr>" for number, text, who in _ROW_MINUTES)
    html = (
        "<p>Minutes of Fernhill Community Council, 16 May 2031</p>"
        f"<table><tr><th>No</th><th>Agenda item</th><th>Action</th></tr>{rows}</table>"
    )
    assert [title for _, title in _file_items(tmp_path, "minutes.html", html)][:3] == ["Apologies", "Planning", "Memorial Bench"]


# A town page's bold heading block and bold sentences among its bold headings: the body's name, a time alone and a
# sentence of what happened ("X called the meeting to order …", "X made the following motion:") are no items.
_BOLD_BLOCK = """# Board of Selectmen Minutes

Meeting date: Monday, June 8, 2031

**TOWN OF ASHFORD GREEN**
**5:00 PM**
**REMOTE MEETING MINUTES**

**Present:** Chairman Ada Quill, Selectman Tom Reyes

**Quill called the meeting to order at 5:03 PM**

**Pledge of Allegiance**

**Tax Anticipation Note**
The manager asked for a note of $2,000,000 to cover the summer.

**Quill made the following motion:**
**"To authorize the Town Manager to take a note of no more than $2,000,000."**
Reyes seconded. Motion passed 2-0.

**Water &amp; Light Commissioner Appointment**
The board will decide at its next meeting."""


def test_bold_letterhead_time_and_narrated_sentences_are_no_items(make_document, tmp_path):
    expected = ["Pledge of Allegiance", "Tax Anticipation Note", "Water & Light Commissioner Appointment"]
    path = tmp_path / "selectmen-2031-06-08.md"
    path.write_text(_BOLD_BLOCK, encoding="utf-8")
    assert [item.title for item in extract_items(parse_file(path))] == expected
    html = "".join(
        f"<p><b>{line.strip('*')}</b></p>" if line.startswith("**") else f"<h1>{line[2:]}</h1>" if line.startswith("# ")
        else f"<p>{line}</p>" for line in _BOLD_BLOCK.splitlines() if line.strip()
    )
    page = tmp_path / "selectmen-2031-06-08.html"
    page.write_text(f"<html><body>{html}</body></html>", encoding="utf-8")
    assert [item.title for item in extract_items(parse_file(page))] == expected
