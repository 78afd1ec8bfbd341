"""The web interface without a browser: SQL functions, document route, metadata, read-only."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

pytest.importorskip("datasette")

from datasette.utils.testing import TestClient as DatasetteClient
from webfixtures import NOT_A_DOCUMENT, build_sample_database

from minutebook.cli import cli
from minutebook.store import Store
from minutebook.store.queries import get_person, list_actions
from minutebook.web import functions
from minutebook.web.documents import document_url, read_document
from minutebook.web.metadata import build_metadata, load_template, read_schema
from minutebook.web.server import build_datasette, check_database, settle_database

DB = "minutes"  # Datasette names the database after the file


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_database(tmp_path_factory.mktemp("web"))


@pytest.fixture(scope="module")
def client(sample_db: Path) -> DatasetteClient:
    return DatasetteClient(build_datasette(sample_db))


def _documents(database: Path) -> dict[str, tuple[int, str]]:
    with sqlite3.connect(database) as connection:
        return {name: (id_, path) for id_, name, path in connection.execute(
            "SELECT id, file_name, path FROM documents WHERE status = 'loaded'")}


# --- SQL functions -----------------------------------------------------------------


@pytest.fixture
def connection(sample_db: Path):
    connection = sqlite3.connect(f"file:{sample_db}?mode=ro", uri=True)
    functions.register_functions(connection, str(sample_db), immutable=False)
    yield connection
    connection.close()


@pytest.mark.parametrize("owner", ["Kirsty Waller", "KW", "Ms Waller", "Kirsty Waler", "kirsty waller"])
def test_owner_function_matches_the_cli_path(connection, sample_db, owner):
    found = json.loads(connection.execute("SELECT minutebook_owner_actions(?)", (owner,)).fetchone()[0])
    with Store(str(sample_db)) as store:
        expected = list_actions(store, owner=owner)
    assert found, owner
    assert [(row["source"], row["id"], row["owner"]) for row in found] == [
        (row.source, row.record_id, row.owner) for row in expected
    ]
    assert {row["owner"] for row in found} == {"Kirsty Waller"}
    assert all(row["file"] and row["document_id"] for row in found)


def test_owner_function_reads_as_rows_with_json_each(connection):
    rows = connection.execute(
        "SELECT json_extract(value, '$.text'), json_extract(value, '$.page') "
        "FROM json_each(minutebook_owner_actions('KW'))"
    ).fetchall()
    assert rows and all(isinstance(page, int) for _text, page in rows)


@pytest.mark.parametrize("owner", ["", "   ", None, 42, "Karen Waller", "x" * 500])
def test_owner_function_finds_nothing_for_no_name(connection, owner):
    assert connection.execute("SELECT minutebook_owner_actions(?)", (owner,)).fetchone()[0] == "[]"


def test_person_function(connection, sample_db):
    with Store(str(sample_db)) as store:
        expected = get_person(store, "Kirsty Waller").id
    for name in ("Kirsty Waller", "Ms Waller", str(expected)):
        assert connection.execute("SELECT minutebook_person_id(?)", (name,)).fetchone()[0] == expected
    for name in ("Nobody Atall", "", None):
        assert connection.execute("SELECT minutebook_person_id(?)", (name,)).fetchone()[0] is None


def test_match_function_translates_like_search(connection):
    assert connection.execute("SELECT minutebook_match('domestic abuse')").fetchone()[0] == (
        '("domestic" AND "abuse")'
    )
    for query in ("", "-only", "   "):
        assert connection.execute("SELECT minutebook_match(?)", (query,)).fetchone()[0] is None
    hits = connection.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH minutebook_match('abused OR \"farm watch')"
    ).fetchone()[0]
    assert hits > 0


def test_plugin_imports_no_spacy():
    code = "import sys, minutebook.web.plugin, minutebook.web.server; print('spacy' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


# --- Metadata ---------------------------------------------------------------------


def test_metadata_lists_only_what_exists(sample_db):
    schema = read_schema(sample_db)
    metadata = build_metadata(DB, schema)
    database = metadata["databases"][DB]
    assert set(database["tables"]) <= set(schema)
    assert {"v_actions", "v_resolutions", "search_records", "meetings"} <= set(database["tables"])
    assert "votes_by_person" not in database["queries"]  # no votes tables in this database
    assert all("requires" not in query for query in database["queries"].values())
    fewer = {name: columns for name, columns in schema.items() if name not in ("v_people", "v_actions")}
    trimmed = build_metadata(DB, fewer)["databases"][DB]
    assert "v_people" not in trimmed["tables"]
    assert "overdue_actions" not in trimmed["queries"] and "actions_by_owner" in trimmed["queries"]


def test_votes_query_appears_once_its_tables_exist(sample_db):
    schema = read_schema(sample_db) | {
        "votes": {"id", "meeting_id", "item_key", "motion", "result", "page"},
        "vote_positions": {"id", "vote_id", "side", "name", "person_id"},
    }
    assert "votes_by_person" in build_metadata(DB, schema)["databases"][DB]["queries"]
    schema["vote_positions"] = {"id", "vote_id", "side", "name"}  # a different shape: not offered
    assert "votes_by_person" not in build_metadata(DB, schema)["databases"][DB]["queries"]


def test_every_table_in_the_template_is_a_known_table_or_view():
    from minutebook.models import Base
    from minutebook.store.views import _VIEWS

    known = set(Base.metadata.tables) | set(_VIEWS) | {"search_index"}
    assert set(load_template()["database"]["tables"]) <= known


def test_internal_tables_are_hidden(client):
    tables = {table["name"]: table for table in client.get(f"/{DB}.json").json["tables"]}
    for name in ("minutebook_info", "person_overrides", "search_index", "person_links"):
        assert tables[name]["hidden"], name
    assert not tables["meetings"]["hidden"]
    assert "minutebook_info" not in client.get(f"/{DB}").text


@pytest.mark.parametrize("query", sorted(load_template()["database"]["queries"]))
def test_every_canned_query_runs(client, sample_db, query):
    if query not in build_metadata(DB, read_schema(sample_db))["databases"][DB]["queries"]:
        pytest.skip(f"{query} needs tables this database lacks")
    response = client.get(f"/{DB}/{query}.json?owner=KW&name=Kirsty+Waller&topic=domestic+abuse"
                          "&query=domestic+abuse&date=2019-03-11")
    assert response.status == 200, response.text
    assert response.json["ok"], response.json.get("error")
    assert response.json["rows"], query


def test_canned_query_answers(client):
    owner = client.get(f"/{DB}/actions_by_owner.json?owner=Ms+Waller&_shape=array").json
    assert owner and {row["owner"] for row in owner} == {"Kirsty Waller"}
    person = client.get(f"/{DB}/person_record.json?name=Kirsty+Waller&_shape=array").json
    assert {"attended", "action"} <= {row["what"] for row in person}
    assert [row["meeting_date"] for row in person] == sorted(row["meeting_date"] for row in person)
    topic = client.get(f"/{DB}/resolutions_by_topic.json?topic=DOMESTIC+ABUSE&_shape=array").json
    assert topic and all("domestic abuse" in row["topics"] for row in topic)
    meeting = client.get(f"/{DB}/meeting.json?date=2019-03-11&_shape=array").json
    assert {"attended", "item", "resolution", "action"} <= {row["record"] for row in meeting}
    overdue = client.get(f"/{DB}/overdue_actions.json?_shape=array").json
    assert overdue and all(row["due"] < "2026-01-01" or row["days_overdue"] > 0 for row in overdue)


def test_year_facet_and_full_text_search(client):
    every = client.get(f"/{DB}/v_actions.json?_facet_year=meeting_date").json["facet_results"]["meeting_date"]
    assert every["type"] == "year" and {"2018", "2019", "2020"} <= {value["value"] for value in every["results"]}
    page = client.get(f"/{DB}/v_actions.json?_facet_year=meeting_date&meeting_date__startswith=2019").json
    assert [value["selected"] for value in page["facet_results"]["meeting_date"]["results"]] == [True]
    assert page["rows"] and all(row[1].startswith("2019") for row in page["rows"])
    found = client.get(f"/{DB}/search_records.json?_search=abused&_shape=array").json
    assert found and any("abuse" in row["text"].lower() for row in found)


def test_list_facet_counts_and_selects_single_topics(client):
    page = client.get(f"/{DB}/v_resolutions.json?_shape=objects").json
    counts = {value["value"]: value["count"] for value in page["facet_results"]["topics"]["results"]}
    assert counts["domestic abuse"] >= 2 and not any("; " in topic for topic in counts)
    chosen = client.get(f"/{DB}/v_resolutions.json?_shape=objects&_listed_topics=domestic+abuse").json
    assert len(chosen["rows"]) == counts["domestic abuse"]
    assert all("domestic abuse" in row["topics"].split("; ") for row in chosen["rows"])
    both = client.get(f"/{DB}/v_resolutions.json?_shape=objects&_listed_topics=domestic+abuse"
                      "&_listed_topics=violent+crime").json["rows"]
    assert both and all({"domestic abuse", "violent crime"} <= set(row["topics"].split("; ")) for row in both)
    # Part of a topic is not the topic; unknown columns and odd values change nothing or find nothing.
    assert client.get(f"/{DB}/v_resolutions.json?_listed_topics=abuse").json["rows"] == []
    assert client.get(f"/{DB}/v_resolutions.json?_listed_topics=%25").json["rows"] == []
    assert client.get(f"/{DB}/v_resolutions.json?_listed_topics=x%27)%20OR%201=1--").json["rows"] == []
    every = client.get(f"/{DB}/v_resolutions.json").json["rows"]
    assert client.get(f"/{DB}/v_resolutions.json?_listed_no%20such=x").json["rows"] == every


# --- Documents ----------------------------------------------------------------------


def test_rows_link_to_their_document_page(client, sample_db):
    documents = _documents(sample_db)
    html = client.get(f"/{DB}/v_actions").text
    document_id, _path = documents["fernbridge-csp-2018-06-07.pdf"]
    assert f'href="/-/document/{DB}/{document_id}/fernbridge-csp-2018-06-07.pdf#page=2"' in html
    owner = client.get(f"/{DB}/actions_by_owner?owner=KW").text
    assert f"/-/document/{DB}/{document_id}/fernbridge-csp-2018-06-07.pdf#page=" in owner
    listing = client.get(f"/{DB}/documents").text
    assert f'href="/-/document/{DB}/{document_id}/fernbridge-csp-2018-06-07.pdf"' in listing


def test_document_route_serves_loaded_documents(client, sample_db):
    for name, (document_id, path) in _documents(sample_db).items():
        response = client.get(document_url("/", DB, document_id, name))
        assert response.status == 200, name
        assert response.body == Path(path).read_bytes()
        assert response.headers["x-content-type-options"] == "nosniff"
        if name.endswith(".pdf"):
            assert response.headers["content-type"] == "application/pdf"
        else:
            assert response.headers["content-security-policy"] == "sandbox"


@pytest.mark.parametrize("path", [
    "/-/document/{db}/{id}/other-name.pdf",
    "/-/document/{db}/999999/fernbridge-csp-2018-06-07.pdf",
    "/-/document/nosuchdb/{id}/fernbridge-csp-2018-06-07.pdf",
    "/-/document/{db}/{id}/..%2F..%2F..%2Fetc%2Fpasswd",
    "/-/document/{db}/{id}/%2E%2E%2Fminutes.db",
    "/-/document/{db}/{id}/../../minutes.db",
    "/-/document/{db}/{id}/" + NOT_A_DOCUMENT,
    "/-/document/{db}/{id}/",
    "/-/document/{db}/-1/x.pdf",
    "/-/document/{db}/{id}",
    "/-/document/",
])
def test_document_route_refuses_everything_else(client, sample_db, path):
    document_id, _ = _documents(sample_db)["fernbridge-csp-2018-06-07.pdf"]
    response = client.get(path.format(db=DB, id=document_id), follow_redirects=True)
    assert response.status == 404, (path, response.status)
    assert b"%PDF" not in response.body and b"root:" not in response.body


def test_read_document_refuses_changed_failed_and_missing_files(tmp_path):
    file = tmp_path / "a.pdf"
    file.write_bytes(b"%PDF-1.4 loaded")
    import hashlib

    row = {"path": str(file), "file_name": "a.pdf", "status": "loaded",
           "sha256": hashlib.sha256(file.read_bytes()).hexdigest()}
    assert read_document(row, "a.pdf") is not None
    assert read_document(row, "b.pdf") is None
    assert read_document(None, "a.pdf") is None
    assert read_document(row | {"status": "failed"}, "a.pdf") is None
    assert read_document(row | {"sha256": None}, "a.pdf") is None
    file.write_bytes(b"%PDF-1.4 changed since")
    assert read_document(row, "a.pdf") is None
    file.unlink()
    assert read_document(row, "a.pdf") is None
    (tmp_path / "dir.pdf").mkdir()
    assert read_document(row | {"path": str(tmp_path / "dir.pdf"), "file_name": "dir.pdf"}, "dir.pdf") is None


def test_document_url_quotes_names():
    assert document_url("/", "db", 3, "a b#c?.pdf", 4) == "/-/document/db/3/a%20b%23c%3F.pdf#page=4"
    assert document_url("/base/", "db", 3, "x.pdf") == "/base/-/document/db/3/x.pdf"


# --- Read-only ----------------------------------------------------------------------


WRITES = [
    "DELETE FROM documents",
    "UPDATE people SET name = 'x'",
    "WITH x AS (SELECT 1) DELETE FROM documents",
    "WITH x AS (SELECT 1) INSERT INTO bodies (name) SELECT 'x' FROM x",
    "CREATE TABLE hacked (id)",
    "ATTACH DATABASE '/tmp/x.db' AS x",
    "PRAGMA journal_mode = DELETE",
]


@pytest.mark.parametrize("sql", WRITES)
def test_sql_that_writes_is_refused(client, sample_db, sql):
    before = sample_db.read_bytes()
    response = client.get(f"/{DB}.json?sql={quote(sql)}")
    assert not response.json["ok"], sql
    for target in (f"/{DB}", f"/{DB}/actions_by_owner", f"/{DB}/documents"):
        assert client.post(target, post_data={"sql": sql, "owner": "KW"}).status >= 400
    assert sample_db.read_bytes() == before
    assert "hacked" not in {table["name"] for table in client.get(f"/{DB}.json").json["tables"]}


def test_database_file_is_not_offered_for_download(client):
    assert client.get(f"/{DB}.db").status == 403


def test_database_is_served_immutable(client):
    databases = client.get("/-/databases.json").json
    assert [(database["name"], database["is_mutable"]) for database in databases] == [(DB, False)]


def test_settle_database_folds_a_write_ahead_log(tmp_path):
    database = tmp_path / "w.db"
    writer = sqlite3.connect(database)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES (1)")
    writer.commit()
    assert (tmp_path / "w.db-wal").stat().st_size > 0
    assert settle_database(database)
    writer.close()
    reader = sqlite3.connect(f"file:{database}?immutable=1", uri=True)
    assert reader.execute("SELECT x FROM t").fetchall() == [(1,)]
    reader.close()


# --- The command --------------------------------------------------------------------


def test_serve_help():
    result = CliRunner().invoke(cli, ["serve", "-h"])
    assert result.exit_code == 0 and "read-only" in result.output


def test_serve_refuses_urls_missing_files_and_other_databases(tmp_path):
    result = CliRunner().invoke(cli, ["--db", "postgresql+psycopg://u@127.0.0.1:1/db", "serve"])
    assert result.exit_code != 0 and "cannot copy" in result.output
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "a.db"), "serve", "--snapshot", str(tmp_path / "b.db")])
    assert result.exit_code != 0 and "only with a database URL" in result.output
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "serve"])
    assert result.exit_code != 0 and "no database" in result.output
    assert not (tmp_path / "none.db").exists()
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.close()
    result = CliRunner().invoke(cli, ["--db", str(other), "serve"])
    assert result.exit_code != 0 and "not a minutebook database" in result.output
    (tmp_path / "junk.db").write_bytes(b"not sqlite at all" * 100)
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "junk.db"), "serve"])
    assert result.exit_code != 0 and "SQLite" in result.output


def test_check_database_accepts_a_minutebook_database(sample_db):
    assert check_database(sample_db) == sample_db


def test_serve_copies_a_database_url_to_a_snapshot(sample_db, tmp_path, monkeypatch):
    from minutebook.web import server

    served: list[Path] = []
    monkeypatch.setattr(server, "_serve_file", lambda path, **options: served.append(Path(path)))
    snapshot = tmp_path / "snapshot.db"
    server.serve_database(f"sqlite:///{sample_db}", snapshot=snapshot, echo=lambda text: None)
    assert served == [snapshot]
    with sqlite3.connect(snapshot) as copy, sqlite3.connect(sample_db) as original:
        for view in ("v_actions", "v_people", "v_attendance"):
            assert copy.execute(f"SELECT * FROM {view}").fetchall() == original.execute(f"SELECT * FROM {view}").fetchall()
    server.serve_database(f"sqlite:///{sample_db}", echo=lambda text: None)
    assert not served[-1].exists()  # the temporary copy goes when serving ends


def test_rows_from_two_documents_with_one_file_name_link_each_to_its_own(tmp_path):
    from minutebook.load import load_paths
    from webfixtures import SAMPLES

    text = (SAMPLES / "oldcastle-tcsf-2020-02-04.txt").read_text(encoding="utf-8")
    for folder, extra in (("north", "North copy."), ("south", "South copy.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "minutes.txt").write_text(text + "\n" + extra + "\n", encoding="utf-8")
    database = tmp_path / "twins.db"
    with Store(str(database)) as store:
        assert load_paths([tmp_path / "north", tmp_path / "south"], store, workers=1).loaded == 2
    with sqlite3.connect(database) as connection:
        documents = dict(connection.execute("SELECT path, id FROM documents"))
        action_documents = dict(connection.execute(
            "SELECT a.id, m.document_id FROM actions a JOIN meetings m ON m.id = a.meeting_id"))
    assert len(set(action_documents.values())) == 2
    client = DatasetteClient(build_datasette(database))
    html = client.get("/twins/v_actions?_size=max").text
    for action_id, document_id in action_documents.items():
        row = html[html.index(f'<td class="col-action_id type-int">{action_id}</td>'):]
        row = row[:row.index("</tr>")]
        assert f"/-/document/twins/{document_id}/minutes.txt#page=" in row
    for path, document_id in documents.items():
        assert client.get(f"/-/document/twins/{document_id}/minutes.txt").body == Path(path).read_bytes()
