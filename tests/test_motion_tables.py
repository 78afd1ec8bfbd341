"""Motions kept as tables: a row per motion ("Motion | Moved | Seconded | Result", with or without For / Against /
Abstain counts) or a motion's own labelled table ("Moved By | A" / "Seconded By | B" / "Status | Carried") under its
words. Each motion decided gives a decision (its words, proposer and seconder) and, with an outcome or counts, a vote."""

from __future__ import annotations

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.motion_tables import motion_columns, read_labelled_motion, read_motion_row
from minutebook.extract.resolutions import extract_resolutions
from minutebook.extract.votes import extract_votes
from minutebook.ingest.html import parse_html
from minutebook.ingest.text import parse_text


def _markdown(text):
    return parse_text(text.encode(), path="inline.md", name="inline.md", sha256="0" * 64)


def _read(document, nlp):
    sections = split_sections(document, extract_items(document))
    resolutions = extract_resolutions(sections, nlp=nlp, lines=document.lines)
    votes = extract_votes(document, sections, resolutions=resolutions)
    return resolutions, votes


def _decisions(resolutions):
    return [(r.item, r.text, r.proposer, r.seconder) for r in resolutions]


def _votes(votes):
    return [(v.item, v.motion, v.mover, v.seconder, v.result, v.count_for, v.count_against, v.count_abstain)
            for v in votes]


def test_the_columns_of_a_motions_table():
    columns = motion_columns(["Motion", "Moved", "Seconded", "Result"])
    assert columns is not None and (columns.motion, columns.mover, columns.seconder, columns.outcome) == (0, 1, 2, 3)
    counted = motion_columns(["No.", "Resolution", "Mover", "Seconder", "For", "Against", "Abstain"])
    assert counted is not None and (counted.motion, counted.mover, counted.outcome) == (1, 2, None)
    assert counted.counts == (("for", 4), ("against", 5), ("abstain", 6))  # the "No." before them is the item's
    row = read_motion_row(counted, ["3", "That the hall be let to the choir.", "Ng", "Orr", "6", "1", "0"])
    assert row is not None and (row.motion, row.mover, row.counts) == ("That the hall be let to the choir.", "Ng",
                                                                       {"for": 6, "against": 1, "abstain": 0})
    # Near misses: a motion and its outcome alone is a decision table; an action table is none.
    assert motion_columns(["Proposal", "Decision"]) is None
    assert motion_columns(["Action", "Owner", "Status"]) is None


def test_a_labelled_motion_table():
    found = read_labelled_motion([("Moved By", "Ana Fry"), ("Seconded By", "Ben Gale"), ("Status", "Carried")])
    assert found is not None and (found.motion, found.mover, found.seconder, found.outcome) == (
        "", "Ana Fry", "Ben Gale", "Carried")
    # Near misses: a table of other labels, and one that names no mover or seconder.
    assert read_labelled_motion([("Venue", "Hall"), ("Moved By", "Ana Fry")]) is None
    assert read_labelled_motion([("Status", "Carried"), ("Date", "4 May")]) is None


def test_a_markdown_motions_table_gives_each_row_its_decision_and_vote(nlp):
    text = (
        "# Ridgeway Cycling Club Committee\n\n## 2. Finance\n\n"
        "| Motion | Moved | Seconded | Result |\n|---|---|---|---|\n"
        "| That the treasurer's report be received. | Ana Fry | Ben Gale | Carried |\n"
        "| That the club buy a trailer for $900. | Ben Gale | Cy Hart | Lost |\n"
        "| That the raffle be held in May. | Cy Hart | Ana Fry | Lapsed |\n\n## 3. Close\n\nClosed at 9.\n"
    )
    resolutions, votes = _read(_markdown(text), nlp)
    assert _decisions(resolutions) == [("2", "That the treasurer's report be received.", "Ana Fry", "Ben Gale")]
    assert _votes(votes) == [
        ("2", "That the treasurer's report be received.", "Ana Fry", "Ben Gale", "carried", None, None, None),
        ("2", "That the club buy a trailer for $900.", "Ben Gale", "Cy Hart", "lost", None, None, None),
    ]
    assert votes[0].resolution == 1 and votes[1].resolution is None


def test_an_html_motions_table_with_counts(nlp):
    text = (
        "<html><body><h2>1. Welcome</h2><p>Opened at 7.</p><h2>2. Motions</h2><table>"
        "<tr><th>Resolution</th><th>Mover</th><th>Seconder</th><th>For</th><th>Against</th><th>Abstain</th></tr>"
        "<tr><td>That dues rise to $40.</td><td>Ng</td><td>Orr</td><td>7</td><td>2</td><td>1</td></tr>"
        "<tr><td>That the AGM move to June.</td><td>Orr</td><td>Ng</td><td>3</td><td>6</td><td>0</td></tr>"
        "</table><h2>3. Close</h2><p>Closed at 9.</p></body></html>"
    )
    document = parse_html(text.encode(), path="inline.html", name="inline.html", sha256="0" * 64)
    resolutions, votes = _read(document, nlp)
    assert _decisions(resolutions) == [("2", "That dues rise to $40.", "Ng", "Orr")]
    assert _votes(votes) == [
        ("2", "That dues rise to $40.", "Ng", "Orr", "carried", 7, 2, 1),
        ("2", "That the AGM move to June.", "Orr", "Ng", "lost", 3, 6, 0),
    ]


def test_a_motions_table_without_an_outcome_column_records_motions_moved(nlp):
    text = (
        "## 4. General business\n\n| Motion | Moved by | Seconded by |\n|---|---|---|\n"
        "| That the minutes be accepted. | Ana Fry | Ben Gale |\n\n## 5. Close\n\nClosed at 9.\n"
    )
    resolutions, votes = _read(_markdown(text), nlp)
    assert _decisions(resolutions) == [("4", "That the minutes be accepted.", "Ana Fry", "Ben Gale")]
    assert votes == []  # no outcome and no counts: nothing says how it was put


def test_a_labelled_table_under_the_motion_it_records(nlp):
    text = (
        "## 3. Regatta\n\nMotion: That the regatta entry fee be set at $25.\n\n"
        "| Moved By | Ana Fry |\n|---|---|\n| Seconded By | Ben Gale |\n| Status | Accepted |\n\n"
        "## 4. Boat shed\n\nThat the shed be repainted.\n\n"
        "| | |\n|---|---|\n| Moved By | Cy Hart |\n| Seconded By | Ana Fry |\n| Status | Rejected |\n\n"
        "## 5. Close\n\nClosed at 9.\n"
    )
    resolutions, votes = _read(_markdown(text), nlp)
    assert _decisions(resolutions) == [
        ("3", "That the regatta entry fee be set at $25.", "Ana Fry", "Ben Gale"),
        ("4", "That the shed be repainted.", "Cy Hart", "Ana Fry"),
    ]
    assert [(v.item, v.motion, v.mover, v.result) for v in votes] == [
        ("3", "That the regatta entry fee be set at $25.", "Ana Fry", "carried"),
        ("4", "That the shed be repainted.", "Cy Hart", "lost"),
    ]


def test_a_motion_wrapped_over_two_lines_is_one_motion_for_its_decision_and_its_vote(nlp):
    # The decision and the vote take the same words above the table: the whole paragraph, not its last line.
    text = (
        "## 3. Regatta\n\nMotion: That the regatta entry fee be set at $25 for members\nand $30 for visitors.\n\n"
        "| Moved By | Ana Fry |\n|---|---|\n| Seconded By | Ben Gale |\n| Status | Carried |\n\n"
        "## 4. Close\n\nClosed at 9.\n"
    )
    resolutions, votes = _read(_markdown(text), nlp)
    words = "That the regatta entry fee be set at $25 for members and $30 for visitors."
    assert _decisions(resolutions) == [("3", words, "Ana Fry", "Ben Gale")]
    assert [(v.item, v.motion, v.result) for v in votes] == [("3", words, "carried")]


def test_a_heading_above_a_labelled_table_is_not_its_motion(nlp):
    # Near miss: the item's heading stands right above the table; the motion's words are then the item's title.
    text = (
        "## 3. Regatta fee\n\n| Moved By | Ana Fry |\n|---|---|\n| Seconded By | Ben Gale |\n| Status | Carried |\n\n"
        "## 4. Close\n\nClosed at 9.\n"
    )
    _, votes = _read(_markdown(text), nlp)
    assert [(v.item, v.motion) for v in votes] == [("3", "Regatta fee")]


def test_a_table_of_other_labels_is_no_motion(nlp):
    # Near miss: a two-column table of meeting details under a line of text records no motion.
    text = (
        "## 1. Arrangements\n\nThe picnic will go ahead as planned.\n\n"
        "| Venue | Lake Park |\n|---|---|\n| Time | 10am |\n| Status | Confirmed |\n\n## 2. Close\n\nClosed at 9.\n"
    )
    resolutions, votes = _read(_markdown(text), nlp)
    assert resolutions == [] and votes == []


def test_a_motions_table_run_on_past_a_page_break(make_document, nlp):
    # Each row its own table, as a table broken over pages comes: the rows under the header still hold motions; the
    # action table after them, as wide, has a header of its own and holds none.
    text = (
        "## 2. Motions\n\n| Motion | Moved | Seconded |\n|---|---|---|\n"
        "| That the fees stand. | Ana Fry | Ben Gale |\n\n| That the kiosk open at 8. | Ben Gale | Cy Hart |\n\n"
        "| Action | Owner | Status |\n|---|---|---|\n| Mend the gate | Cy Hart | Open |\n\n## 3. Close\n\nClosed at 9.\n"
    )
    resolutions, _ = _read(make_document(text), nlp)
    assert _decisions(resolutions) == [
        ("2", "That the fees stand.", "Ana Fry", "Ben Gale"), ("2", "That the kiosk open at 8.", "Ben Gale", "Cy Hart"),
    ]
