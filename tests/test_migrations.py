"""Schema migrations: a database made by the release before migrations upgrades in place, losing nothing.

`data/release-before-migrations.db` was made by that release (`minutebook
ingest samples/` with the code of the main branch before votes), and is
copied before each test so the fixture itself never changes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from click.testing import CliRunner
from sqlalchemy import create_engine, inspect, text

from minutebook.cli import cli
from minutebook.errors import StoreError
from minutebook.models import Base
from minutebook.store import Store, upgrade_database
from minutebook.store.export import export_documents
from minutebook.store.migrations import BASELINE_REVISION, TABLES_ADDED_BY_REVISIONS, head_revision
from minutebook.store.schema import SCHEMA_VERSION

RELEASE_DB = Path(__file__).resolve().parent / "data" / "release-before-migrations.db"


@pytest.fixture
def release_db(tmp_path: Path) -> Path:
    path = tmp_path / "release.db"
    shutil.copyfile(RELEASE_DB, path)
    return path


def _engine_url(target: str) -> str:
    return target if "://" in target else f"sqlite:///{target}"


def _drop_agenda_requests(connection) -> None:
    """Take away what revision 0008 adds (agenda requests and their links, and the view over them), as a
    database of an earlier revision lacks them."""
    connection.execute(text("DROP VIEW v_request_history"))
    connection.execute(text("DROP TABLE agenda_request_links"))
    connection.execute(text("DROP TABLE agenda_requests"))


def _rows_by_table(target: str) -> dict[str, list[tuple]]:
    """Every row of every minutebook table, in id order."""
    engine = create_engine(_engine_url(target))
    try:
        with engine.connect() as connection:
            tables = [t for t in inspect(connection).get_table_names() if t in Base.metadata.tables]
            return {
                table: [tuple(row) for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
                for table in tables
            }
    finally:
        engine.dispose()


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_opening_a_release_database_names_the_upgrade_command_and_changes_nothing(release_db):
    before = _digest(release_db)
    with pytest.raises(StoreError) as raised:
        Store(str(release_db))
    assert f"minutebook --db {release_db} upgrade" in str(raised.value)
    assert "nothing in it was changed" in str(raised.value)
    assert _digest(release_db) == before


def test_cli_query_on_a_release_database_says_to_upgrade(release_db):
    result = CliRunner().invoke(cli, ["--db", str(release_db), "meetings"])
    assert result.exit_code != 0
    assert "upgrade" in result.output and "Traceback" not in result.output


def test_upgrade_keeps_every_row_and_adds_the_votes_tables_and_action_status(release_db):
    rows_before = _rows_by_table(str(release_db))

    result = CliRunner().invoke(cli, ["--db", str(release_db), "upgrade"])

    assert result.exit_code == 0, result.output
    assert "from before migrations to" in result.output
    rows_after = _rows_by_table(str(release_db))
    for table, rows in rows_before.items():
        if table == "minutebook_info":
            continue  # its schema number moves on
        width = len(rows[0]) if rows else 0  # columns a revision adds come after the old ones
        assert [row[:width] for row in rows_after[table]] == rows, table
    assert set(rows_after) - set(rows_before) == TABLES_ADDED_BY_REVISIONS
    # actions.status, then actions.sub_item (empty until the documents are read again)
    assert rows_after["actions"] and {row[-2:] for row in rows_after["actions"]} == {("open", None)}
    with Store(str(release_db)) as store:
        documents = list(export_documents(store))
    assert len(documents) == len(rows_before["documents"])
    assert all(document["votes"] == [] for document in documents)


def _not_the_search_index(difference) -> bool:
    """The FTS5 tables are made by hand (store/schema.py), not by a model."""
    return not (difference[0] == "remove_table" and difference[1].name.startswith("search_index"))


@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_upgraded_database_matches_the_models(release_db):
    upgrade_database(str(release_db))
    engine = create_engine(_engine_url(str(release_db)))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection)
            assert context.get_current_revision() == head_revision()
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert [d for d in differences if _not_the_search_index(d)] == []


def test_upgrade_twice_is_a_no_op(release_db):
    first = upgrade_database(str(release_db))
    second = upgrade_database(str(release_db))
    assert (first.before, first.after) == (None, head_revision())
    assert not second.changed


def test_upgraded_database_loads_votes(release_db, make_document, tmp_path):
    upgrade_database(str(release_db))
    minutes = tmp_path / "council-2031-05-04.txt"
    minutes.write_text(
        "Minutes of the Parish Council meeting held on 4 May 2031\n\n#### 5. Grants\n\n"
        "Proposed by Cllr Ashby, seconded by Cllr Brant, that the grant be paid. The motion was carried (For 6, Against 1).\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["--db", str(release_db), "ingest", "--quiet", str(minutes)])
    assert result.exit_code == 0, result.output
    with Store(str(release_db)) as store:
        [document] = [d for d in export_documents(store) if d["file"] == minutes.name]
    assert [(v["result"], v["counts"]["for"], v["counts"]["against"]) for v in document["votes"]] == [("carried", 6, 1)]


def test_a_database_from_a_newer_minutebook_is_refused(db_url):
    Store(db_url).close()
    engine = create_engine(_engine_url(db_url))
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="newer minutebook"):
        Store(db_url)
    with pytest.raises(StoreError, match="newer minutebook"):
        upgrade_database(db_url)


def test_new_database_is_stamped_at_the_newest_revision(db_url):
    Store(db_url).close()
    engine = create_engine(_engine_url(db_url))
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()
    engine.dispose()
    assert not upgrade_database(db_url).changed


def test_release_schema_upgrades_on_each_backend(db_url):
    """A database as that release left it (no votes tables, no action status, no migration stamp, schema
    number 1)."""
    with Store(db_url) as store:
        with store.engine.begin() as connection:
            connection.execute(text("DROP VIEW v_votes"))  # that release had no such view
            connection.execute(text("DROP TABLE vote_positions"))
            connection.execute(text("DROP TABLE votes"))
            connection.execute(text("DROP VIEW v_actions"))  # it reads the status column, which that release lacked
            connection.execute(text("DROP VIEW v_action_history"))
            connection.execute(text("DROP TABLE action_updates"))
            _drop_agenda_requests(connection)
            connection.execute(text("DROP TABLE link_corrections"))
            connection.execute(text("DROP TABLE action_links"))
            connection.execute(text("DROP INDEX ix_actions_status"))
            connection.execute(text("ALTER TABLE actions DROP COLUMN status"))
            connection.execute(text("ALTER TABLE actions DROP COLUMN sub_item"))
            connection.execute(text("DROP TABLE alembic_version"))
            connection.execute(text("UPDATE minutebook_info SET value = '1'"))
    with pytest.raises(StoreError, match="upgrade"):
        Store(db_url)

    done = upgrade_database(db_url)

    assert (done.before, done.after) == (None, head_revision())
    with Store(db_url) as store:
        assert set(TABLES_ADDED_BY_REVISIONS) <= set(inspect(store.engine).get_table_names())
        with store.engine.connect() as connection:
            assert connection.execute(text("SELECT value FROM minutebook_info")).scalar() == str(SCHEMA_VERSION)


def test_a_database_older_than_the_baseline_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "older.db"
    engine = create_engine(_engine_url(str(path)))
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE documents (id INTEGER PRIMARY KEY, path VARCHAR(2000), status VARCHAR(16))"))
        connection.execute(text("INSERT INTO documents (id, path, status) VALUES (1, '/old/minutes.pdf', 'loaded')"))
    engine.dispose()

    with pytest.raises(StoreError, match="lacks what this one needs"):
        upgrade_database(str(path))

    assert list(_rows_by_table(str(path))) == ["documents"]
    assert _rows_by_table(str(path))["documents"] == [(1, "/old/minutes.pdf", "loaded")]


def test_baseline_is_the_first_revision():
    from alembic.script import ScriptDirectory

    from minutebook.store.migrations import migration_config

    script = ScriptDirectory.from_config(migration_config())
    assert script.get_base() == BASELINE_REVISION


def test_a_database_at_revision_0002_gains_action_status_and_links(db_path, tmp_path):
    """A database made by the votes release (revision 0002): its actions become `open`, then re-reading
    the minutes gives the status they state."""
    minutes = tmp_path / "parish-2031-06-03.txt"
    minutes.write_text(
        "Minutes of the Parish Council meeting held on 3 June 2031\n\nPresent: Cllr Nadia Orchard\n\n"
        "#### 4. Action log\n\nAction\tOwner\tDue\tStatus\n"
        "Order the new noticeboard\tCllr Orchard\t30 June 2031\tComplete\n",
        encoding="utf-8",
    )
    assert CliRunner().invoke(cli, ["--db", db_path, "ingest", "--quiet", str(minutes)]).exit_code == 0
    engine = create_engine(_engine_url(db_path))
    with engine.begin() as connection:
        connection.execute(text("DROP VIEW v_actions"))  # the views read actions; made again by the upgrade
        connection.execute(text("DROP VIEW v_action_history"))
        connection.execute(text("DROP TABLE action_updates"))
        _drop_agenda_requests(connection)
        connection.execute(text("DROP TABLE link_corrections"))
        connection.execute(text("DROP TABLE action_links"))
        connection.execute(text("DROP INDEX ix_actions_status"))
        connection.execute(text("ALTER TABLE actions DROP COLUMN status"))
        connection.execute(text("ALTER TABLE actions DROP COLUMN sub_item"))
        connection.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    engine.dispose()
    with pytest.raises(StoreError, match="schema revision 0002"):
        Store(db_path)

    done = upgrade_database(db_path)

    assert (done.before, done.after) == ("0002", head_revision())
    with Store(db_path) as store:
        [document] = export_documents(store)
    assert [(a["text"], a["status"]) for a in document["actions"]] == [("Order the new noticeboard", "open")]
    result = CliRunner().invoke(cli, ["--db", db_path, "ingest", "--quiet", "--force", str(minutes)])
    assert result.exit_code == 0, result.output
    with Store(db_path) as store:
        [document] = export_documents(store)
    assert [(a["text"], a["status"]) for a in document["actions"]] == [("Order the new noticeboard", "done")]


def test_a_database_at_revision_0004_gains_the_table_of_corrections_by_hand(db_path, tmp_path):
    """A database made by the action-links release (revision 0004): it gains the table that keeps `link` and
    `unlink` by hand, empty, and keeps its actions and their links."""
    minutes = tmp_path / "parish-2031-06-03.txt"
    minutes.write_text(
        "Minutes of the Parish Council meeting held on 3 June 2031\n\nPresent: Cllr Nadia Orchard\n\n"
        "#### 4. Action log\n\nAction\tOwner\tDue\tStatus\n"
        "Order the new noticeboard\tCllr Orchard\t30 June 2031\tComplete\n",
        encoding="utf-8",
    )
    assert CliRunner().invoke(cli, ["--db", db_path, "ingest", "--quiet", str(minutes)]).exit_code == 0
    engine = create_engine(_engine_url(db_path))
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE actions DROP COLUMN sub_item"))
        connection.execute(text("DROP TABLE link_corrections"))
        connection.execute(text("DROP TABLE action_updates"))
        _drop_agenda_requests(connection)
        connection.execute(text("UPDATE alembic_version SET version_num = '0004'"))
    engine.dispose()
    rows_before = _rows_by_table(db_path)
    with pytest.raises(StoreError, match="schema revision 0004"):
        Store(db_path)

    done = upgrade_database(db_path)

    assert (done.before, done.after) == ("0004", head_revision())
    rows_after = _rows_by_table(db_path)
    assert rows_after.pop("link_corrections") == []
    assert rows_after.pop("action_updates") == []
    assert rows_after.pop("agenda_requests") == rows_after.pop("agenda_request_links") == []
    rows_after["actions"] = [row[:-1] for row in rows_after["actions"]]  # actions.sub_item (0007), empty
    assert rows_after == rows_before
    with Store(db_path) as store:
        [document] = export_documents(store)
    assert [(a["text"], a["status"]) for a in document["actions"]] == [("Order the new noticeboard", "done")]


def test_a_database_at_revision_0006_gains_sub_items_and_update_corrections(db_path, tmp_path):
    """A database made by the action-updates release (revision 0006): its actions gain an empty sub-item,
    its corrections by hand are kept as corrections of action rows, and re-reading fills the sub-item."""
    minutes = tmp_path / "parish-2031-06-03.txt"
    minutes.write_text(
        "Minutes of the Parish Council meeting held on 3 June 2031\n\nPresent: Cllr Nadia Orchard\n\n"
        "12. Any other business\n\ni) Rubbish bags left by the old mill. Clerk to write to the district.\n",
        encoding="utf-8",
    )
    assert CliRunner().invoke(cli, ["--db", db_path, "ingest", "--quiet", str(minutes)]).exit_code == 0
    engine = create_engine(_engine_url(db_path))
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE actions DROP COLUMN sub_item"))
        connection.execute(text("DROP TABLE link_corrections"))
        connection.execute(text(  # as revision 0005 made it
            "CREATE TABLE action_overrides (id INTEGER NOT NULL, mention_sha256 VARCHAR(64) NOT NULL, "
            "mention_position INTEGER NOT NULL, mention_line_start INTEGER, mention_line_end INTEGER, "
            "kind VARCHAR(16) NOT NULL, action_sha256 VARCHAR(64), action_position INTEGER, "
            "action_line_start INTEGER, action_line_end INTEGER, created_at DATETIME NOT NULL, "
            "CONSTRAINT pk_action_overrides PRIMARY KEY (id), CONSTRAINT "
            "uq_action_overrides_mention_sha256_mention_position UNIQUE (mention_sha256, mention_position))"))
        connection.execute(text(
            "INSERT INTO action_overrides (mention_sha256, mention_position, kind, created_at) "
            "VALUES ('abc', 0, 'unlink', '2031-06-04 10:00:00')"))
        _drop_agenda_requests(connection)
        connection.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    engine.dispose()

    done = upgrade_database(db_path)

    assert (done.before, done.after) == ("0006", head_revision())
    rows = _rows_by_table(db_path)
    assert rows["actions"] and {row[-1] for row in rows["actions"]} == {None}
    # (id, mention_kind, mention_sha256, mention_position, …, kind, target_sha256 …): 0007 named the kind, 0009 the table
    assert [row[1:4] + row[6:8] for row in rows["link_corrections"]] == [("action", "abc", 0, "unlink", None)]
    assert "action_overrides" not in rows
    assert CliRunner().invoke(cli, ["--db", db_path, "ingest", "--quiet", "--force", str(minutes)]).exit_code == 0
    assert {row[-1] for row in _rows_by_table(db_path)["actions"]} == {"12i"}


def test_a_database_at_revision_0008_keeps_its_corrections_by_hand_under_the_new_table_name(db_path, tmp_path):
    """Revision 0009 renames `action_overrides` (whose action_* columns named a request's agenda item too) to
    `link_corrections` with target_* columns: each correction is kept, in order, and still applies; going back
    down gives the old table with the same corrections."""
    from alembic import command

    from minutebook.store.migrations import migration_config

    # the bench rows would be linked on their own (kept apart by hand); the footpath rows would not (joined by hand)
    for day, footpath in (("2031-03-04", "walk the footpath by the mill"), ("2031-04-01", "price a new stile")):
        (tmp_path / f"parish-{day}.txt").write_text(
            f"Minutes of the Parish Council meeting held on {day}\n\nPresent: Cllr Nadia Orchard\n\n"
            "4. Village green\n\nThe Clerk to order a new bench for the green.\n\n"
            f"5. Gates\n\nCllr Orchard to {footpath}.\n",
            encoding="utf-8",
        )
    runner = CliRunner()
    assert runner.invoke(cli, ["--db", db_path, "ingest", "--quiet", str(tmp_path)]).exit_code == 0
    actions = json.loads(runner.invoke(cli, ["--db", db_path, "actions", "--json"]).output)
    ids = {(row["date"], row["text"][:12]): row["record_id"] for row in actions}
    bench_later, path_later = ids[("2031-04-01", "The Clerk to")], ids[("2031-04-01", "Cllr Orchard")]
    path_earlier = ids[("2031-03-04", "Cllr Orchard")]
    assert runner.invoke(cli, ["--db", db_path, "unlink", str(bench_later)]).exit_code == 0
    assert runner.invoke(cli, ["--db", db_path, "link", str(path_later), str(path_earlier)]).exit_code == 0
    kept = _rows_by_table(db_path)["link_corrections"]
    assert [row[6] for row in kept] == ["unlink", "link"]

    engine = create_engine(_engine_url(db_path))
    with engine.begin() as connection:
        command.downgrade(migration_config(connection), "0008")
    engine.dispose()
    engine = create_engine(_engine_url(db_path))
    with engine.connect() as connection:
        assert "link_corrections" not in inspect(connection).get_table_names()
        assert "action_sha256" in {column["name"] for column in inspect(connection).get_columns("action_overrides")}
        older = [tuple(row) for row in connection.execute(text("SELECT * FROM action_overrides ORDER BY id"))]
    engine.dispose()
    assert [row[1:] for row in older] == [row[1:] for row in kept]

    done = upgrade_database(db_path)

    assert (done.before, done.after) == ("0008", head_revision())
    assert [row[1:] for row in _rows_by_table(db_path)["link_corrections"]] == [row[1:] for row in kept]
    assert runner.invoke(cli, ["--db", db_path, "ingest", "--quiet", "--force", str(tmp_path)]).exit_code == 0
    def history(date: str, opening: str) -> list[tuple[str, str]]:
        [row] = [row for row in json.loads(runner.invoke(cli, ["--db", db_path, "actions", "--json"]).output)
                 if row["date"] == date and row["text"].startswith(opening)]
        found = json.loads(runner.invoke(cli, ["--db", db_path, "action", str(row["record_id"]), "--json"]).output)
        return [(entry["date"], entry["text"][:12]) for entry in found["history"]]

    # read again (new ids): the link by hand still joins the footpath rows, the unlink keeps the bench apart
    assert history("2031-03-04", "Cllr Orchard") == [("2031-03-04", "Cllr Orchard"), ("2031-04-01", "Cllr Orchard")]
    assert history("2031-03-04", "The Clerk to") == [("2031-03-04", "The Clerk to")]
