"""Later minutes linked to the earlier actions they report on: minute references in action logs, the same
body only, the latest mention's status, `minutebook action ID`; invented minutes of one parish over three
meetings and a committee that reuses a reference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutebook.cli import cli
from minutebook.store.tracking import is_reference

SERIES = {
    'parish-2031-03-04.txt': (
        'Minutes of the Lower Wickham Parish Council meeting held on 4 March 2031\n'
        '\n'
        'Present: Cllr Nadia Orchard (Chair), Cllr Felix Brambley\n'
        '\n'
        'In attendance: Mark Dunn (Clerk)\n'
        '\n'
        '31/12 Highways\n'
        '\n'
        'The pothole on Mill Lane was reported again.\n'
        '\n'
        'Action: Clerk to write to Highways about the pothole on Mill Lane.\n'
        '\n'
        '31/13 Playground\n'
        '\n'
        'Cllr Orchard agreed to obtain quotes for new swings.\n'
        '\n'
        '5 Any other business\n'
        '\n'
        'Cllr Brambley agreed to circulate the newsletter draft.\n'
    ),
    'parish-2031-05-06.txt': (
        'Minutes of the Lower Wickham Parish Council meeting held on 6 May 2031\n'
        '\n'
        'Present: Cllr Nadia Orchard (Chair), Cllr Felix Brambley\n'
        '\n'
        'In attendance: Mark Dunn (Clerk)\n'
        '\n'
        '31/20 Finance\n'
        '\n'
        'The accounts were approved.\n'
        '\n'
        '5 Any other business\n'
        '\n'
        'Cllr Brambley agreed to circulate the newsletter draft.\n'
        '\n'
        'Action log\n'
        '\n'
        'Minute\tAction\tOwner\tDue\tStatus\n'
        '31/12\tWrite to Highways about the Mill Lane pothole\tClerk\t30 April 2031\tOngoing\n'
        '31/13\tObtain quotes for new swings\tNO\t-\tComplete\n'
        '31/13\tRepair the fence by the pond\tFB\t-\tOngoing\n'
        '31/20\tBook the hall for the audit\tFB\t1 June 2031\tOpen\n'
    ),
    'parish-2031-07-01.txt': (
        'Minutes of the Lower Wickham Parish Council meeting held on 1 July 2031\n'
        '\n'
        'Present: Cllr Nadia Orchard (Chair), Cllr Felix Brambley\n'
        '\n'
        'In attendance: Mark Dunn (Clerk)\n'
        '\n'
        '31/30 Planning\n'
        '\n'
        'No applications were received.\n'
        '\n'
        'Action log\n'
        '\n'
        'Minute\tAction\tOwner\tDue\tStatus\n'
        '31/12\tWrite to Highways about the Mill Lane pothole\tClerk\t30 April 2031\tDone\n'
    ),
    'allotments-2031-06-02.txt': (
        'Minutes of the Lower Wickham Allotments Committee meeting held on 2 June 2031\n'
        '\n'
        'Present: Cllr Nadia Orchard (Chair), Cllr Felix Brambley\n'
        '\n'
        '31/12 Water supply\n'
        '\n'
        'Action: Clerk to write to Highways about the pothole on Mill Lane.\n'
    ),
}
# Written from reading the minutes above: (date and text of the mention) -> (date and text of the action).
EXPECTED_LINKS = {
    ("2031-05-06", "Write to Highways about the Mill Lane pothole"):
        ("2031-03-04", "Write to Highways about the pothole on Mill Lane."),
    ("2031-07-01", "Write to Highways about the Mill Lane pothole"):
        ("2031-03-04", "Write to Highways about the pothole on Mill Lane."),
    ("2031-05-06", "Obtain quotes for new swings"): ("2031-03-04", "Cllr Orchard agreed to obtain quotes for new swings."),
}


def _write(folder: Path, names: list[str]) -> list[str]:
    folder.mkdir(exist_ok=True)
    for name in names:
        (folder / name).write_text(SERIES[name], encoding="utf-8")
    return [str(folder / name) for name in names]


def run(db: str, *args: str):
    result = CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def _actions(db: str, *args: str) -> list[dict]:
    return json.loads(run(db, "actions", "--json", *args).output)


def _links(db: str) -> set[tuple[tuple[str, str], tuple[str, str]]]:
    links = set()
    for row in _actions(db):
        record = json.loads(run(db, "action", str(row["record_id"]), "--json").output)
        for entry in record["history"][1:]:
            links.add(((entry["date"], entry["text"]), (record["date"], record["text"])))
    return links


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "series.db")
    run(path, "ingest", "--quiet", *_write(tmp_path / "minutes", list(SERIES)))
    return path


def test_links_are_the_ones_read_from_the_minutes(db):
    assert _links(db) == set(EXPECTED_LINKS.items())


def test_the_latest_mention_gives_the_status_and_mentions_are_no_actions_of_their_own(db):
    open_now = [(row["date"], row["text"]) for row in _actions(db, "--open")]
    assert ("2031-03-04", "Write to Highways about the pothole on Mill Lane.") not in open_now  # done in July
    assert all((date, text) not in EXPECTED_LINKS for date, text in open_now)
    assert ("2031-05-06", "Repair the fence by the pond") in open_now  # the same reference, another task
    assert ("2031-06-02", "Write to Highways about the pothole on Mill Lane.") in open_now  # another body
    done = [(row["date"], row["text"], row["status"]) for row in _actions(db, "--done")]
    assert done == [
        ("2031-03-04", "Write to Highways about the pothole on Mill Lane.", "done"),
        ("2031-03-04", "Cllr Orchard agreed to obtain quotes for new swings.", "done"),
    ]


def test_action_history_shows_each_mention_with_its_status_reason_and_evidence(db):
    [first] = [row for row in _actions(db) if row["date"] == "2031-03-04" and "Highways" in row["text"]]
    record = json.loads(run(db, "action", str(first["record_id"]), "--json").output)
    assert record["status"] == "done" and record["mention_of"] is None
    assert [(h["what"], h["date"], h["status"], h["file"]) for h in record["history"]] == [
        ("recorded", "2031-03-04", "open", "parish-2031-03-04.txt"),
        ("mentioned", "2031-05-06", "open", "parish-2031-05-06.txt"),
        ("mentioned", "2031-07-01", "done", "parish-2031-07-01.txt"),
    ]
    assert all("same minute reference 31/12" in h["reason"] and h["line_start"] for h in record["history"][1:])
    table = run(db, "action", str(first["record_id"])).output
    assert "mentioned" in table and "2031-07-01" in table


def test_an_unknown_action_id_is_a_clear_error(db):
    result = CliRunner().invoke(cli, ["--db", db, "action", "999999"])
    assert result.exit_code != 0 and "no action with id 999999" in result.output


def test_links_do_not_depend_on_the_loading_order_and_survive_reloading(tmp_path):
    path = str(tmp_path / "order.db")
    names = list(SERIES)
    for name in reversed(names):  # the latest minutes first, one file at a time
        run(path, "ingest", "--quiet", *_write(tmp_path / "minutes", [name]))
    assert _links(path) == set(EXPECTED_LINKS.items())
    run(path, "ingest", "--quiet", "--force", *_write(tmp_path / "minutes", names))
    assert _links(path) == set(EXPECTED_LINKS.items())


@pytest.mark.parametrize(("key", "expected"), [
    ("31/12", True), ("ABC/18/18", True), ("2031/45", True), ("P031/31", True), ("PC/12", False), ("5", False), ("7.2", False), ("12a", False),
    (None, False),
])
def test_only_references_that_name_a_year_or_series_link(key, expected):
    assert is_reference(key) is expected
