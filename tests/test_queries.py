"""Questions asked of the store: meetings, one meeting, actions by a forgiving owner."""

from __future__ import annotations

import datetime as dt

import pytest

from minutebook.errors import NotFound
from minutebook.extract import records as r
from minutebook.store import Store
from minutebook.store.queries import actions as action_queries
from minutebook.store.owners import matches_owner
from minutebook.store.queries import get_meeting, group_by_item, list_actions, list_meetings


@pytest.fixture
def store(db_url, without_linking_or_search, document_info, minutes_extraction, plan_extraction):
    store = Store(db_url)
    store.save_extraction(document_info("/m/board-2021-03.pdf"), minutes_extraction)
    later = r.Extraction(
        meeting=r.Meeting(kind="minutes", body="Harbour Forum", date=dt.date(2022, 1, 10)),
        attendees=[r.Attendee("Kirsty Anne Waller", "Waller", None)],
        items=[r.AgendaItem("5", "Parking enforcement")],
        actions=[
            r.Action("5", "Report on parking fines.", owners=["Kirsty Anne Waller"], owner_as_written="KW"),
            r.Action("5", "Check the signs.", owners=["Steve Waller"], owner_as_written="Mr Waller"),
        ],
    )
    store.save_extraction(document_info("/m/forum-2022-01.pdf"), later)
    store.save_extraction(document_info("/p/plan.pdf"), plan_extraction)
    yield store
    store.close()


def test_list_meetings_orders_by_date_and_counts(store):
    rows = list_meetings(store)
    assert [(row.date, row.body) for row in rows] == [
        (dt.date(2021, 3, 4), "Riverside Safety Board"),
        (dt.date(2022, 1, 10), "Harbour Forum"),
    ]
    assert (rows[0].attendees, rows[0].items, rows[0].resolutions, rows[0].actions) == (2, 3, 1, 2)
    assert len(list_meetings(store, include_plans=True)) == 3


def test_list_meetings_filters(store):
    assert [row.body for row in list_meetings(store, body="harbour")] == ["Harbour Forum"]
    assert [row.file for row in list_meetings(store, date_from=dt.date(2021, 6, 1))] == ["forum-2022-01.pdf"]
    assert [row.file for row in list_meetings(store, date_to=dt.date(2021, 6, 1))] == ["board-2021-03.pdf"]


def test_get_meeting_by_id_file_and_date(store):
    by_date = get_meeting(store, "2021-03-04")
    assert by_date.record["file"] == "board-2021-03.pdf"
    assert get_meeting(store, str(by_date.meeting_id)).document_id == by_date.document_id
    assert get_meeting(store, "board-2021-03.pdf").meeting_id == by_date.meeting_id
    assert get_meeting(store, "/m/board-2021-03.pdf").meeting_id == by_date.meeting_id
    assert get_meeting(store, "plan").is_plan


def test_get_meeting_groups_records_under_items(store):
    detail = get_meeting(store, "2021-03-04")
    titles = [section.item["title"] if section.item else None for section in detail.sections]
    assert titles == ["Apologies", "Street lighting", "Closed session"]
    lighting = detail.sections[1]
    assert [res["text"] for res in lighting.resolutions] == ["The Board agreed to fund new lamps."]
    assert len(lighting.actions) == 2


def test_get_meeting_refuses_unknown_and_ambiguous(store, document_info, minutes_extraction):
    with pytest.raises(NotFound, match="no meeting"):
        get_meeting(store, "1999-01-01")
    with pytest.raises(NotFound, match="no meeting"):
        get_meeting(store, "nothing-like-this")
    store.save_extraction(document_info("/m/board-copy.pdf"), minutes_extraction)
    with pytest.raises(NotFound, match="2 meetings match"):
        get_meeting(store, "2021-03-04")


def test_group_by_item_uses_the_last_item_printed_above():
    record = {
        "items": [
            {"number": "6", "title": "Funding", "evidence": {"line_start": 10}},
            {"number": "6", "title": "Updates", "evidence": {"line_start": 20}},
        ],
        "resolutions": [{"item": "6", "text": "Noted.", "evidence": {"line_start": 22}}],
        "actions": [{"item": "9", "text": "Orphan.", "evidence": {"line_start": 30}}],
    }
    sections = group_by_item(record)
    assert [len(section.resolutions) for section in sections] == [0, 1, 0]
    assert sections[-1].item is None and sections[-1].actions[0]["text"] == "Orphan."


def test_list_actions_lists_minutes_then_plans(store):
    rows = list_actions(store).rows
    assert [row.source for row in rows] == ["minutes"] * 4 + ["plan"] * 2
    plan_row = rows[4]
    assert plan_row.owners == ("Riverside Police", "Youth Service", "Fire Service")
    assert plan_row.file == "plan.pdf" and plan_row.page == 3


@pytest.mark.parametrize(
    "owner, expected",
    [
        ("Tom Quill", ["Survey the broken lamps on Mill Lane."]),
        ("TQ", ["Survey the broken lamps on Mill Lane."]),
        ("Mr Quill", ["Survey the broken lamps on Mill Lane."]),
        ("quill", ["Survey the broken lamps on Mill Lane."]),
        ("Tom Quil", ["Survey the broken lamps on Mill Lane."]),
        ("Kirsty Waller", ["Report on parking fines."]),
        ("K Waller", ["Report on parking fines."]),
        ("KW", ["Report on parking fines."]),
        ("Steve Waller", ["Check the signs."]),
        ("Waller", ["Report on parking fines.", "Check the signs."]),
        ("Riverside Police", ["Write to the county about funding.", "Run a youth outreach programme."]),
        ("Fire Service", ["Run a youth outreach programme."]),
        ("Nobody Atall", []),
    ],
)
def test_list_actions_matches_owner_forgivingly(store, owner, expected):
    assert [row.text for row in list_actions(store, owner=owner)] == expected


def test_list_actions_filters_by_body_date_and_item(store):
    assert {row.body for row in list_actions(store, body="harbour")} == {"Harbour Forum"}
    assert [row.text for row in list_actions(store, date_from=dt.date(2022, 1, 1))] == [
        "Report on parking fines.",
        "Check the signs.",
    ]
    assert {row.item for row in list_actions(store, item="lighting")} == {"2"}
    assert {row.item for row in list_actions(store, item="5")} == {"5"}
    assert [row.source for row in list_actions(store, item="engagement")] == ["plan", "plan"]


def test_matches_owner_does_not_confuse_given_names():
    assert not matches_owner("Steve Waller", ["Kirsty Waller"])
    assert not matches_owner("Kirsty Smith", ["Kirsty Waller"])
    assert matches_owner("DC", ["DC/LB"]) is False  # the raw string is split by list_actions
    assert matches_owner("Wyvern Police", ["Wyvern Police - Missing Persons Officer"])
    assert matches_owner("Cllr Dunmore", ["Councillor Dunmore"])


def test_plan_agencies_answer_to_their_one_name(store, document_info):
    """An agency written as "RFRS" or "RBC Licensing" is found by the name the document gives it."""
    store.save_extraction(
        document_info("/p/plan-2.pdf"),
        r.Extraction(
            meeting=r.Meeting(kind="plan", body="Riverside Community Partnership"),
            plan_actions=[
                r.PlanAction(
                    "7",
                    "Check smoke alarms in licensed premises.",
                    lead_agencies=["RFRS"],
                    support_agencies=["RBC Licensing"],
                    canonical_agencies={
                        "RFRS": "Riverside Fire and Rescue Service",
                        "RBC Licensing": "Riverside Borough Council Licensing",
                    },
                )
            ],
        ),
    )
    assert [row.text for row in list_actions(store, owner="Riverside Fire and Rescue Service")] == [
        "Check smoke alarms in licensed premises."
    ]
    # the words typed may be only part of an agency's name
    assert [row.text for row in list_actions(store, owner="Licensing")] == ["Check smoke alarms in licensed premises."]
    assert "Check smoke alarms in licensed premises." not in [
        row.text for row in list_actions(store, owner="Riverside Police")
    ]


# --- The one owner path, with people linked as a real load links them -----------


@pytest.fixture
def linked_store(db_url, document_info):
    """Minutes whose owners are linked to people, an unresolved owner, a post, and a plan."""
    with Store(db_url) as store:
        store.save_extraction(
            document_info("/m/forum-2022-01.pdf"),
            r.Extraction(
                meeting=r.Meeting(kind="minutes", body="Harbour Forum", date=dt.date(2022, 1, 10)),
                attendees=[
                    r.Attendee("Kirsty Anne Waller", "Waller", "Ms"),
                    r.Attendee("Steve Waller", "Waller", "Mr"),
                    r.Attendee("Tom Quill", "Quill", "Mr"),
                ],
                actions=[
                    r.Action("1", "Report on parking fines.", owners=["Kirsty Anne Waller"], owner_as_written="KW"),
                    r.Action("1", "Check the signs.", owners=["Steve Waller"], owner_as_written="Mr Waller"),
                    r.Action("2", "Survey the lamps.", owners=["Tom Quill"], owner_as_written="TQ"),
                    r.Action("3", "Trace the missing bikes.", owners=["Wyvern Police - Missing Persons Officer"]),
                    r.Action("4", "Book the hall.", owner_as_written="DC/LB"),
                ],
            ),
        )
        store.save_extraction(
            document_info("/p/plan.pdf"),
            r.Extraction(
                meeting=r.Meeting(kind="plan", body="Harbour Partnership"),
                plan_actions=[r.PlanAction("1", "Run parenting courses.", lead_agencies=["KCC Early Help"])],
            ),
        )
        yield store


KIRSTY, STEVE, TOM = "Report on parking fines.", "Check the signs.", "Survey the lamps."


@pytest.mark.parametrize(
    "owner, expected",
    [
        ("Kirsty Waller", [KIRSTY]),
        ("kirsty waller", [KIRSTY]),
        ("K Waller", [KIRSTY]),
        ("KW", [KIRSTY]),
        ("KAW", [KIRSTY]),  # initials of the fuller spelling the person was linked from
        ("Ms Waller", [KIRSTY]),
        ("Mr Waller", [STEVE]),
        ("Cllr Waller", [KIRSTY, STEVE]),
        ("Waller", [KIRSTY, STEVE]),
        ("Steven Waller", [STEVE]),  # a spelling variant of the first name
        ("Kirsty Waler", [KIRSTY]),  # a surname misspelt by a letter
        ("TQ", [TOM]),
        ("Mr Quill", [TOM]),
        ("Wyvern Police", ["Trace the missing bikes."]),
        ("Missing Persons", ["Trace the missing bikes."]),  # a run of words from a post
        ("LB", ["Book the hall."]),  # one of several owners written in one string
        ("Early Help", ["Run parenting courses."]),
    ],
)
def test_resolve_owner_is_forgiving(linked_store, owner, expected):
    assert [row.text for row in list_actions(linked_store, owner=owner)] == expected


@pytest.mark.parametrize(
    "owner",
    [
        "Karen Waller",  # same surname, different first name
        "Stephen Waller",  # too far from Steve to be a spelling of it
        "Mrs Quill",  # clashing title
        "Kevin Walsh",  # same initials as "KW", another person
        "Wallace",  # a different surname that looks alike
        "T Quail",
        "Help Early",  # the words of an agency, but not in its order
        "Nobody Atall",
    ],
)
def test_resolve_owner_refuses_lookalikes(linked_store, owner):
    assert list_actions(linked_store, owner=owner).rows == []


def test_owner_column_says_which_owner_matched(linked_store):
    rows = list_actions(linked_store, owner="KW").rows
    assert [(row.owner, row.owners, row.owner_as_written) for row in rows] == [
        ("Kirsty Anne Waller", ("Kirsty Anne Waller",), "KW")
    ]
    assert list_actions(linked_store, owner="LB").rows[0].owner == "DC/LB"
    assert list_actions(linked_store).rows[0].owner is None


def test_owner_match_follows_a_merge(linked_store):
    from minutebook.store.people import merge_people

    merge_people(linked_store, "Kirsty Waller", "Tom Quill")
    assert [row.text for row in list_actions(linked_store, owner="TQ")] == [KIRSTY, TOM]
    assert [row.text for row in list_actions(linked_store, owner="Kirsty Waller")] == [KIRSTY, TOM]


def test_list_actions_pages_across_minutes_and_plans(linked_store):
    every = [row.text for row in list_actions(linked_store)]
    assert len(every) == 6 and every[-1] == "Run parenting courses."
    first = list_actions(linked_store, limit=4)
    assert [row.text for row in first] == every[:4]
    assert (first.total, first.remaining) == (6, 2)
    second = list_actions(linked_store, limit=4, offset=4)
    assert [row.text for row in second] == every[4:]
    assert (second.total, second.remaining) == (6, 0)
    assert [row.text for row in list_actions(linked_store, offset=5)] == every[5:]
    past = list_actions(linked_store, limit=4, offset=10)
    assert past.rows == [] and past.total == 6
    assert list_actions(linked_store, owner="Waller", limit=1).total == 2


def test_reading_a_page_in_batches_keeps_its_order(linked_store, monkeypatch):
    whole = [row.text for row in list_actions(linked_store, limit=5)]
    monkeypatch.setattr(action_queries, "ID_BATCH", 2)
    assert [row.text for row in list_actions(linked_store, limit=5)] == whole


def test_a_page_of_no_rows_still_counts(linked_store):
    empty = list_actions(linked_store, limit=0)
    assert (empty.rows, empty.total, empty.remaining) == ([], 6, 6)
