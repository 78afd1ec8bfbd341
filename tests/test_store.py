"""The store's write path: one transaction per document, failures kept apart."""

from __future__ import annotations

import pytest
from sqlalchemy import func, inspect, select

from minutebook.errors import StoreError
from minutebook.models import Action, Agency, Attendance, Document, LoadError, Meeting, RecordTopic
from minutebook.store import Store
from minutebook.store import save as save_module
from minutebook.store.export import load_extraction


def count(store: Store, model) -> int:
    with store.session() as session:
        return session.scalar(select(func.count()).select_from(model))


@pytest.fixture
def store(db_url, without_linking_or_search):
    # Person linking and search indexing have their own tests; here the write
    # path is tested alone (test_save_with_linking_and_search runs them all).
    store = Store(db_url)
    yield store
    store.close()


def test_save_with_linking_and_search(db_url, document_info, minutes_extraction, plan_extraction):
    with Store(db_url) as store:
        store.save_extraction(document_info("/m/a.pdf"), minutes_extraction)
        store.save_extraction(document_info("/m/a.pdf", sha256="e" * 64), minutes_extraction)
        document_id = store.save_extraction(document_info("/p/plan.pdf"), plan_extraction)
        with store.session() as session:
            assert load_extraction(session, document_id) == plan_extraction


def test_save_then_load_gives_back_the_extraction(store, document_info, minutes_extraction):
    document_id = store.save_extraction(document_info("/minutes/a.pdf"), minutes_extraction)
    with store.session() as session:
        assert load_extraction(session, document_id) == minutes_extraction


def test_plan_round_trip_keeps_lead_and_support(store, document_info, plan_extraction):
    document_id = store.save_extraction(document_info("/plans/p.pdf"), plan_extraction)
    with store.session() as session:
        assert load_extraction(session, document_id) == plan_extraction
        names = set(session.scalars(select(Agency.name)))
    assert names == {"Riverside Police", "Youth Service", "Fire Service", "Public Health"}


def test_document_state(store, document_info, minutes_extraction):
    info = document_info("/minutes/a.pdf", sha256="a" * 64)
    assert store.document_state(info.path, info.sha256) == "new"
    store.save_extraction(info, minutes_extraction)
    assert store.document_state(info.path, info.sha256) == "unchanged"
    assert store.document_state(info.path, "b" * 64) == "changed"
    assert store.document_state("/elsewhere/a-copy.pdf", info.sha256) == "copy"
    assert store.document_state("/elsewhere/other.pdf", "c" * 64) == "new"


def test_failed_path_counts_as_new_and_loads_when_fixed(store, document_info, minutes_extraction):
    store.save_failure(path="/m/bad.pdf", name="bad.pdf", reason="truncated PDF", kind="truncated")
    assert store.document_state("/m/bad.pdf", "d" * 64) == "new"
    assert [f.kind for f in store.failures()] == ["truncated"]
    store.save_extraction(document_info("/m/bad.pdf", sha256="d" * 64), minutes_extraction)
    assert store.failures() == []
    with store.session() as session:
        statuses = list(session.scalars(select(Document.status)))
    assert statuses == ["loaded"]


def test_resave_same_path_replaces_records(store, document_info, minutes_extraction, plan_extraction):
    first = store.save_extraction(document_info("/m/a.pdf", sha256="1" * 64), minutes_extraction)
    minutes_extraction.actions = minutes_extraction.actions[:1]
    second = store.save_extraction(document_info("/m/a.pdf", sha256="2" * 64), minutes_extraction)
    assert second != first
    assert count(store, Document) == 1
    assert count(store, Meeting) == 1
    assert count(store, Action) == 1
    assert count(store, Attendance) == 2
    with store.session() as session:
        assert session.scalar(select(Document.sha256)) == "2" * 64
        # Topics of the old rows went with the old document.
        assert set(session.scalars(select(RecordTopic.document_id))) == {second}


def test_failing_save_leaves_earlier_records(store, document_info, minutes_extraction, monkeypatch):
    info = document_info("/m/a.pdf", sha256="1" * 64)
    first = store.save_extraction(info, minutes_extraction)

    def explode(*args, **kwargs):
        raise RuntimeError("disk on fire")

    # Fail after the old document was deleted and the new one half written.
    with monkeypatch.context() as patch, pytest.raises(RuntimeError):
        patch.setattr(save_module, "_topic_rows", explode)
        store.save_extraction(document_info("/m/a.pdf", sha256="2" * 64), minutes_extraction)
    assert count(store, Document) == 1
    with store.session() as session:
        assert session.scalar(select(Document.sha256)) == "1" * 64
        assert load_extraction(session, first) == minutes_extraction


def test_save_failure_never_touches_loaded_documents(store, document_info, minutes_extraction):
    info = document_info("/m/a.pdf", sha256="1" * 64)
    document_id = store.save_extraction(info, minutes_extraction)
    store.save_extraction(document_info("/m/b.pdf", sha256="2" * 64), minutes_extraction)
    store.save_failure(path="/m/a.pdf", name="a.pdf", reason="now encrypted", kind="encrypted", sha256="9" * 64)
    store.save_failure(path="/m/c.pdf", name="c.pdf", reason="empty file", kind="empty")
    with store.session() as session:
        assert load_extraction(session, document_id) == minutes_extraction
        statuses = dict(session.execute(select(Document.path, Document.status)).all())
    assert statuses == {"/m/a.pdf": "loaded", "/m/b.pdf": "loaded", "/m/c.pdf": "failed"}
    failures = {f.path: f for f in store.failures()}
    assert failures["/m/a.pdf"].kept_earlier is True
    assert failures["/m/c.pdf"].kept_earlier is False
    assert failures["/m/c.pdf"].reason == "empty file"
    # A path that failed after a good load is read again next time.
    assert store.document_state("/m/a.pdf", info.sha256) == "changed"


def test_repeated_failures_keep_only_the_latest(store):
    store.save_failure(path="/m/c.pdf", name="c.pdf", reason="empty file", kind="empty")
    store.save_failure(path="/m/c.pdf", name="c.pdf", reason="not a PDF", kind="wrong_format")
    assert [(f.reason, f.kind) for f in store.failures()] == [("not a PDF", "wrong_format")]
    assert count(store, LoadError) == 1
    assert count(store, Document) == 1


def test_hooks_run_inside_the_transaction(store, document_info, minutes_extraction, monkeypatch):
    calls = []
    for name, call in (("link_people", "people"), ("index_document", "search")):
        monkeypatch.setattr(save_module, name, lambda session, document_id, call=call: calls.append((call, document_id)))
    document_id = store.save_extraction(document_info("/m/a.pdf"), minutes_extraction)
    assert calls == [("people", document_id), ("search", document_id)]


def test_owner_links_to_known_agency(store, document_info, minutes_extraction, plan_extraction):
    store.save_extraction(document_info("/p/plan.pdf"), plan_extraction)
    store.save_extraction(document_info("/m/a.pdf"), minutes_extraction)
    from minutebook.models import ActionOwner

    with store.session() as session:
        linked = dict(session.execute(select(ActionOwner.name, ActionOwner.agency_id)).all())
    assert linked["Riverside Police"] is not None
    assert linked["Tom Quill"] is None


def test_sqlite_store_sets_pragmas_and_never_creates_folders(tmp_path):
    with pytest.raises(StoreError, match="does not exist; create it first"):
        Store(str(tmp_path / "missing" / "m.db"))
    assert not (tmp_path / "missing").exists()
    (tmp_path / "deep" / "folder").mkdir(parents=True)
    store = Store(str(tmp_path / "deep" / "folder" / "m.db"))
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    store.close()
    assert (tmp_path / "deep" / "folder" / "m.db").exists()


def test_unopenable_database_names_it(tmp_path):
    (tmp_path / "dir.db").mkdir()
    with pytest.raises(StoreError, match="dir.db"):
        Store(str(tmp_path / "dir.db"))
    with pytest.raises(StoreError, match="nosuchdriver"):
        Store("nosuchdriver://user@host/db")


def test_schema_steps_run_after_tables(tmp_path, monkeypatch):
    from minutebook.store import schema

    seen = []
    for step in ("create_search_index", "create_views"):
        monkeypatch.setattr(
            schema, step, lambda engine, step=step: seen.append((step, "documents" in inspect(engine).get_table_names()))
        )
    Store(str(tmp_path / "h.db")).close()
    assert seen == [("create_search_index", True), ("create_views", True)]


def test_name_added_by_another_writer_meanwhile_is_reused(store, monkeypatch):
    from minutebook.models import Body

    with store.session() as session:
        session.add(Body(name="Board"))
        session.flush()
        # As if another process inserted "Board" between our look-up and our insert.
        with monkeypatch.context() as patch:
            patch.setattr(session, "scalar", lambda *args, **kwargs: None)
            body_id = save_module._get_or_add_named(session, Body, "Board")
        assert session.scalars(select(Body.id)).all() == [body_id]
