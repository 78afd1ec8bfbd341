"""The query commands through click: export, meetings, show, actions."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from minutebook.cli import cli
from minutebook.store import Store


@pytest.fixture
def db(db_url, document_info, minutes_extraction, plan_extraction):
    with Store(db_url) as store:
        store.save_extraction(document_info("/m/board-2021-03.pdf"), minutes_extraction)
        store.save_extraction(document_info("/p/plan.pdf"), plan_extraction)
    return db_url


def run(db: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db, *args], catch_exceptions=False)


@pytest.mark.parametrize("command", ["export", "meetings", "show", "actions"])
def test_help(command):
    result = CliRunner().invoke(cli, [command, "-h"])
    assert result.exit_code == 0
    assert "Usage:" in result.output


def test_meetings_table_json_csv(db):
    table = run(db, "meetings")
    assert table.exit_code == 0
    assert "Riverside Safety Board" in table.output and "plan.pdf" not in table.output
    rows = json.loads(run(db, "meetings", "--json").output)
    assert [row["date"] for row in rows] == ["2021-03-04"]
    with_plans = json.loads(run(db, "meetings", "--plans", "--json").output)
    assert len(with_plans) == 2
    csv_rows = list(csv.DictReader(io.StringIO(run(db, "meetings", "--csv").output)))
    assert csv_rows[0]["file"] == "board-2021-03.pdf"


def test_json_and_csv_together_are_refused(db):
    result = CliRunner().invoke(cli, ["--db", db, "meetings", "--json", "--csv"])
    assert result.exit_code == 2
    assert "--json" in result.output and "--csv" in result.output


def test_bad_date_is_refused(db):
    result = CliRunner().invoke(cli, ["--db", db, "actions", "--from", "March"])
    assert result.exit_code == 2
    result = CliRunner().invoke(cli, ["--db", db, "meetings", "--from", "2022-01-01", "--to", "2021-01-01"])
    assert result.exit_code == 2 and "after" in result.output


def test_show_meeting(db):
    result = run(db, "show", "2021-03-04")
    assert result.exit_code == 0
    for text in ("Riverside Safety Board", "Alice Bramble", "Councillor Dunmore", "Street lighting",
                 "The Board agreed to fund new lamps.", "Survey the broken lamps", "due 2021-04-01"):
        assert text in result.output
    detail = json.loads(run(db, "show", "board-2021-03.pdf", "--json").output)
    assert detail["file"] == "board-2021-03.pdf" and detail["meeting_id"] >= 1
    rows = list(csv.DictReader(io.StringIO(run(db, "show", "2021-03-04", "--csv").output)))
    assert rows[0]["record_type"] == "document"


def test_show_plan(db):
    result = run(db, "show", "plan.pdf")
    assert result.exit_code == 0
    assert "ENGAGEMENT" in result.output and "Youth Service" in result.output and "Sessions held" in result.output


def test_show_unknown_meeting_fails_clearly(db):
    result = CliRunner().invoke(cli, ["--db", db, "show", "1999-12-31"])
    assert result.exit_code == 1
    assert "no meeting '1999-12-31'" in result.output


def test_actions(db):
    result = run(db, "actions")
    assert result.exit_code == 0 and "Survey the broken lamps" in result.output
    rows = json.loads(run(db, "actions", "--owner", "TQ", "--json").output)
    assert [row["owners"] for row in rows] == [["Tom Quill"]]
    rows = json.loads(run(db, "actions", "--owner", "Police", "--json").output)
    assert [row["source"] for row in rows] == ["minutes", "plan"]
    rows = json.loads(run(db, "actions", "--item", "lighting", "--from", "2021-01-01", "--json").output)
    assert len(rows) == 2
    empty = run(db, "actions", "--owner", "Nobody Atall")
    assert empty.exit_code == 0 and "No actions." in empty.output


def test_export_json_jsonl_csv_and_file(db, tmp_path):
    documents = json.loads(run(db, "export").output)
    assert [d["file"] for d in documents] == ["board-2021-03.pdf", "plan.pdf"]
    lines = run(db, "export", "--format", "jsonl").output.splitlines()
    assert len(lines) == 2
    one = json.loads(run(db, "export", "--file", "plan.pdf").output)
    assert one["kind"] == "plan"
    rows = list(csv.DictReader(io.StringIO(run(db, "export", "--format", "csv").output)))
    assert {row["record_type"] for row in rows} >= {"document", "attendee", "action", "plan_action"}
    target = tmp_path / "out" / "export.json"
    target.parent.mkdir()
    result = run(db, "export", "-o", str(target))
    assert result.exit_code == 0
    assert len(json.loads(target.read_text(encoding="utf-8"))) == 2


def test_export_to_unwritable_file_fails_clearly(db, tmp_path):
    result = CliRunner().invoke(cli, ["--db", db, "export", "-o", str(tmp_path / "missing" / "x.json")])
    assert result.exit_code == 1
    assert "cannot write" in result.output


def test_bad_database_url_fails_clearly(tmp_path):
    result = CliRunner().invoke(cli, ["--db", "nosuchdriver://x/y", "meetings"])
    assert result.exit_code == 1
    assert "cannot open database" in result.output


def test_missing_database_is_not_created(tmp_path):
    missing = tmp_path / "none.db"
    result = CliRunner().invoke(cli, ["--db", str(missing), "meetings"])
    assert result.exit_code == 1
    assert "no database at" in result.output
    assert not missing.exists()


def test_export_of_unknown_file_fails(db):
    result = CliRunner().invoke(cli, ["--db", db, "export", "--file", "nothing.pdf"])
    assert result.exit_code == 1
    assert "no loaded document named nothing.pdf" in result.output


def test_actions_pages_a_table_and_says_what_is_left(db):
    result = run(db, "actions", "--limit", "1")
    assert result.exit_code == 0
    assert "Survey the broken lamps" in result.stdout and "Run a youth outreach" not in result.stdout
    assert "Showed rows 1-1 of 4; 3 more not shown" in result.stderr and "--offset 1" in result.stderr
    last = run(db, "actions", "--limit", "2", "--offset", "2")
    assert "Run a youth outreach" in last.stdout and last.stderr == ""
    past = run(db, "actions", "--offset", "9")
    assert past.exit_code == 0 and "past the last of 4 rows" in past.stderr


def test_actions_json_and_csv_are_whole_unless_limited(db):
    assert len(json.loads(run(db, "actions", "--json").stdout)) == 4
    assert len(list(csv.DictReader(io.StringIO(run(db, "actions", "--csv").stdout)))) == 4
    page = run(db, "actions", "--json", "--limit", "2", "--offset", "1")
    assert [row["source"] for row in json.loads(page.stdout)] == ["minutes", "plan"]
    assert "1 more not shown" in page.stderr
    assert len(json.loads(run(db, "actions", "--json", "--limit", "0").stdout)) == 4
    assert CliRunner().invoke(cli, ["--db", db, "actions", "--limit", "-1"]).exit_code == 2


def test_actions_by_owner_show_the_owner_that_matched(db):
    table = run(db, "actions", "--owner", "Police")
    assert "owner" in table.stdout and "Riverside Police" in table.stdout
    rows = json.loads(run(db, "actions", "--owner", "Bramble", "--json").stdout)
    assert [(row["owner"], row["owners"]) for row in rows] == [("Alice Bramble", ["Alice Bramble", "Riverside Police"])]
