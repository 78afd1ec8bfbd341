"""Agenda requests: matters asked for at the next meeting with no one to do them (extract/agenda_requests.py),
and the later item that takes each up (store/agenda_requests.py, v_request_history)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from click.testing import CliRunner

from minutebook.cli import cli
from minutebook.extract.pipeline import extract_document

HEAD = "Minutes of the Parish Council meeting held on {date}\n\nPresent: Cllr Nadia Orchard (Chair), Cllr Tom Whitlow\n\n"

ASKING = HEAD.format(date="4 March 2031") + """#### 5. Village hall roof

Councillors considered the surveyor's report on the roof.

RESOLVED: That the Council should await the second quotation and that this matter should be brought back to the next meeting.

#### 6. Bus shelter

RESOLVED: That the Clerk should write to the county about the broken glass, and that this matter should be brought back to the next meeting.

#### 7. Bonfire

RESOLVED: That an updated risk assessment for the bonfire should be brought forward at the next meeting.

#### 12. Items for the next agenda

RESOLVED: That in addition to any matters mentioned above, the following items should be brought forward:

• Footbridge by the old mill
• A request to hold a craft market on the Green
• Replacement of the noticeboard at the junction of Mill Lane
and Church Street

There being no further business, the meeting closed at 9.10 pm.
"""

TAKING_UP = HEAD.format(date="1 April 2031") + """#### 4. Village hall roof

The second quotation had been received and was considered.

RESOLVED: That the lower quotation be accepted.

#### 5. Footbridge by the old mill

RESOLVED: That this should be deferred to the next meeting.

#### 6. Craft market on the Village Green

The Council considered a request from the craft group to hold a market on the Green in June.

RESOLVED: That permission be granted.

#### 7. Risk assessment for the bonfire

The Council considered the updated risk assessment.

RESOLVED: That it is approved.

#### 8. Planning applications

The noticeboard application at Mill Lane was noted.
"""


def _requests(make_document, text: str) -> list[tuple[str, str]]:
    return [(r.topic, r.text) for r in extract_document(make_document(text)).agenda_requests]


def test_bullets_under_items_for_the_next_agenda_and_matters_sent_on(make_document):
    assert _requests(make_document, ASKING) == [
        ("Village hall roof", "this matter should be brought back to the next meeting"),
        ("updated risk assessment for the bonfire",
         "an updated risk assessment for the bonfire should be brought forward at the next meeting"),
        ("Footbridge by the old mill", "Footbridge by the old mill"),
        ("A request to hold a craft market on the Green", "A request to hold a craft market on the Green"),
        ("Replacement of the noticeboard at the junction of Mill Lane and Church Street",
         "Replacement of the noticeboard at the junction of Mill Lane and Church Street"),
    ]  # not the bus shelter: that decision records an action, which carries the matter


def test_wingdings_bullets_under_an_inclusion_heading_and_no_items(make_document):
    text = HEAD.format(date="9 May 2032") + (
        "#### 9. Items for inclusion on the next agenda\n\n"
        "It was agreed that the following should be included:\n\n"
        "x\tSpeed limit on Hawthorn Road\nx\tAllotment rents\n\n"
        "#### 10. Date of next meeting\n\n6 June 2032.\n"
    )
    assert [topic for topic, _text in _requests(make_document, text)] == [
        "Speed limit on Hawthorn Road", "Allotment rents"]
    nothing = HEAD.format(date="9 May 2032") + (
        "#### 9. Items for the next agenda\n\n"
        "RESOLVED: That in addition to any matters mentioned above, there were no other items for the next agenda.\n"
    )
    assert _requests(make_document, nothing) == []


def _load(tmp_path: Path, documents: dict[str, str]) -> list[tuple]:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = tmp_path / "requests.db"
    result = CliRunner().invoke(cli, ["--db", str(db), "ingest", "--quiet", str(folder)])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(db) as connection:
        return connection.execute(
            "SELECT topic, mention_item, status, mention_line_start, reason FROM v_request_history ORDER BY request_id"
        ).fetchall()


def test_each_request_links_to_the_next_meetings_item_that_takes_it_up(tmp_path):
    rows = _load(tmp_path, {"parish-2031-03-04.txt": ASKING, "parish-2031-04-01.txt": TAKING_UP})
    found = {topic: (item, status) for topic, item, status, _line, _reason in rows}
    assert found == {
        "Village hall roof": ("Village hall roof", "done"),
        "updated risk assessment for the bonfire": ("Risk assessment for the bonfire", "done"),
        "Footbridge by the old mill": ("Footbridge by the old mill", "carried_forward"),
        "A request to hold a craft market on the Green": ("Craft market on the Village Green", "done"),
        # A standing item ("Planning applications") holds a new matter each time: never taken as this one.
        "Replacement of the noticeboard at the junction of Mill Lane and Church Street": (None, None),
    }
    assert all(reason.startswith("same body, the next meeting (2031-04-01)") for *_rest, reason in rows if reason)


def test_no_link_across_a_missing_meeting(tmp_path):
    later = TAKING_UP.replace("1 April 2031", "2 September 2031")  # months on: the meetings between are not loaded
    rows = _load(tmp_path, {"parish-2031-03-04.txt": ASKING, "parish-2031-09-02.txt": later})
    assert {status for _topic, _item, status, _line, _reason in rows} == {None}


def test_two_items_alike_take_up_nothing(tmp_path):
    asking = HEAD.format(date="4 March 2031") + (
        "#### 12. Items for the next agenda\n\nRESOLVED: That the following items should be brought forward:\n\n"
        "• Footpath repairs\n\nThere being no further business, the meeting closed at 9.10 pm.\n"
    )
    later = HEAD.format(date="1 April 2031") + (
        "#### 4. Footpath repairs north\n\nThe Council considered the quotation.\n\n"
        "#### 5. Footpath repairs south\n\nThe Council considered the quotation.\n"
    )
    rows = _load(tmp_path, {"parish-2031-03-04.txt": asking, "parish-2031-04-01.txt": later})
    assert [(topic, item) for topic, item, *_rest in rows] == [("Footpath repairs", None)]


COUNCIL = "Minutes of the Community Council general meeting held on {date}\n\nPresent: Morag Baird (Chair), Ewan Tulloch\n\n"


def test_a_decision_sending_the_items_matter_to_a_later_meeting_named(make_document):
    text = COUNCIL.format(date="5 October 2032") + (
        "#### a) Litter and fly-tipping\n\nMembers described the state of the back lanes.\n\n"
        "It was AGREED to return to this issue at the November meeting and invite the cleansing manager.\n\n"
        "#### b) Harbour lighting\n\nArising from the discussion it was AGREED to:\n\n"
        "i) Carry forward the decision of the summer meeting to write to the harbour trust.\n\n"
        "#### c) Post office\n\nIt was AGREED to issue an invitation to the postmaster.\n"
    )
    assert _requests(make_document, text) == [
        ("Litter and fly-tipping", "return to this issue at the November meeting"),
        ("Harbour lighting", "Carry forward the decision of the summer meeting to write to the harbour trust"),
    ]  # an invitation to be issued sends nothing to a later meeting


def test_a_matter_sent_on_under_the_same_heading_is_carried_forward_then_open_while_a_reply_is_awaited(tmp_path):
    first = COUNCIL.format(date="5 October 2032") + (
        "#### a) Litter\n\nIt was AGREED to have this as an item at our November meeting with the cleansing manager.\n"
    )
    second = COUNCIL.format(date="2 November 2032") + (
        "#### 2. Litter, lanes and roads\n\n"
        "It was AGREED to postpone the discussion with the cleansing manager till January.\n"
    )
    third = COUNCIL.format(date="7 December 2032") + (
        "#### 3. Litter, lanes and roads\n\nInvitations had been sent to the cleansing manager. His reply was still "
        "awaited.\n"
    )
    rows = _load(tmp_path, {"cc-2032-10-05.txt": first, "cc-2032-11-02.txt": second, "cc-2032-12-07.txt": third})
    assert [(topic, item, status) for topic, item, status, _line, _reason in rows] == [
        ("Litter", "Litter, lanes and roads", "carried_forward"),
        ("Litter, lanes and roads", "Litter, lanes and roads", "open"),  # taken up, a reply still awaited
    ]


def test_a_matter_asked_back_in_the_subjunctive(make_document):
    text = HEAD.format(date="3 June 2031") + (
        "#### 8. Allotment rents\n\nThe Chair asked that the item be brought back to the next meeting for a fuller "
        "discussion.\n\n#### 9. Play area\n\nIt was agreed that the play area be considered again at the next meeting.\n\n"
        "#### 10. Newsletter\n\nThe Clerk said the newsletter could be brought forward to the next month.\n"
    )
    assert _requests(make_document, text) == [
        ("Allotment rents", "the item be brought back to the next meeting"),
        ("play area", "the play area be considered again at the next meeting"),
    ]


def test_the_requests_command_lists_each_matter_and_where_it_came_back(tmp_path):
    import json

    _load(tmp_path, {"parish-2031-03-04.txt": ASKING, "parish-2031-04-01.txt": TAKING_UP})
    db = str(tmp_path / "requests.db")

    def listed(*options: str) -> dict[str, tuple]:
        result = CliRunner().invoke(cli, ["--db", db, "requests", "--json", *options])
        assert result.exit_code == 0, result.output
        return {row["topic"]: (row["status"], row["taken_up"], row["taken_up_item"]) for row in json.loads(result.output)}

    every = listed()
    assert every["Village hall roof"] == ("done", "2031-04-01", "Village hall roof")
    assert every["Footbridge by the old mill"] == ("carried_forward", "2031-04-01", "Footbridge by the old mill")
    # Never taken up: still owed.
    assert every["Replacement of the noticeboard at the junction of Mill Lane and Church Street"] == ("open", None, None)
    assert set(listed("--open")) == {"Footbridge by the old mill",
                                     "Replacement of the noticeboard at the junction of Mill Lane and Church Street"}
    assert "Footbridge by the old mill" not in listed("--done") and "Village hall roof" in listed("--done")
    assert listed("--body", "no such body") == {}
    table = CliRunner().invoke(cli, ["--db", db, "requests"])
    assert table.exit_code == 0 and "Agenda requests" in table.output and "Village hall roof" in table.output
    both = CliRunner().invoke(cli, ["--db", db, "requests", "--open", "--done"])
    assert both.exit_code != 0 and "one of --open and --done" in both.output


# --- Corrections by hand: `link --request` / `unlink --request`, kept across re-loads -------------

NOTICEBOARD = "Replacement of the noticeboard at the junction of Mill Lane and Church Street"


def _corrected(tmp_path: Path) -> tuple[str, Path]:
    _load(tmp_path, {"parish-2031-03-04.txt": ASKING, "parish-2031-04-01.txt": TAKING_UP})
    return str(tmp_path / "requests.db"), tmp_path / "docs"


def _listed(db: str) -> dict[str, dict]:
    import json

    result = CliRunner().invoke(cli, ["--db", db, "requests", "--json"])
    assert result.exit_code == 0, result.output
    return {row["topic"]: row for row in json.loads(result.output)}


def _item(db: str, title: str) -> int:
    with sqlite3.connect(db) as connection:
        [(found,)] = connection.execute("SELECT id FROM agenda_items WHERE title = ?", (title,)).fetchall()
    return found


def _run(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", db, *args])
    assert result.exit_code == 0, result.output
    return result.output


def _fails(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", db, *args])
    assert result.exit_code != 0 and "Traceback" not in result.output, result.output
    return result.output


def _taken_up(row: dict) -> tuple:
    return row["status"], row["taken_up_item"], row["reason"]


def test_a_request_linked_by_hand_replaces_the_automatic_link_survives_reloading_and_is_undone(tmp_path):
    db, docs = _corrected(tmp_path)
    request = str(_listed(db)["Footbridge by the old mill"]["request_id"])
    market = str(_item(db, "Craft market on the Village Green"))

    said = _run(db, "link", "--request", request, market, "--status", "dropped")

    assert f"Linked agenda request {request} to agenda item {market} (dropped) by hand, in place of item" in said
    assert _taken_up(_listed(db)["Footbridge by the old mill"]) == (
        "dropped", "Craft market on the Village Green", "linked by hand")
    # A new link by hand (status done by default) replaces the one before; others keep their automatic links.
    board = str(_listed(db)[NOTICEBOARD]["request_id"])
    _run(db, "link", "--request", board, str(_item(db, "Planning applications")))
    for _round in range(2):  # re-loading the same files, then reading them again, keeps both corrections
        listed = _listed(db)
        assert _taken_up(listed[NOTICEBOARD]) == ("done", "Planning applications", "linked by hand")
        assert _taken_up(listed["Footbridge by the old mill"])[:2] == ("dropped", "Craft market on the Village Green")
        assert listed["Village hall roof"]["reason"].startswith("same body, the next meeting")
        _run(db, "ingest", "--quiet", *(["--force"] if _round else []), str(docs))
    board = str(_listed(db)[NOTICEBOARD]["request_id"])  # ids change when documents are read again

    said = _run(db, "unlink", "--request", board, "--undo")

    assert f"Forgot the correction by hand for agenda request {board}" in said and "now taken up by no item" in said
    assert _taken_up(_listed(db)[NOTICEBOARD]) == ("open", None, None)


def test_a_request_kept_unlinked_by_hand_stays_so_across_reloads_until_undone(tmp_path):
    db, docs = _corrected(tmp_path)
    roof = str(_listed(db)["Village hall roof"]["request_id"])

    said = _run(db, "unlink", "--request", roof)

    assert f"Agenda request {roof} was taken up by agenda item" in said and "stays unlinked" in said
    assert _taken_up(_listed(db)["Village hall roof"]) == ("open", None, "kept unlinked by hand")
    _run(db, "ingest", "--quiet", "--force", str(docs))
    roof = str(_listed(db)["Village hall roof"]["request_id"])
    assert _taken_up(_listed(db)["Village hall roof"]) == ("open", None, "kept unlinked by hand")
    with sqlite3.connect(db) as connection:
        assert connection.execute("SELECT status, reason FROM v_request_history WHERE request_id = ?",
                                  (int(roof),)).fetchall() == [(None, "kept unlinked by hand")]

    _run(db, "unlink", "--request", roof, "--undo")

    assert _taken_up(_listed(db)["Village hall roof"])[:2] == ("done", "Village hall roof")
    assert "no link or unlink by hand to undo" in _fails(db, "unlink", "--request", roof, "--undo")


def test_corrections_of_requests_by_hand_give_clear_errors(tmp_path):
    other = TAKING_UP.replace("Parish Council", "Allotments Committee")
    _load(tmp_path, {"parish-2031-03-04.txt": ASKING, "parish-2031-04-01.txt": TAKING_UP,
                     "allotments-2031-04-01.txt": other})
    db = str(tmp_path / "requests.db")
    request = str(_listed(db)["Footbridge by the old mill"]["request_id"])
    with sqlite3.connect(db) as connection:
        [(elsewhere,)] = connection.execute(
            "SELECT i.id FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id JOIN bodies b ON b.id = m.body_id "
            "WHERE b.name LIKE '%Allotments%' AND i.title = 'Village hall roof'").fetchall()
        [(same_meeting,)] = connection.execute("SELECT id FROM agenda_items WHERE title = 'Bus shelter'").fetchall()

    assert "no agenda request with id 99999" in _fails(db, "link", "--request", "99999", str(same_meeting))
    assert "no agenda item with id 99999" in _fails(db, "link", "--request", request, "99999")
    assert "no agenda request with id 99999" in _fails(db, "unlink", "--request", "99999")
    assert f"agenda item {elsewhere}" in (said := _fails(db, "link", "--request", request, str(elsewhere)))
    assert "taken up by its own body" in said
    said = _fails(db, "link", "--request", request, str(same_meeting))
    assert f"agenda item {same_meeting} (2031-03-04) is not of a meeting after that of request {request}" in said
    assert "one of --update and --request" in _fails(db, "unlink", "--request", "--update", request)
    assert "--status goes with --request" in _fails(db, "link", "--status", "done", "1", "2")
    assert _listed(db)["Footbridge by the old mill"]["reason"].startswith("same body")  # nothing was changed
