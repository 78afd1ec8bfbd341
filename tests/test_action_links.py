"""Later minutes linked to the earlier actions they report on: minute references in action logs, the same
body only, the latest mention's status, `minutebook action ID`; invented minutes of one parish over three
meetings and a committee that reuses a reference."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from minutebook.cli import cli
from minutebook.store.tracking import action_number, is_reference

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


# --- Corrections by hand: `link` / `unlink`, kept across re-loads -------------------------------------

HIGHWAYS = ("2031-03-04", "Write to Highways about the pothole on Mill Lane.")
MAY_HIGHWAYS = ("2031-05-06", "Write to Highways about the Mill Lane pothole")
JULY_HIGHWAYS = ("2031-07-01", "Write to Highways about the Mill Lane pothole")
ALLOTMENTS_HIGHWAYS = ("2031-06-02", "Write to Highways about the pothole on Mill Lane.")
FENCE = ("2031-05-06", "Repair the fence by the pond")
EARLIER_ELSEWHERE = (
    'footpaths-2031-01-14.txt',
    'Minutes of the Lower Wickham Footpaths Group meeting held on 14 January 2031\n'
    '\n'
    'Present: Cllr Nadia Orchard (Chair)\n'
    '\n'
    '31/02 Mill Lane\n'
    '\n'
    'Action: Clerk to report the Mill Lane pothole to Highways.\n',
)
EARLIER = ("2031-01-14", "Report the Mill Lane pothole to Highways.")


def _id(db: str, row: tuple[str, str]) -> int:
    [found] = [a["record_id"] for a in _actions(db) if (a["date"], a["text"]) == row]
    return found


def _history(db: str, row: tuple[str, str]) -> dict:
    return json.loads(run(db, "action", str(_id(db, row)), "--json").output)


def _reload(db: str, folder: Path) -> None:
    run(db, "ingest", "--quiet", "--force", *sorted(str(path) for path in folder.iterdir()))


def _fails(db: str, *args: str) -> str:
    result = CliRunner().invoke(cli, ["--db", db, *args])
    assert result.exit_code != 0 and "Traceback" not in result.output, result.output
    return result.output


def test_a_link_by_hand_may_join_two_bodies_says_so_and_survives_reloading(db, tmp_path):
    result = run(db, "link", str(_id(db, ALLOTMENTS_HIGHWAYS)), str(_id(db, HIGHWAYS)))
    assert "by hand" in result.output and "different bodies" in result.output
    expected = set(EXPECTED_LINKS.items()) | {(ALLOTMENTS_HIGHWAYS, HIGHWAYS)}
    assert _links(db) == expected
    [entry] = [h for h in _history(db, HIGHWAYS)["history"] if h["date"] == "2031-06-02"]
    assert entry["reason"] == "user link" and entry["what"] == "mentioned" and entry["line_start"]
    mention = _history(db, ALLOTMENTS_HIGHWAYS)
    assert mention["mention_of"] == _id(db, HIGHWAYS) and mention["correction"] == "user link"
    assert "linked by hand" in run(db, "action", str(_id(db, ALLOTMENTS_HIGHWAYS))).output
    assert ALLOTMENTS_HIGHWAYS not in [(a["date"], a["text"]) for a in _actions(db, "--open")]  # history now

    old_ids = {(a["date"], a["text"]): a["record_id"] for a in _actions(db)}
    _reload(db, tmp_path / "minutes")  # in another order, so the rows come back under other ids
    assert {(a["date"], a["text"]): a["record_id"] for a in _actions(db)} != old_ids
    assert _links(db) == expected
    assert _history(db, ALLOTMENTS_HIGHWAYS)["correction"] == "user link"


def test_an_unlink_by_hand_is_kept_by_automatic_linking_across_reloads_and_undone(db, tmp_path):
    result = run(db, "unlink", str(_id(db, JULY_HIGHWAYS)))
    assert f"a mention of action {_id(db, HIGHWAYS)}" in result.output and "stays unlinked" in result.output
    unlinked = set(EXPECTED_LINKS.items()) - {(JULY_HIGHWAYS, HIGHWAYS)}
    assert _links(db) == unlinked
    assert _history(db, HIGHWAYS)["status"] == "open"  # the May mention is the latest now
    mention = _history(db, JULY_HIGHWAYS)
    assert mention["mention_of"] is None and mention["correction"] == "user unlink"
    assert mention["history"][0]["reason"] == "user unlink"
    assert "kept unlinked by hand" in run(db, "action", str(_id(db, JULY_HIGHWAYS))).output

    _reload(db, tmp_path / "minutes")
    assert _links(db) == unlinked

    result = run(db, "unlink", "--undo", str(_id(db, JULY_HIGHWAYS)))
    assert f"now a mention of action {_id(db, HIGHWAYS)}" in result.output
    assert _links(db) == set(EXPECTED_LINKS.items())
    assert _history(db, JULY_HIGHWAYS)["correction"] is None
    assert "no link or unlink by hand to undo" in _fails(db, "unlink", "--undo", str(_id(db, JULY_HIGHWAYS)))


def test_unlink_then_link_elsewhere_replaces_the_correction(db):
    mention = str(_id(db, FENCE))
    run(db, "unlink", mention)
    run(db, "link", mention, str(_id(db, HIGHWAYS)))
    assert _history(db, FENCE)["correction"] == "user link"
    assert (FENCE, HIGHWAYS) in _links(db)
    run(db, "unlink", mention)
    assert (FENCE, HIGHWAYS) not in _links(db) and _history(db, FENCE)["correction"] == "user unlink"


def test_a_link_to_a_mention_names_the_first_record_of_its_action(db):
    result = run(db, "link", str(_id(db, ALLOTMENTS_HIGHWAYS)), str(_id(db, MAY_HIGHWAYS)))
    assert f"to action {_id(db, HIGHWAYS)} (the first record of action {_id(db, MAY_HIGHWAYS)}" in result.output
    assert (ALLOTMENTS_HIGHWAYS, HIGHWAYS) in _links(db)


def test_linking_a_first_record_to_an_earlier_one_brings_its_history_along(db, tmp_path):
    name, text = EARLIER_ELSEWHERE
    run(db, "ingest", "--quiet", str(_write_one(tmp_path / "minutes", name, text)))
    run(db, "link", str(_id(db, HIGHWAYS)), str(_id(db, EARLIER)))
    history = _history(db, EARLIER)
    assert [(h["date"], h["reason"] == "user link") for h in history["history"]] == [
        ("2031-01-14", False), ("2031-03-04", True), ("2031-05-06", False), ("2031-07-01", False),
    ]
    assert history["status"] == "done"
    _reload(db, tmp_path / "minutes")
    assert [h["date"] for h in _history(db, EARLIER)["history"]] == ["2031-01-14", "2031-03-04", "2031-05-06", "2031-07-01"]
    assert _history(db, HIGHWAYS)["mention_of"] == _id(db, EARLIER)


def _write_one(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_corrections_by_hand_give_clear_errors(db):
    highways = str(_id(db, HIGHWAYS))
    assert "no action with id 999999" in _fails(db, "link", "999999", highways)
    assert "no action with id 999999" in _fails(db, "link", highways, "999999")
    assert "no action with id 999999" in _fails(db, "unlink", "999999")
    assert "cannot be linked to itself" in _fails(db, "link", highways, highways)
    assert "give the later row first" in _fails(db, "link", highways, str(_id(db, ALLOTMENTS_HIGHWAYS)))
    assert _links(db) == set(EXPECTED_LINKS.items())  # nothing changed
    swings = str(_id(db, ("2031-03-04", "Cllr Orchard agreed to obtain quotes for new swings.")))
    run(db, "link", swings, highways)  # the same meeting: allowed
    assert "would make a loop" in _fails(db, "link", highways, swings)


def test_corrections_are_kept_by_document_bytes_and_place(db):
    from sqlalchemy import select

    from minutebook.models import Document, LinkCorrection
    from minutebook.store import Store
    from minutebook.store.tracking import link_by_hand, unlink_by_hand

    with Store(db) as store:
        done = link_by_hand(store, _id(db, ALLOTMENTS_HIGHWAYS), _id(db, HIGHWAYS))
        assert done.across_bodies and done.action_id == done.asked_id
        undone = unlink_by_hand(store, _id(db, JULY_HIGHWAYS))
        assert (undone.before, undone.after) == (_id(db, HIGHWAYS), None)
        with store.session() as session:
            shas = {name: sha for name, sha in session.execute(select(Document.file_name, Document.sha256))}
            kept = session.execute(select(
                LinkCorrection.kind, LinkCorrection.mention_sha256, LinkCorrection.target_sha256,
                LinkCorrection.mention_line_start,
            ).order_by(LinkCorrection.id)).all()
    assert [(kind, mention, action) for kind, mention, action, _ in kept] == [
        ("link", shas["allotments-2031-06-02.txt"], shas["parish-2031-03-04.txt"]),
        ("unlink", shas["parish-2031-07-01.txt"], None),
    ]
    assert all(line_start for *_, line_start in kept)


# --- Numbered actions: "Action 23/14", "Action 2.01" -------------------------------------------------

NUMBERED = {
    'hall-2032-02-02.txt': (
        'Minutes of the Upper Fenwick Village Hall Committee meeting held on 2 February 2032\n\n'
        'Present: Cllr Rhona Pettigrew (Chair), Cllr Owen Tallis\n\n3 Building\n\nThe hall needs new chairs.\n\n'
        'Action log\n\nAction\tOwner\tDue\tStatus\n'
        'Action 2.01 Obtain three quotes for new chairs\tOT\t1 April 2032\tOpen\n'
        'Action 2.02 Check the boiler service date\tRP\t-\tOpen\n'
        'Action 3.5 million grant bid to be drafted\tRP\t-\tOpen\n'
    ),
    'hall-2032-04-05.txt': (
        'Minutes of the Upper Fenwick Village Hall Committee meeting held on 5 April 2032\n\n'
        'Present: Cllr Rhona Pettigrew (Chair), Cllr Owen Tallis\n\n2 Action log\n\n'
        'Action\tOwner\tStatus\n'
        'Action 2.01 quotes for chairs\tOT\tComplete\n'
        'Action 2.02 boiler service\tRP\tCarried forward\n'
        'Action 2.03 paint the porch\tOT\tOpen\n'
    ),
    'tennis-2032-03-01.txt': (
        'Minutes of the Upper Fenwick Tennis Club Committee meeting held on 1 March 2032\n\n'
        'Present: Cllr Rhona Pettigrew (Chair)\n\n2 Action log\n\n'
        'Action\tOwner\tStatus\n'
        'Action 2.01 Obtain three quotes for new chairs\tRP\tOpen\n'
    ),
}


def test_a_numbered_action_links_later_rows_that_name_it_in_the_same_body_only(tmp_path):
    folder = tmp_path / "numbered"
    folder.mkdir()
    for name, text in NUMBERED.items():
        (folder / name).write_text(text, encoding="utf-8")
    db = str(tmp_path / "numbered.db")
    run(db, "ingest", "--quiet", str(folder))
    assert _links(db) == {
        (("2032-04-05", "Action 2.01 quotes for chairs"), ("2032-02-02", "Action 2.01 Obtain three quotes for new chairs")),
        (("2032-04-05", "Action 2.02 boiler service"), ("2032-02-02", "Action 2.02 Check the boiler service date")),
    }
    record = _history(db, ("2032-02-02", "Action 2.01 Obtain three quotes for new chairs"))
    assert record["status"] == "done" and "the same numbered action 2.01" in record["history"][1]["reason"]


@pytest.mark.parametrize(("text", "number"), [
    ("Action 23/14 carried forward", "23/14"), ("Action 2.01: Clerk to write", "2.01"),
    ("ACTION POINT 4.3 done", "4.3"), ("Action no. 12/03 ongoing", "12/03"),
    ("Action 5 done", None), ("Actions 2.01 and 2.02", None), ("action 3.5 million grant bid", None),
    ("action by 12/05/2031", None), ("Action 12/05/2031", None), ("Section 2.01 of the lease", None),
    ("a transaction 2.01 was queried", None), ("Action 2031", None), ("Action 2.5% rise", None), (None, None),
])
def test_only_an_action_number_in_parts_is_a_numbered_action(text, number):
    assert action_number(text) == number


@pytest.mark.parametrize("reverse", [False, True])
def test_a_hand_link_across_bodies_survives_a_reload_in_any_order(db, tmp_path, reverse):
    # Workers store files in the order they finish: the earlier body's record may be stored again after the later
    # body's rows, which must still find the whole history (one worker, files given in both orders, makes it certain).
    name, text = EARLIER_ELSEWHERE
    run(db, "ingest", "--quiet", str(_write_one(tmp_path / "minutes", name, text)))
    run(db, "link", str(_id(db, HIGHWAYS)), str(_id(db, EARLIER)))
    files = sorted(str(path) for path in (tmp_path / "minutes").iterdir())
    run(db, "ingest", "--quiet", "--force", "--workers", "1", *(reversed(files) if reverse else files))
    assert [h["date"] for h in _history(db, EARLIER)["history"]] == ["2031-01-14", "2031-03-04", "2031-05-06", "2031-07-01"]
