from __future__ import annotations

import pytest
from sqlalchemy import text

from minutebook.store import Store
from minutebook.store.views import replace_views

VIEWS = (
    "v_resolutions", "v_actions", "v_action_owners", "v_attendance", "v_people", "v_person_links", "v_plan_actions",
    "v_votes", "v_action_history", "v_request_history",
)


@pytest.fixture
def store(db_url, document_info, minutes_extraction, plan_extraction):
    with Store(db_url) as opened:
        # The plan first: it names the agencies that minutes' owners link to.
        opened.save_extraction(document_info("/m/plan.pdf"), plan_extraction)
        opened.save_extraction(document_info("/m/minutes.pdf"), minutes_extraction)
        yield opened


def rows(store: Store, sql: str) -> list[dict]:
    with store.engine.connect() as connection:
        return [dict(row._mapping) for row in connection.execute(text(sql))]


def test_every_view_exists_and_reads(store):
    for view in VIEWS:
        rows(store, f"SELECT * FROM {view}")


def test_v_actions_joins_owners_and_source(store):
    actions = rows(store, "SELECT * FROM v_actions ORDER BY action_id")
    assert actions[1]["owners"] == "Alice Bramble; Riverside Police"
    assert actions[0]["item_title"] == "Street lighting"
    assert (actions[0]["file"], actions[0]["page"], actions[0]["topics"]) == ("minutes.pdf", 1, "lighting")
    assert str(actions[0]["meeting_date"]) == "2021-03-04"


def test_v_resolutions_lists_topics(store):
    [resolution] = rows(store, "SELECT * FROM v_resolutions")
    assert resolution["topics"] == "lighting; budget"
    assert resolution["body"] == "Riverside Safety Board"


def test_v_action_owners_answers_what_a_person_owes(store):
    owed = rows(store, "SELECT text FROM v_action_owners WHERE person = 'Alice Bramble'")
    assert owed == [{"text": "Write to the county about funding."}]
    agencies = rows(store, "SELECT agency FROM v_action_owners WHERE agency IS NOT NULL")
    assert agencies == [{"agency": "Riverside Police"}]


def test_v_attendance_includes_apologies(store):
    statuses = sorted(row["status"] for row in rows(store, "SELECT status FROM v_attendance"))
    assert statuses == ["apologies", "in_attendance", "present"]


def test_v_people_counts(store):
    people = {row["name"]: row for row in rows(store, "SELECT * FROM v_people")}
    assert people["Alice Bramble"]["meetings_attended"] == 1
    assert people["Alice Bramble"]["actions_owned"] == 1
    assert people["Councillor Dunmore"]["apologies"] == 1


def test_v_plan_actions_splits_lead_and_support(store):
    plan = rows(store, "SELECT * FROM v_plan_actions ORDER BY number")
    assert plan[0]["lead_agencies"] == "Riverside Police; Youth Service"
    assert plan[0]["support_agencies"] == "Fire Service"
    assert plan[0]["period"] == "2021-22"


def test_replace_views_is_repeatable(store):
    replace_views(store.engine)
    replace_views(store.engine)
    assert rows(store, "SELECT COUNT(*) AS n FROM v_actions") == [{"n": 2}]
