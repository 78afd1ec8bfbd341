"""Where actions stand: `actions --open/--done/--overdue`, with `--owner`, as table, JSON and CSV, and v_actions."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from minutebook.cli import cli
from minutebook.extract.records import Action, Attendee, Evidence, Extraction, Meeting
from minutebook.store import Store
from minutebook.store.queries import list_actions

from conftest import make_info

BODY = "Lower Wickham Parish Council"
OTHER = "Lower Wickham Allotments Committee"
PEOPLE = [Attendee(name="Nadia Orchard", surname="Orchard"), Attendee(name="Felix Brambley", surname="Brambley")]


def _minutes(body: str, date: dt.date, actions: list[Action]) -> Extraction:
    for line, action in enumerate(actions, start=10):
        action.evidence = Evidence(page=1, line_start=line, line_end=line)
    return Extraction(meeting=Meeting(kind="minutes", body=body, date=date), attendees=list(PEOPLE), actions=actions)


@pytest.fixture
def db(db_url):
    with Store(db_url) as store:
        store.save_extraction(make_info("/m/parish-2031-03-04.pdf"), _minutes(BODY, dt.date(2031, 3, 4), [
            Action("5", "Write to the bus company", ["Nadia Orchard"], "NO", dt.date(2031, 3, 31), "open"),
            Action("6", "Order two litter bins", ["Felix Brambley"], "FB", dt.date(2031, 3, 20), "done"),
            Action("7", "Survey the allotments", ["Nadia Orchard"], "NO", dt.date(2031, 3, 25), "carried_forward"),
            Action("8", "Repaint the shelter", ["Nadia Orchard"], "NO", dt.date(2031, 3, 10), "dropped"),
            Action("9", "Book the hall for the fete", ["Felix Brambley"], "FB", dt.date(2031, 9, 1), "open"),
            Action("10", "Find a new printer", ["Felix Brambley"], "FB", None, "open"),
        ]))
        # The body's latest meeting: what was due before it and is still owed is overdue.
        store.save_extraction(make_info("/m/parish-2031-05-06.pdf"), _minutes(BODY, dt.date(2031, 5, 6), []))
        # Another body's action, due before this body's latest meeting but after its own only meeting.
        store.save_extraction(make_info("/m/allotments-2031-02-01.pdf"), _minutes(OTHER, dt.date(2031, 2, 1), [
            Action("3", "Mend the water trough", ["Nadia Orchard"], "NO", dt.date(2031, 4, 1), "open"),
        ]))
    return db_url


def run(db: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)


def _texts(db: str, *args: str) -> list[str]:
    result = run(db, "actions", "--json", *args)
    assert result.exit_code == 0, result.output
    return [row["text"] for row in json.loads(result.output)]


def test_open_lists_what_is_still_owed_carried_forward_included(db):
    assert _texts(db, "--open") == [
        "Mend the water trough", "Write to the bus company", "Survey the allotments", "Book the hall for the fete",
        "Find a new printer",
    ]


def test_done(db):
    assert _texts(db, "--done") == ["Order two litter bins"]


def test_overdue_is_due_before_the_body_latest_meeting_and_still_owed(db):
    assert _texts(db, "--overdue") == ["Write to the bus company", "Survey the allotments"]


def test_what_one_person_still_owes(db):
    assert _texts(db, "--owner", "Orchard", "--open") == [
        "Mend the water trough", "Write to the bus company", "Survey the allotments",
    ]
    assert _texts(db, "--owner", "FB", "--open", "--body", "Parish") == ["Book the hall for the fete", "Find a new printer"]
    assert _texts(db, "--owner", "Felix Brambley", "--overdue") == []


def test_status_is_a_column_of_every_format(db):
    rows = json.loads(run(db, "actions", "--json").output)
    assert {row["text"]: row["status"] for row in rows}["Repaint the shelter"] == "dropped"
    table = run(db, "actions", "--done")
    assert "Order two litter bins" in table.output and "done" in table.output
    assert "Write to the bus company" not in table.output
    [row] = list(csv.DictReader(io.StringIO(run(db, "actions", "--csv", "--done").output)))
    assert (row["text"], row["status"]) == ("Order two litter bins", "done")


def test_one_status_question_at_a_time(db):
    result = CliRunner().invoke(cli, ["--db", db, "actions", "--open", "--done"])
    assert result.exit_code != 0 and "one of --open, --done and --overdue" in result.output


def test_status_questions_leave_plan_actions_out(db_url, plan_extraction):
    with Store(db_url) as store:
        store.save_extraction(make_info("/p/plan.pdf"), plan_extraction)
        assert list_actions(store).rows and not list_actions(store, status="open").rows


def test_paged_open_actions_count_only_the_open_ones(db):
    with Store(db) as store:
        page = list_actions(store, status="open", limit=2)
    assert (len(page.rows), page.total) == (2, 5)


def test_v_actions_gives_each_action_its_status_and_whether_it_is_overdue(db):
    with Store(db) as store, store.engine.connect() as connection:
        found = connection.execute(text("SELECT text, status, overdue FROM v_actions ORDER BY action_id")).all()
    assert [tuple(row) for row in found] == [
        ("Write to the bus company", "open", 1),
        ("Order two litter bins", "done", 0),
        ("Survey the allotments", "carried_forward", 1),
        ("Repaint the shelter", "dropped", 0),
        ("Book the hall for the fete", "open", 0),
        ("Find a new printer", "open", 0),
        ("Mend the water trough", "open", 0),
    ]
