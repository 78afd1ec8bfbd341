from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from minutebook.cli import cli
from minutebook.extract import records as r
from minutebook.store import Store

COMMANDS = ("search", "resolutions", "people", "person", "merge", "unmerge")


@pytest.fixture
def db(tmp_path, document_info, minutes_extraction):
    path = str(tmp_path / "cli.db")
    with Store(path) as store:
        store.save_extraction(document_info("/m/minutes.pdf"), minutes_extraction)
        store.save_extraction(
            document_info("/m/later.pdf"),
            r.Extraction(
                meeting=r.Meeting(kind="minutes", body="Riverside Safety Board"),
                attendees=[r.Attendee(name="Alicia Bramble", surname="Bramble")],
            ),
        )
    return path


def run(db: str, *args: str):
    return CliRunner().invoke(cli, ["--db", db, *args])


@pytest.mark.parametrize("command", COMMANDS)
def test_help(command):
    for flag in ("-h", "--help"):
        result = CliRunner().invoke(cli, [command, flag])
        assert result.exit_code == 0 and "Usage:" in result.output


def test_search_table_json_csv(db):
    table = run(db, "search", "lamps")
    assert table.exit_code == 0 and "**lamps**" in table.output
    hits = json.loads(run(db, "search", "--json", "broken", "--in", "actions").output)
    assert [hit["item"] for hit in hits] == ["2"] and hits[0]["file"] == "minutes.pdf"
    csv = run(db, "search", "--csv", "lamps").output.splitlines()
    assert csv[0] == "date,body,record_type,item,snippet,file,page" and len(csv) == 3


def test_search_bad_query_and_bad_date(db):
    result = run(db, "search", "--", "-nothing")
    assert result.exit_code == 1 and "nothing to search for" in result.output
    result = run(db, "search", "lamps", "--from", "March")
    assert result.exit_code == 2


def test_resolutions_by_topic(db):
    rows = json.loads(run(db, "resolutions", "--json", "--topic", "Lighting").output)
    assert [row["text"] for row in rows] == ["The Board agreed to fund new lamps."]
    assert json.loads(run(db, "resolutions", "--json", "--topic", "parks").output) == []


def test_resolutions_topic_alias_from_vocabulary(db, tmp_path):
    vocabulary = tmp_path / "topics.toml"
    vocabulary.write_text('[topics.lighting]\nphrases = ["lamp"]\naliases = ["street lights"]\n')
    rows = json.loads(run(db, "resolutions", "--json", "--topics", str(vocabulary), "--topic", "street lights").output)
    assert len(rows) == 1


def test_people_person_merge_unmerge(db):
    people = json.loads(run(db, "people", "--json").output)
    names = {person["name"] for person in people}
    assert {"Alice Bramble", "Alicia Bramble", "Tom Quill"} <= names
    shown = run(db, "person", "tom quill")
    assert shown.exit_code == 0 and "Survey the broken lamps" in shown.output
    assert run(db, "person", "Nobody Here").exit_code == 1
    merged = run(db, "merge", "Alice Bramble", "Alicia Bramble")
    assert merged.exit_code == 0 and "Merged Alicia Bramble into Alice Bramble" in merged.output
    record = json.loads(run(db, "person", "--json", "Alice Bramble").output)
    assert len(record["attended"]) == 2
    undone = run(db, "unmerge", "Alicia Bramble")
    assert undone.exit_code == 0 and "Alicia Bramble" in undone.output
    record = json.loads(run(db, "person", "--json", "Alice Bramble").output)
    assert len(record["attended"]) == 1
