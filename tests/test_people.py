from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from minutebook.errors import MinutebookError, NotFound
from minutebook.extract import records as r
from minutebook.models import Attendance, Person
from minutebook.store import Store
from minutebook.store.queries import get_person, list_actions, list_people
from minutebook.store.people import (
    compare_names,
    merge_people,
    parse_person_name,
    person_links,
    unmerge_person,
)

BOARD = "Eastbridge Safety Board"


def minutes(
    day: int,
    *,
    body: str = BOARD,
    attendees: tuple[str, ...] = (),
    apologies: tuple[str, ...] = (),
    owners: tuple[str, ...] = (),
) -> r.Extraction:
    """Minutes with the given names; attendees may carry a title ("Mr|Ian Pell")."""

    def attendee(text: str) -> r.Attendee:
        title, _, name = text.rpartition("|")
        return r.Attendee(name=name, surname=name.split()[-1], title=title or None)

    return r.Extraction(
        meeting=r.Meeting(kind="minutes", body=body, date=dt.date(2022, 1, day)),
        attendees=[attendee(text) for text in attendees],
        apologies=[r.Apology(name=name) for name in apologies],
        actions=[r.Action(item="1", text=f"Report back on task {n}.", owners=[owner]) for n, owner in enumerate(owners)],
    )


@pytest.fixture
def store(db_url):
    with Store(db_url) as opened:
        yield opened


@pytest.fixture
def save(document_info):
    def save_minutes(store: Store, name: str, extraction: r.Extraction) -> int:
        return store.save_extraction(document_info(f"/minutes/{name}.pdf"), extraction)

    return save_minutes


def people_named(store: Store) -> dict[str, int]:
    return {p.name: p.id for p in list_people(store)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chief Inspector Priya Hollins", ("Hollins", "Priya", "P", "Chief Inspector")),
        ("CI Hollins", ("Hollins", None, "", "CI")),
        ("Ms P. Hollins", ("Hollins", None, "P", "Ms")),
        ("Cllr J.K. Marsh (Chairman)", ("Marsh", None, "JK", "Cllr")),
        ("Dean Farrow MBE", ("Farrow", "Dean", "D", None)),
    ],
)
def test_parse_person_name(text, expected):
    name = parse_person_name(text)
    assert (name.surname, name.given, name.initials, name.title) == expected


@pytest.mark.parametrize("text", ["Eastbridge Police", "KW", "Community Safety Officer", "Hollins", "all partners"])
def test_parse_person_name_refuses_non_names(text):
    assert parse_person_name(text) is None


@pytest.mark.parametrize(
    ("mention", "known", "strong"),
    [
        ("Ms P Hollins", "Priya Hollins", True),
        ("Pria Hollins", "Priya Hollins", True),  # a spelling variant
        ("Priya Hollings", "Priya Hollins", True),  # surname spelling variant
        ("CI Hollins", "Priya Hollins", False),
    ],
)
def test_compare_names_accepts_compatible(mention, known, strong):
    match = compare_names(parse_person_name(mention), parse_person_name(known))
    assert match is not None and match.strong is strong and match.reason


@pytest.mark.parametrize(
    ("mention", "known"),
    [
        ("Peter Hollins", "Priya Hollins"),  # two different first names never merge
        ("Paul Hollins", "Pauline Hollins"),
        ("Ms Hollins", "Mr Hollins"),  # clashing titles
        ("Priya Collins", "Priya Hollins"),  # different surname
        ("J Hollins", "Priya Hollins"),
    ],
)
def test_compare_names_refuses_different_people(mention, known):
    assert compare_names(parse_person_name(mention), parse_person_name(known)) is None


def test_one_person_across_meetings_and_spellings(store, save):
    save(store, "m1", minutes(1, attendees=("Chief Inspector|Priya Hollins", "Councillor|Dean Farrow")))
    save(store, "m2", minutes(2, attendees=("Councillor|Dean Farrow",), owners=("CI Hollins",)))
    save(store, "m3", minutes(3, apologies=("Ms P Hollins",), owners=("Pria Hollins",)))
    named = people_named(store)
    assert set(named) == {"Priya Hollins", "Dean Farrow"}
    record = get_person(store, "priya hollins")
    assert [row["date"] for row in record.attended] == [dt.date(2022, 1, 1)]
    assert [row["date"] for row in record.apologies] == [dt.date(2022, 1, 3)]
    assert len(record.actions) == 2
    reasons = {link["mention"]: link["reason"] for link in record.links}
    assert "only Hollins known" in reasons["CI Hollins"]
    assert "initial P" in reasons["Ms P Hollins"]
    assert "first name spelling" in reasons["Pria Hollins"]


def test_different_first_names_stay_apart(store, save):
    save(store, "m1", minutes(1, attendees=("|Priya Hollins", "|Peter Hollins")))
    assert {"Priya Hollins", "Peter Hollins"} <= set(people_named(store))


def test_surname_only_is_left_unlinked_when_ambiguous(store, save):
    save(store, "m1", minutes(1, attendees=("|Priya Hollins", "|Peter Hollins")))
    save(store, "m2", minutes(2, owners=("CI Hollins",)))
    assert "CI Hollins" not in people_named(store)
    with store.session() as session:
        assert session.scalar(select(person_links.c.id).where(person_links.c.mention == "CI Hollins")) is None


def test_surname_only_in_another_body_is_a_new_person(store, save):
    save(store, "m1", minutes(1, attendees=("Chief Inspector|Priya Hollins",)))
    save(store, "m2", minutes(2, body="Westway Licensing Panel", apologies=("Councillor Hollins",)))
    assert {"Priya Hollins", "Councillor Hollins"} <= set(people_named(store))


def test_full_name_adopts_earlier_surname_only_person(store, save):
    save(store, "m1", minutes(1, apologies=("Councillor Farrow",)))
    save(store, "m2", minutes(2, attendees=("Councillor|Dean Farrow",)))
    summary = {p.name: p for p in list_people(store)}
    assert set(summary) == {"Dean Farrow"}
    assert summary["Dean Farrow"].meetings == 1 and summary["Dean Farrow"].apologies == 1


def test_resave_keeps_people_and_drops_orphans(store, save):
    save(store, "m1", minutes(1, attendees=("Councillor|Dean Farrow",), apologies=("Mr Pell",)))
    before = people_named(store)
    save(store, "m1", minutes(1, attendees=("Councillor|Dean Farrow",), apologies=("Mr Pell",)))
    assert people_named(store) == before
    with store.session() as session:
        assert session.scalar(select(Person.id).where(Person.name == "Mr Pell").limit(1)) == before["Mr Pell"]
        assert len(session.scalars(select(Person.id)).all()) == 2


def test_resave_without_a_person_drops_only_that_person(store, save):
    save(store, "m1", minutes(1, attendees=("Councillor|Dean Farrow",), apologies=("Mr Pell",)))
    save(store, "m2", minutes(2, attendees=("|Ann Lowe",)))
    save(store, "m1", minutes(1, attendees=("Councillor|Dean Farrow",)))
    assert set(people_named(store)) == {"Dean Farrow", "Ann Lowe"}


def test_merge_and_unmerge(store, save):
    save(store, "m1", minutes(1, attendees=("|Dean Farrow", "|Ann Lowe")))
    save(store, "m2", minutes(2, attendees=("|Annie Lowe-Smith",)))
    merge_people(store, "Ann Lowe", "Annie Lowe-Smith")
    assert "Annie Lowe-Smith" not in people_named(store)
    record = get_person(store, "Ann Lowe")
    assert len(record.attended) == 2 and record.merged == ["Annie Lowe-Smith"]
    # The merge survives re-loading the merged person's document.
    save(store, "m2", minutes(2, attendees=("|Annie Lowe-Smith",)))
    assert len(get_person(store, "Ann Lowe").attended) == 2
    assert unmerge_person(store, "Ann Lowe") == ["Annie Lowe-Smith"]
    assert len(get_person(store, "Ann Lowe").attended) == 1
    assert len(get_person(store, "Annie Lowe-Smith").attended) == 1


def test_unmerge_splits_a_spelling_and_the_split_survives_reload(store, save):
    save(store, "m1", minutes(1, attendees=("|Priya Hollins",)))
    save(store, "m2", minutes(2, apologies=("Ms P Hollins",)))
    assert set(people_named(store)) == {"Priya Hollins"}
    assert unmerge_person(store, "Ms P Hollins") == ["P Hollins"]
    assert set(people_named(store)) == {"Priya Hollins", "P Hollins"}
    save(store, "m2", minutes(2, apologies=("Ms P Hollins",)))
    save(store, "m3", minutes(3, attendees=("|Priya Hollins",)))
    named = {p.name: p for p in list_people(store)}
    assert named["P Hollins"].apologies == 1
    assert named["Priya Hollins"].meetings == 2


def test_unmerge_with_nothing_to_split_says_so(store, save):
    save(store, "m1", minutes(1, attendees=("|Dean Farrow",)))
    with pytest.raises(MinutebookError, match="nothing to unmerge"):
        unmerge_person(store, "Dean Farrow")


def test_get_person_not_found_and_ambiguous(store, save):
    save(store, "m1", minutes(1, attendees=("|Priya Hollins", "|Peter Hollins")))
    with pytest.raises(NotFound, match="no person"):
        get_person(store, "Zed Quorn")
    with pytest.raises(NotFound, match="several people"):
        get_person(store, "Hollins")
    assert get_person(store, "Priya Holins").name == "Priya Hollins"


def test_attendance_rows_carry_person_ids(store, save):
    save(store, "m1", minutes(1, attendees=("|Dean Farrow",)))
    with store.session() as session:
        assert session.scalar(select(Attendance.person_id)) == people_named(store)["Dean Farrow"]


def test_actions_by_owner_follow_the_person_and_the_agency(store, save):
    save(store, "m1", minutes(1, attendees=("Chief Inspector|Priya Hollins",), owners=("Priya Hollins",)))
    save(store, "m2", minutes(2, owners=("CI Hollins", "Eastbridge Police")))
    assert len(list_actions(store, owner="Priya Hollins")) == 2
    assert len(list_actions(store, owner="P Hollins")) == 2
    assert [a.owner for a in list_actions(store, owner="Eastbridge Police")] == ["Eastbridge Police"]
    assert list_actions(store, owner="Nobody Atall").rows == []


def test_person_lists_actions_with_the_spelling_used(store, save):
    save(store, "m1", minutes(1, attendees=("Chief Inspector|Priya Hollins",), owners=("Priya Hollins",)))
    save(store, "m2", minutes(2, owners=("CI Hollins", "Eastbridge Police")))
    record = get_person(store, "Priya Hollins")
    assert [(row["date"], row["as_written"]) for row in record.actions] == [
        (dt.date(2022, 1, 1), "Priya Hollins"),
        (dt.date(2022, 1, 2), "CI Hollins"),
    ]


def test_a_surname_only_spelling_linked_to_someone_else_is_not_theirs(store, save):
    save(store, "m1", minutes(1, body="Westway Licensing Panel", attendees=("|Priya Hollins",), owners=("Priya Hollins",)))
    save(store, "m2", minutes(2, attendees=("Mr|Peter Hollins",)))
    save(store, "m3", minutes(3, owners=("Mr Hollins",)))  # linked to Peter, the one Hollins of this board
    assert [a.owner for a in list_actions(store, owner="Priya Hollins")] == ["Priya Hollins"]
    assert [a.owner for a in list_actions(store, owner="Peter Hollins")] == ["Mr Hollins"]
    assert [a.owner for a in list_actions(store, owner="Hollins")] == ["Priya Hollins", "Mr Hollins"]
