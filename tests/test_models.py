"""The schema: tables, cascades from a document, and indexes for common questions."""

from __future__ import annotations

from sqlalchemy import create_engine, event, inspect, select
from sqlalchemy.orm import Session

from minutebook import models as m


def make_engine():
    engine = create_engine("sqlite://")

    @event.listens_for(engine, "connect")
    def enable_foreign_keys(connection, _record):
        connection.execute("PRAGMA foreign_keys=ON")

    m.Base.metadata.create_all(engine)
    return engine


def test_every_table_is_created():
    names = set(inspect(make_engine()).get_table_names())
    assert {
        "documents", "bodies", "meetings", "people", "attendances", "apologies", "agenda_items",
        "resolutions", "actions", "action_owners", "agencies", "plan_actions",
        "plan_action_agencies", "record_topics", "load_errors",
    } <= names


def test_indexes_for_common_questions():
    inspector = inspect(make_engine())

    def indexed(table: str) -> set[str]:
        return {column for index in inspector.get_indexes(table) for column in index["column_names"]}

    assert "sha256" in indexed("documents")
    assert "date" in indexed("meetings")
    assert "topic" in indexed("record_topics")
    assert "name" in indexed("action_owners")
    assert "person_id" in indexed("attendances")


def test_deleting_a_document_removes_everything_read_from_it():
    import datetime as dt

    engine = make_engine()
    with Session(engine) as session:
        body = m.Body(name="Board")
        document = m.Document(path="/a.pdf", file_name="a.pdf", sha256="0" * 64, loaded_at=dt.datetime.now(), body=body)
        session.add(document)
        session.flush()
        meeting = m.Meeting(document_id=document.id, body_id=body.id, date=dt.date(2020, 1, 2))
        session.add(meeting)
        session.flush()
        action = m.Action(meeting_id=meeting.id, text="Do it", item_key="1")
        action.owners = [m.ActionOwner(name="A Person")]
        agency = m.Agency(name="Police")
        plan_action = m.PlanAction(document_id=document.id, text="Plan it")
        plan_action.agencies = [m.PlanActionAgency(agency=agency, role="lead")]
        session.add_all(
            [
                m.Attendance(meeting_id=meeting.id, name="A Person"),
                m.AgendaItem(meeting_id=meeting.id, title="Item"),
                action,
                plan_action,
            ]
        )
        session.flush()
        session.add(m.RecordTopic(document_id=document.id, record_type="action", record_id=action.id, topic="x"))
        session.commit()

        session.delete(document)
        session.commit()
        for model in (m.Meeting, m.Attendance, m.AgendaItem, m.Action, m.ActionOwner, m.PlanAction,
                      m.PlanActionAgency, m.RecordTopic):
            assert session.scalars(select(model)).all() == [], model.__tablename__
        # Shared names outlive the document.
        assert session.scalars(select(m.Body.name)).all() == ["Board"]
        assert session.scalars(select(m.Agency.name)).all() == ["Police"]


def test_views_answer_plain_sql(tmp_path, document_info, minutes_extraction, plan_extraction):
    from sqlalchemy import text

    from minutebook.store import Store

    with Store(str(tmp_path / "v.db")) as store:
        store.save_extraction(document_info("/m/a.pdf"), minutes_extraction)
        store.save_extraction(document_info("/p/p.pdf"), plan_extraction)
        with store.engine.connect() as connection:
            owners = connection.execute(text("SELECT owner FROM action_list ORDER BY action_id, owner")).scalars().all()
            roles = connection.execute(
                text("SELECT agency, role FROM plan_action_list WHERE number = '1' ORDER BY agency")
            ).all()
            present = connection.execute(text("SELECT count(*) FROM attendance_list")).scalar()
    assert owners == ["Tom Quill", "Alice Bramble", "Riverside Police"]
    assert ("Fire Service", "support") in roles
    assert present == 2
