"""Matters arising and owners' reports: a later meeting's word on an earlier action (extract/action_updates.py),
linked to the action by the store (store/tracking.py `link_updates`). Invented councils, people and places."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from minutebook.cli import cli
from minutebook.extract.action_updates import _reports, _same_item, carried_label, entry_label, read_ref, update_status
from minutebook.extract.records import Action, ActionUpdate, AgendaItem, Evidence, Extraction, Meeting
from minutebook.store import Store
from minutebook.store.export import export_documents
from minutebook.store.tracking import carried_entry, close_title, entry_heading, key_stems, owner_keys, same_heading

from conftest import make_info

_HERE = Evidence(page=1, line_start=1, line_end=1)


@pytest.mark.parametrize(("entry", "own", "ref"), [
    ("4.1 The Clerk has written to Highways (done)", None, "4.1"),
    ("Item 7 – bench: still awaited", None, "7"),
    ("ITEM 12(b) - the gate has been mended", None, "12b"),
    ("Min 23/45 Footpath – the contractor has been booked", None, "23/45"),
    ("Minute no. 31/102 – grit bins: the Clerk has ordered them", None, "31/102"),
    # Numbered as this meeting's item 5: the number is the entry's own, not the previous meeting's.
    ("5.1 Potholes – the Clerk reported them", "5", None),
    ("5.2 Item 9 – the noticeboard has been repainted", "5", "9"),
    # An earlier matters-arising entry carried on ("4.13i" under item 4), its number copied again.
    ("4.13i) The road had been swept", "4", None),
    ("4.4.4. 4.4.11iii) The play area fence", "4", None),
    ("13iii) The road had been swept", "4", "13iii"),
    # Minutes numbered by year: the entry opens with the minute it follows up.
    ("33/02 The Clerk reported that the drain had been cleared", None, "33/02"),
    ("31/07. Footpath – the stile has been mended", None, "31/07"),
    ("Potholes – the Clerk reported them", None, None),
])
def test_the_item_or_minute_an_entry_names(entry, own, ref):
    assert read_ref(entry, own_number=own)[0] == ref


@pytest.mark.parametrize(("wording", "status"), [
    ("The Clerk has written to Highways (done)", "done"),
    ("the letter had been sent", "done"),
    ("quote still awaited", "open"),
    ("the Clerk is awaiting a reply", "open"),
    ("has been chased but no reply yet", "open"),
    ("Cllr Marsh was looking into the bottle bank, which had been discussed", "open"),
    ("arrangements for new signatories were in hand", "open"),
    ("carried forward to the next meeting", "carried_forward"),
    ("deferred until the budget is set", "carried_forward"),
    ("no longer required as the hedge was removed", "dropped"),
    ("the survey was withdrawn", "dropped"),
    ("online banking was now set up", "done"),
    ("the new litter bins are now in place", "done"),
    ("the hall was busy", None),
    # Still owed in other words; carried to a named meeting; a visit made.
    ("Cllr Pennock had yet to come back on the second question", "open"),
    ("the contractor has yet to start", "open"),
    ("He would do so and report to the June meeting.", "carried_forward"),
    ("held over until the October meeting", "carried_forward"),
    ("the Clerk had been to the nursery to ask about prices", "done"),
    ("the matter was raised at the April meeting", None),
])
def test_status_from_wording(wording, status):
    assert update_status(wording) == status


@pytest.mark.parametrize(("sentence", "owner", "status"), [
    ("KW reported that the slides had been circulated.", "KW", "done"),
    ("The Clerk confirmed the letter had been sent.", "Clerk", "done"),
    ("Cllr Hazeldene advised that the quote was still awaited.", "Cllr Hazeldene", "open"),
    ("The Chairman informed the meeting that the survey was no longer needed.", "Chairman", "dropped"),
])
def test_an_owner_reports(sentence, owner, status):
    [update] = _reports("6", sentence, _HERE)
    assert (update.owner, update.status, update.source) == (owner, status, "report")


@pytest.mark.parametrize("sentence", [
    "He reported that the slides had been circulated.",  # no owner named
    "AGM noted that the accounts had been approved.",  # a word in capitals is no initials
    "The Clerk reported on the budget for the year.",  # states nothing done, owed or dropped
    "KW reported that the hall was busy.",
])
def test_no_report(sentence):
    assert _reports("6", sentence, _HERE) == []


def test_owners_agree_by_role_initials_or_surname():
    assert owner_keys("The Clerk") & owner_keys("Clerk")
    assert owner_keys("KW") & owner_keys("Kit Wexley")
    assert owner_keys("Cllr Brambley") & owner_keys("Felix Brambley")
    assert not owner_keys("Cllr Brambley") & owner_keys("Cllr Orchard")


def test_key_words_are_stemmed_without_role_words():
    assert key_stems("KW to circulate the slides") == key_stems("the Clerk reported the slides had been circulated")


# --- An invented series of three meetings of one body, and one of another, loaded end to end ---------

_HEAD = """{body}

Minutes of the meeting of {body} held on {date}

Present: Cllr Nadia Orchard (Chair), Cllr Felix Brambley, Cllr Kit Wexley. Clerk: Mrs Ruth Penhallow.

1. Apologies
None.

"""
BODY = "Ashcombe Vale Parish Council"
OTHER = "Ashcombe Vale Allotments Association"
MARCH = _HEAD + """2. Highways
The verge on Mill Lane is overgrown. The Clerk to write to Highways about the Mill Lane verge.

3. Play area
The bench by the play area is broken. Cllr Brambley to obtain a quote for a replacement bench.

4. Village hall
KW to circulate the slides from the hall presentation.

5. Footpaths
Cllr Orchard to walk the footpath to the church and report on the stiles.

6. Date of next meeting
1 April 2031.
"""
APRIL = _HEAD + """2. Matters arising from the previous minutes
2.1 Item 2 – The Clerk has written to Highways about the Mill Lane verge (done).
2.2 Item 3 – replacement bench: quote still awaited.
2.3 Item 5 – the noticeboard has been repainted.

3. Village hall
KW reported that the slides had been circulated to all members.

4. Date of next meeting
6 May 2031.
"""
MAY = _HEAD + """2. Matters arising
Cllr Brambley confirmed that the replacement bench quote had been received and the bench ordered.

3. Date of next meeting
3 June 2031.
"""
# Another body a week later, whose matters arising name the same item numbers: never linked across bodies.
OTHER_APRIL = _HEAD + """2. Matters arising
2.1 Item 3 – replacement bench: the bench has been installed.
The Clerk confirmed that the letter to Highways about the Mill Lane verge had been sent.
"""


@pytest.fixture
def series(tmp_path):
    folder = tmp_path / "minutes"
    folder.mkdir()
    for name, body, date, words in [
        ("vale-2031-03-04.txt", BODY, "4 March 2031", MARCH),
        ("vale-2031-04-01.txt", BODY, "1 April 2031", APRIL),
        ("vale-2031-05-06.txt", BODY, "6 May 2031", MAY),
        ("allotments-2031-04-08.txt", OTHER, "8 April 2031", OTHER_APRIL),
    ]:
        (folder / name).write_text(words.format(body=body, date=date), encoding="utf-8")
    db = str(tmp_path / "series.db")
    result = CliRunner().invoke(cli, ["--db", db, "ingest", "--quiet", str(folder)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return db


def _history(db: str) -> list[tuple[str, str, str, str]]:
    with Store(db) as store, store.session() as session:
        return [tuple(row) for row in session.execute(text(
            "SELECT a.text, h.file, h.status, h.line_start FROM v_action_history h "
            "JOIN actions a ON a.id = h.action_id ORDER BY h.file, h.line_start"
        ))]


def _id(db: str, wording: str) -> int:
    with Store(db) as store, store.session() as session:
        return session.execute(text("SELECT id FROM actions WHERE text LIKE :w"), {"w": f"%{wording}%"}).scalar_one()


def test_series_links_each_update_to_the_earlier_action_of_the_same_body(series):
    history = _history(series)
    assert [(action.split(" to ", 1)[1][:20], file, status) for action, file, status, _line in history] == [
        ("write to Highways ab", "vale-2031-04-01.txt", "done"),
        ("obtain a quote for a", "vale-2031-04-01.txt", "open"),
        ("circulate the slides", "vale-2031-04-01.txt", "done"),
        ("obtain a quote for a", "vale-2031-05-06.txt", "done"),
    ]
    # Item 5 of March was the footpath: an entry on a noticeboard shares no key word with it, and the
    # other body's entries link to nothing (its own first meeting has no earlier one).
    assert all(line is not None for *_rest, line in history)


def test_series_status_and_open_list(series):
    result = CliRunner().invoke(cli, ["--db", series, "actions", "--open", "--json"], catch_exceptions=False)
    assert [row["text"] for row in json.loads(result.output)] == [
        "Cllr Orchard to walk the footpath to the church and report on the stiles."
    ]
    result = CliRunner().invoke(cli, ["--db", series, "actions", "--done", "--json"], catch_exceptions=False)
    assert len(json.loads(result.output)) == 3


def test_series_action_id_shows_each_update(series):
    bench = _id(series, "replacement bench")
    result = CliRunner().invoke(cli, ["--db", series, "action", str(bench), "--json"], catch_exceptions=False)
    record = json.loads(result.output)
    assert record["status"] == "done"
    rows = record["history"]
    assert [(row["what"], row["status"]) for row in rows] == [
        ("recorded", "open"), ("matters arising", "open"), ("matters arising", "done"),
    ]
    # May restates April's entry on the bench, which stands for the March action: one history.
    assert "item 3" in rows[1]["reason"] and "update on the action of 2031-04-01" in rows[2]["reason"]
    table = CliRunner().invoke(cli, ["--db", series, "action", str(bench)], catch_exceptions=False).output
    assert "matters arising" in table and "done" in table


def test_series_v_actions_latest_status(series):
    with Store(series) as store, store.session() as session:
        rows = dict(session.execute(text("SELECT text, latest_status FROM v_actions")).all())
    assert rows["KW to circulate the slides from the hall presentation."] == "done"
    assert rows["Cllr Orchard to walk the footpath to the church and report on the stiles."] == "open"


# --- Linking rules, on records stored directly (no document reading) ------------------------------

def _store(db_url, name: str, body: str, date: dt.date, actions: list[Action], updates: list[ActionUpdate],
           items: list[AgendaItem] | None = None) -> None:
    for line, record in enumerate([*actions, *updates], start=10):
        record.evidence = Evidence(page=1, line_start=line, line_end=line)
    with Store(db_url) as store:
        store.save_extraction(make_info(f"/m/{name}"), Extraction(
            meeting=Meeting(kind="minutes", body=body, date=date), actions=actions, action_updates=updates,
            items=items or [],
        ))


def _links(db_url) -> list[tuple[str, str]]:
    with Store(db_url) as store, store.session() as session:
        return [tuple(row) for row in session.execute(text(
            "SELECT u.text, a.text FROM action_updates u JOIN actions a ON a.id = u.action_id ORDER BY u.id"
        ))]


def _entry(ref: str | None, words: str, status: str = "done") -> ActionUpdate:
    return ActionUpdate(item="4", source="matters_arising", text=words, ref=ref, status=status)


def test_a_part_of_an_item_of_several_actions_needs_the_wording_to_pick_one(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 3, 4), [
        Action("5", "Clerk to send the rural survey link to councillors", ["Clerk"], "Clerk"),
        Action("5", "Clerk to pay the Harrowfield hall invoice", ["Clerk"], "Clerk"),
    ], [])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 4, 1), [], [
        _entry("5iv", "5iv) The Harrowfield hall invoice had been paid."),
        _entry("5vii", "5vii) The road at Harrowfield had been swept."),  # a place in common is not the task
    ])
    assert _links(db_url) == [("5iv) The Harrowfield hall invoice had been paid.",
                               "Clerk to pay the Harrowfield hall invoice")]


def test_the_only_action_of_the_item_named_needs_one_word(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 3, 4), [Action("7", "Obtain a quote for a bench", [], "KW")], [])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 4, 1), [], [
        _entry("7", "Item 7 – bench: still awaited", "open"),
        _entry("6", "Item 6 – bench: installed"),  # another item: no link
    ])
    assert _links(db_url) == [("Item 7 – bench: still awaited", "Obtain a quote for a bench")]


def test_no_link_across_missing_meetings_across_bodies_or_to_a_later_meeting(db_url):
    entry = "Item 7 – the bench has been installed"
    # Loaded first: the later meeting's action is no earlier action of this one.
    _store(db_url, "c.pdf", BODY, dt.date(2031, 11, 4), [], [_entry("7", entry)])
    _store(db_url, "a.pdf", BODY, dt.date(2031, 3, 4), [], [_entry("7", entry)])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 6, 3), [Action("7", "Obtain a quote for a bench", [], "KW")], [])
    _store(db_url, "d.pdf", OTHER, dt.date(2031, 7, 1), [], [_entry("7", entry)])
    # November is five months after June: the meetings between are not loaded, so "item 7" is not June's.
    assert _links(db_url) == []


def test_an_unnumbered_entry_links_only_by_strong_wording(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 3, 4), [
        Action("3", "Clerk to report the broken streetlight on Quarry Lane to the lighting contractor", [], "Clerk"),
    ], [])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 4, 1), [], [
        _entry(None, "Streetlight – the broken streetlight on Quarry Lane has been reported to the contractor."),
        _entry(None, "Quarry Lane – the verge has been cut."),
    ])
    assert [update for update, _action in _links(db_url)] == [
        "Streetlight – the broken streetlight on Quarry Lane has been reported to the contractor."
    ]


def test_a_report_links_to_the_same_owners_open_action(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 3, 4), [
        Action("4", "Cllr Brambley to obtain quotes for the hall roof repair", ["Felix Brambley"], "Cllr Brambley"),
        Action("5", "KW to circulate the hall roof survey", ["Kit Wexley"], "KW", status="done"),
    ], [])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 4, 1), [], [
        ActionUpdate(item="6", source="report", owner="Cllr Brambley", status="done",
                     text="Cllr Brambley reported that quotes for the hall roof repair had been obtained."),
        # Another owner's action: no link, however alike the words; and KW's action was done already.
        ActionUpdate(item="6", source="report", owner="KW", status="done",
                     text="KW reported that quotes for the hall roof repair had been obtained."),
    ])
    assert _links(db_url) == [("Cllr Brambley reported that quotes for the hall roof repair had been obtained.",
                               "Cllr Brambley to obtain quotes for the hall roof repair")]


@pytest.mark.parametrize(("paragraph", "refs"), [
    ("13i) The gate had been painted. 5v) The Clerk had written to the Boundary Office.", ["13i", "5v"]),
    ("• Grit bins – filled by the county • Footpath – the stile has been mended", [None, None]),
    ("The survey was done in 2031. 5 members attended.", [None]),  # a count, not an entry
    ("The banner was put up by members. 4.11. With regard to the allowance forms, the Clerk had written.",
     [None, None]),  # an entry carried on: the store reads "4.11." as the earlier entry "11"
    ("The fee paid was £4.11. The Clerk paid it.", [None]),  # a sum, not an entry
    # Carried entries after a sentence, a year or a sum; never cut inside a label's own numbers.
    ("4.4.4. 4.4.12iii) The hedge by Tolpenny Lane was cut in May 2031. 4.4.12iv) The bins had been emptied.",
     [None, None]),
])
def test_entries_run_together_in_one_paragraph(paragraph, refs):
    from minutebook.extract.action_updates import _entries

    found = _entries("4", "4", paragraph, _HERE)
    assert [update.ref for update in found] == refs
    if "Tolpenny" in paragraph:
        assert [entry_label(update.text) for update in found] == ["4.4.4.4.4.12iii", "4.4.12iv"]


def test_links_do_not_depend_on_the_order_files_are_loaded(db_url):
    entry = "Item 7 – bench: still awaited"
    _store(db_url, "b.pdf", BODY, dt.date(2031, 4, 1), [], [_entry("7", entry, "open")])
    _store(db_url, "c.pdf", BODY, dt.date(2031, 5, 6), [], [
        ActionUpdate(item="3", source="report", owner="KW", status="done",
                     text="KW reported that the bench quote had been obtained."),
    ])
    _store(db_url, "a.pdf", BODY, dt.date(2031, 3, 4), [Action("7", "KW to obtain a quote for a bench", [], "KW")], [])
    assert [update for update, _action in _links(db_url)] == [
        entry, "KW reported that the bench quote had been obtained.",
    ]


@pytest.mark.parametrize(("entry", "heading"), [
    ("Post Office Counter – Iona had written to the Post Office about the closure.", "Post Office Counter"),
    ("c) Opening hours of Brackley Library - Our Chair had yet to write.", "Opening hours of Brackley Library"),
    ("The Clerk had written to the bank – no reply.", None),  # a sentence, not a heading
    ("5iv) The hall invoice had been paid.", None),
])
def test_the_heading_an_entry_opens_with(entry, heading):
    assert entry_heading(entry) == heading


@pytest.mark.parametrize(("one", "other", "same"), [
    ("Brackleypark Library", "Opening hours of Brackley Park Library", True),
    ("b) Ambulance Service", "Ambulance Services", True),
    ("Post Office Counter", "Post Office Closures", False),
    ("Lighting", "Cleansing, environment, housing and roads", False),
])
def test_headings_agree_across_lettering_spacing_and_small_words(one, other, same):
    assert same_heading(one, other) is same


def test_an_entry_under_an_earlier_items_heading_links_to_its_action(db_url):
    # The action is recorded under its item's heading; the entry repeats the heading months later.
    _store(db_url, "a.md", BODY, dt.date(2031, 3, 4), [
        Action("b", "The Secretary will write to the bank asking that the mobile banking van visit weekly.",
               [], "Secretary"),
        Action("c", "The Chair will ask the depot about the broken bus shelter glass.", [], "Chair"),
    ], [], items=[AgendaItem("b", "Post Office Counter"), AgendaItem("c", "Post Office Closures")])
    _store(db_url, "b.md", BODY, dt.date(2031, 4, 1), [], [], items=[AgendaItem("a", "Welcome")])
    _store(db_url, "c.md", BODY, dt.date(2031, 5, 6), [], [
        _entry(None, "Post Office Counter – The Post Office had replied that the mobile counter would visit weekly."),
        # The heading agrees but the words do not: no link.
        _entry(None, "Bus Services – The route timetable was discussed at length by members present."),
    ])
    assert _links(db_url) == [(
        "Post Office Counter – The Post Office had replied that the mobile counter would visit weekly.",
        "The Secretary will write to the bank asking that the mobile banking van visit weekly.",
    )]


@pytest.mark.parametrize(("entry", "own", "named"), [
    ("4.12ii) The invoice for the hall heater had been received.", "4", "12ii"),
    ("4.4.4. 4.4.5iii) The training had been attended.", "4", "5iii"),
    ("4.11. The forms were returned.", "4", "11"),
    ("5.12ii) The invoice had been paid.", "4", None),  # another item's number
    ("12ii) The invoice had been paid.", "4", None),  # names the previous meeting's item, not an entry
])
def test_an_entry_carried_on_names_the_earlier_entry(entry, own, named):
    assert carried_entry(entry, own) == named


def _arising(words: str, ref: str | None = None, status: str = "done") -> ActionUpdate:
    return ActionUpdate(item="4", source="matters_arising", text=words, ref=ref, status=status)


def test_an_entry_carried_on_follows_the_earlier_entry_to_its_action(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 3, 4), [
        Action("12", "Clerk to order the replacement heater for Glenbrook hall.", ["Clerk"], "Clerk"),
        Action("12", "Clerk to follow up.", ["Clerk"], "Clerk"),
    ], [])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 4, 1), [], [
        _arising("12ii) The replacement heater for Glenbrook hall had been ordered.", "12ii", "open"),
    ])
    _store(db_url, "c.pdf", BODY, dt.date(2031, 5, 6), [], [
        _arising("4.12ii) The heater had been fitted."),  # one word is enough: the number names the entry
        _arising("4.12iv) The bins had been emptied."),  # no entry of that number last time: no link
    ])
    assert _links(db_url) == [
        ("12ii) The replacement heater for Glenbrook hall had been ordered.",
         "Clerk to order the replacement heater for Glenbrook hall."),
        ("4.12ii) The heater had been fitted.", "Clerk to order the replacement heater for Glenbrook hall."),
    ]


def test_a_short_entry_names_its_action_by_most_of_its_own_words(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 3, 4), [
        Action("5", "Marlow Bank, request to confirm details. The account was no longer used and it was agreed "
                    "that it be closed and the balance moved to the main account with the other bank.", [], None),
        Action("5", "Clerk to email the parish plan to members.", ["Clerk"], "Clerk"),
    ], [])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 4, 1), [], [
        _arising("5iii) The closure of the Marlow account was in hand.", "5iii", "open"),
        _arising("5iv) The road plan was noted.", "5iv"),  # one word ('plan') picks nothing
    ])
    assert [update for update, _action in _links(db_url)] == ["5iii) The closure of the Marlow account was in hand."]


# --- Later items of the same title (English parish style) -----------------------------------------

@pytest.mark.parametrize(("text", "status"), [
    # The first sentence that states a status counts, not a later weighing of what comes next.
    ("The Clerk had been to the nursery at Dunwold to ask about a new mower. A new one would be costly.", "done"),
    ("Mr Orrell has now replied about the lamp at Kestle Row; the bracket is still awaited.", "open"),
    # A decision of this meeting, and a statement of nothing done or owed: no update.
    ("RESOLVED: That the Council will await the arrival of the new noticeboard.", None),
    ("It was agreed that the Clerk had been right to write.", None),
    ("Members discussed the state of the verges at length.", None),
])
def test_a_statement_under_an_item_of_its_own(text, status):
    found = _same_item("6", AgendaItem("6", "New motor mower"), text, _HERE)
    assert [update.status for update in found] == ([status] if status else [])
    assert all(update.source == "same_item" for update in found)


def _said(item: str, words: str, status: str = "done") -> ActionUpdate:
    return ActionUpdate(item=item, source="same_item", text=words, status=status)


def test_a_statement_under_a_later_item_of_the_same_title_links_to_its_action(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 9, 2), [
        Action("5", "the Clerk should ask the lighting firm for a price to replace the lamp heads on Kestle Row",
               ["Clerk"], "the Clerk"),
        Action("6", "the Clerk should ask the county whether the precept could rise by more than the cap",
               ["Clerk"], "the Clerk"),
        Action("7", "the Clerk should write to the applicant about the barn conversion at Dunwold Farm",
               ["Clerk"], "the Clerk"),
    ], [], items=[AgendaItem("5", "Streetlights"), AgendaItem("6", "Precept"),
                  AgendaItem("7", "Planning applications")])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 10, 7), [], [
        # "Solar streetlights" holds "Streetlights": the same matter, three words of the action besides.
        _said("4", "The lighting firm had sent a price to replace the lamp heads with solar units."),
        # The same title, but only two words of the action: no link.
        _said("5", "The county had not replied about the cap on the precept.", "open"),
        # A standing item comes back with another matter every time: never linked by its title.
        _said("6", "The applicant for the barn conversion at Dunwold Farm had been written to."),
    ], items=[AgendaItem("4", "Solar streetlights"), AgendaItem("5", "Precept"),
              AgendaItem("6", "Planning applications")])
    assert _links(db_url) == [("The lighting firm had sent a price to replace the lamp heads with solar units.",
                               "the Clerk should ask the lighting firm for a price to replace the lamp heads on "
                               "Kestle Row")]


def test_a_later_item_of_the_same_title_passes_over_an_action_reported_done(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 5, 6), [
        Action("9", "the Clerk should send the annual return and the bank statements to the external auditor",
               ["Clerk"], "the Clerk"),
    ], [], items=[AgendaItem("9", "Annual return")])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 6, 3), [], [
        _said("8", "The annual return and bank statements had been sent to the external auditor in May."),
    ], items=[AgendaItem("8", "Annual return")])
    _store(db_url, "c.pdf", BODY, dt.date(2031, 9, 9), [], [
        # What followed the action, once it was done, is no update on it.
        _said("10", "The external auditor had certified the annual return and bank statements without comment."),
    ], items=[AgendaItem("10", "Annual return")])
    assert [update for update, _action in _links(db_url)] == [
        "The annual return and bank statements had been sent to the external auditor in May."]
    # A statement linked to no action is no update: stored for the next linking, never exported.
    with Store(db_url) as store:
        exported = [update["text"] for document in export_documents(store) for update in document["action_updates"]]
    assert exported == ["The annual return and bank statements had been sent to the external auditor in May."]


# --- Entries carried from meeting to meeting, points of an item's list, hand corrections of updates -------

@pytest.mark.parametrize(("entry", "label", "carried"), [
    ("12iv) The bins had been emptied.", "12iv", None),
    ("4.12iv) The bins had been emptied.", "4.12iv", "12iv"),
    ("4. 4.12iii) With regard to the hedge on Tolpenny Lane", "4.4.12iii", "4.12iii"),
    ("5.4.4. 4.10 The tree had been felled.", "5.4.4.4.10", "4.4.4.10"),
    ("4.11. The forms were returned.", "4.11", "11"),
    ("The Clerk had written to the county.", None, None),
])
def test_an_entry_label_and_the_label_of_the_entry_it_carries_on(entry, label, carried):
    assert (entry_label(entry), carried_label(entry)) == (label, carried)


def test_an_action_keeps_the_point_of_its_items_list(tmp_path):
    minutes = tmp_path / "vale-2031-05-06.txt"
    minutes.write_text(_HEAD.format(body=BODY, date="6 May 2031") + """2. Matters arising
12iii) The hedge on Tolpenny Lane had been cut back. Clerk to thank the landowner.

3. Correspondence
i) County bank statement. Noted
ii) Rural training day for councillors. Clerk to book two places.

4. Any other business
iv) Litter by the bus shelter on Quay Road. Cllr Wexley to ask the school to help with a clean-up.
""", encoding="utf-8")
    db = str(tmp_path / "points.db")
    assert CliRunner().invoke(cli, ["--db", db, "ingest", "--quiet", str(minutes)]).exit_code == 0
    with Store(db) as store, store.session() as session:
        points = dict(session.execute(text("SELECT text, sub_item FROM actions")).all())
    assert points["Clerk to book two places."] == "3ii"
    assert [point for words, point in points.items() if "clean-up" in words] == ["4iv"]
    # A point numbered after another meeting's item ("12iii)") is no point of this item's list.
    assert [point for words, point in points.items() if "landowner" in words] == [None]


def test_a_point_named_links_to_the_one_action_recorded_there_whatever_its_words(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 5, 6), [
        Action("12", "Clerk to follow up with the police.", ["Clerk"], "Clerk", sub_item="12i"),
        Action("12", "Clerk to follow up.", ["Clerk"], "Clerk", sub_item="12iv"),
        Action("5", "Clerk to book places on the training.", ["Clerk"], "Clerk", sub_item="5iii"),
        Action("5", "Clerk to send the form for the training.", ["Clerk"], "Clerk", sub_item="5iii"),
    ], [])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 6, 3), [], [
        _arising("12iv) The rubbish bags by Elmfield Green had been collected.", "12iv"),
        # Two actions at that point: the wording must pick one, and says nothing of either.
        _arising("5iii) The hall had been painted.", "5iii"),
        _arising("12ii) The defibrillator had been installed.", "12ii"),  # no action at that point
    ])
    assert _links(db_url) == [("12iv) The rubbish bags by Elmfield Green had been collected.", "Clerk to follow up.")]


def test_a_point_of_a_meeting_two_back_is_not_named_by_a_bare_number(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 5, 6), [
        Action("12", "Clerk to follow up.", ["Clerk"], "Clerk", sub_item="12iv"),
    ], [])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 6, 3), [], [])
    _store(db_url, "c.pdf", BODY, dt.date(2031, 7, 1), [], [
        _arising("12iv) The rubbish bags by Elmfield Green had been collected.", "12iv"),
    ])
    assert _links(db_url) == []


def test_an_entry_carried_through_several_meetings_is_followed_back_to_its_action(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 5, 6), [
        Action("5", "Clerk to book places on the code of conduct training.", ["Clerk"], "Clerk", sub_item="5iii"),
        Action("5", "Clerk to ask the bank to close the old savings account.", ["Clerk"], "Clerk",
               sub_item="5iii"),
    ], [])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 6, 3), [
        Action("5", "Clerk to write to the Tolpenny bank about the account.", ["Clerk"], "Clerk", sub_item="5iii"),
    ], [
        # The wording picks none of May's two actions at that point: this entry is linked to nothing.
        _arising("5iii) Places were discussed.", "5iii", "open"),
    ])
    _store(db_url, "c.pdf", BODY, dt.date(2031, 7, 1), [], [
        # June's entry "5iii" holds no action and was linked to none: followed back to May's point 5iii.
        _arising("4.5iii) Councillors had been booked on the code of conduct training."),
        # June's own point 5iii, named without a carried number: June's action.
        _arising("5iii) The Tolpenny bank account closure was in hand.", "5iii", "open"),
    ])
    _store(db_url, "d.pdf", BODY, dt.date(2031, 9, 9), [], [
        _arising("4.4.5iii) Two councillors had attended the code of conduct training."),
        _arising("4.5iii) The Clerk had taken the letter about the account to the Tolpenny bank."),
    ])
    training = "Clerk to book places on the code of conduct training."
    bank = "Clerk to write to the Tolpenny bank about the account."
    assert _links(db_url) == [
        ("4.5iii) Councillors had been booked on the code of conduct training.", training),
        ("5iii) The Tolpenny bank account closure was in hand.", bank),
        ("4.4.5iii) Two councillors had attended the code of conduct training.", training),
        ("4.5iii) The Clerk had taken the letter about the account to the Tolpenny bank.", bank),
    ]


def _reported(item: str, words: str, owner: str, status: str = "done") -> ActionUpdate:
    return ActionUpdate(item=item, source="report", text=words, owner=owner, status=status)


def test_an_owners_report_under_the_same_title_links_to_their_one_open_action_there(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 11, 4), [
        Action("9", "the Chairman would contact the owner of Hollin Farm about the hedge planting", ["Chairman"],
               "the Chairman"),
        Action("10", "the Clerk should ask two firms for prices", ["Clerk"], "the Clerk"),
        Action("10", "the Clerk should check the insurance", ["Clerk"], "the Clerk"),
    ], [], items=[AgendaItem("9", "Request for support for hedge planting"), AgendaItem("10", "Play area")])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 12, 2), [], [
        # Under the same title, by the same owner: their one open action there, whatever the words.
        _reported("5", "The Chairman reported that she had walked the site with Mr Olway.", "Chairman"),
        # Two open actions of the Clerk's under "Play area": which one is unsaid.
        _reported("6", "The Clerk reported that the swings had been repainted.", "Clerk"),
        # Another owner's report under the title: not theirs.
        _reported("7", "The Clerk reported that the village hall had been booked.", "Clerk"),
    ], items=[AgendaItem("5", "Request for support of hedge planting"), AgendaItem("6", "Play area"),
              AgendaItem("7", "Hedge planting request")])
    assert _links(db_url) == [("The Chairman reported that she had walked the site with Mr Olway.",
                               "the Chairman would contact the owner of Hollin Farm about the hedge planting")]


@pytest.mark.parametrize(("one", "other", "close"), [
    ("Streetlights", "Solar streetlights", True),
    ("Motor mower", "New motor mower", True),
    ("Request for support for hedge planting", "Request for support of hedge planting", True),
    ("b) Banking Services", "Banking services", True),
    # A place with another matter after it, or a heading that grew a second matter: not close enough.
    ("Quarry Park - Updates", "Quarry Park funding from 2029", False),
    ("Appointment of a deputy clerk", "Appointment of a deputy clerk and the payroll contract", False),
    ("Play area", "Village hall", False),
])
def test_titles_close_enough_to_tie_a_report_by_title_alone(one, other, close):
    assert close_title(one, other) is close


def _update_id(db: str, words: str) -> int:
    with Store(db) as store, store.session() as session:
        return session.execute(text("SELECT id FROM action_updates WHERE text LIKE :w"), {"w": f"%{words}%"}).scalar_one()


def _update_action(db: str, words: str) -> str | None:
    with Store(db) as store, store.session() as session:
        return session.execute(text(
            "SELECT a.text FROM action_updates u LEFT JOIN actions a ON a.id = u.action_id WHERE u.text LIKE :w"
        ), {"w": f"%{words}%"}).scalar_one()


def test_an_update_is_linked_and_unlinked_by_hand_across_reloads_and_undone(series, tmp_path):
    folder = str(tmp_path / "minutes")
    footpath = _id(series, "walk the footpath")
    noticeboard = _update_id(series, "noticeboard has been repainted")
    assert _update_action(series, "noticeboard has been repainted") is None
    linked = CliRunner().invoke(cli, ["--db", series, "link", "--update", str(noticeboard), str(footpath)])
    assert linked.exit_code == 0 and f"Linked update {noticeboard} to action {footpath}" in linked.output
    verge = _update_id(series, "written to Highways about the Mill Lane verge (done)")
    assert "Mill Lane verge" in (_update_action(series, "written to Highways about the Mill Lane verge") or "")
    assert CliRunner().invoke(cli, ["--db", series, "unlink", "--update", str(verge)]).exit_code == 0
    # Both corrections are kept when the documents are read again (the ids change).
    assert CliRunner().invoke(cli, ["--db", series, "ingest", "--quiet", "--force", folder]).exit_code == 0
    assert "footpath" in (_update_action(series, "noticeboard has been repainted") or "")
    assert _update_action(series, "written to Highways about the Mill Lane verge") is None
    history = json.loads(CliRunner().invoke(cli, ["--db", series, "action", str(_id(series, "walk the footpath")),
                                                  "--json"]).output)
    assert "user link" in json.dumps(history)
    # Undone: the automatic links decide again.
    again = _update_id(series, "written to Highways about the Mill Lane verge (done)")
    undone = CliRunner().invoke(cli, ["--db", series, "unlink", "--update", "--undo", str(again)])
    assert undone.exit_code == 0 and "Forgot the correction by hand" in undone.output
    assert "Mill Lane verge" in (_update_action(series, "written to Highways about the Mill Lane verge") or "")
    # An update reports on an earlier action, and a correction needs an update that exists.
    march_update = CliRunner().invoke(cli, ["--db", series, "link", "--update", "999999", str(footpath)])
    assert march_update.exit_code != 0 and "no action update with id 999999" in march_update.output


def test_a_notice_of_motion_is_a_new_matter_under_the_same_words_each_time(db_url):
    _store(db_url, "a.pdf", BODY, dt.date(2031, 2, 3), [
        Action("7", "it was agreed that the Meetings Administrator would write to the Director about the estates "
                    "taken in charge at Rossmore", [], None),
    ], [], items=[AgendaItem("7", "Notice of Motion submitted by Councillor Kavanagh")])
    _store(db_url, "b.pdf", BODY, dt.date(2031, 3, 3), [], [
        _said("6", "The Director had written about the estates taken in charge at Rossmore and Glenard."),
    ], items=[AgendaItem("6", "Notice of Motion submitted by Councillor Kavanagh")])
    assert _links(db_url) == []


@pytest.mark.parametrize(("entry", "title", "heading"), [
    # A heading too long to be read alone is the entry's own sub-item title when the entry opens with it.
    ("Harbour Road consultation on lane changes to make cycling safer for pupils – Cllr Dunn had replied.",
     "Harbour Road consultation on lane changes to make cycling safer for pupils",
     "Harbour Road consultation on lane changes to make cycling safer for pupils"),
    ("b) Harbour Road consultation on lane changes to make cycling safer for pupils - no news.",
     "Harbour Road consultation on lane changes to make cycling safer for pupils",
     "Harbour Road consultation on lane changes to make cycling safer for pupils"),
    # The entry does not open with its title: no heading.
    ("Cllr Dunn said the Harbour Road consultation on lane changes – no news.",
     "Harbour Road consultation on lane changes to make cycling safer for pupils", None),
])
def test_an_entry_opening_with_its_long_sub_item_title_has_it_for_heading(entry, title, heading):
    assert entry_heading(entry, title) == heading


_LONG = "Harbour Road consultation on lane changes to make cycling safer for pupils"


def test_an_entry_under_a_long_heading_links_to_the_action_of_that_item(db_url):
    _store(db_url, "a.md", BODY, dt.date(2031, 3, 4), [
        Action("c", "It was AGREED that a request be made via Cllr Dunn for more time to answer the consultation "
                    "(copy to the roads team).", [], None),
    ], [], items=[AgendaItem("c", _LONG)])
    _store(db_url, "b.md", BODY, dt.date(2031, 4, 1), [], [
        ActionUpdate(item="c", source="matters_arising", status="done",
                     text=f"{_LONG} – Cllr Dunn reported that more time had been given to answer, the roads team agreed."),
        # Another long sub-item: its heading is no earlier item's.
        ActionUpdate(item="d", source="matters_arising", status="open",
                     text="Winter gritting of the school lanes and the steep roads above the harbour – more time "
                          "to answer was needed by the roads team."),
    ], items=[AgendaItem("c", _LONG),
              AgendaItem("d", "Winter gritting of the school lanes and the steep roads above the harbour")])
    assert _links(db_url) == [(
        f"{_LONG} – Cllr Dunn reported that more time had been given to answer, the roads team agreed.",
        "It was AGREED that a request be made via Cllr Dunn for more time to answer the consultation "
        "(copy to the roads team).",
    )]


def test_the_one_action_of_an_item_is_picked_by_a_name_no_other_action_gives(db_url):
    _store(db_url, "a.md", BODY, dt.date(2031, 3, 4), [
        Action("f", "It was agreed to contact the FBU for a briefing once the review was announced.", [], None),
        Action("g", "It was agreed to ask Westbank Community Council for support in naming the bridge.", [], None),
        Action("h", "The Secretary will write to the Westbank Ferry Trust about the fares.", [], "Secretary"),
        Action("k", "It was agreed to write to the Ashcombe Hall trustees.", [], None),
    ], [], items=[AgendaItem("f", "Fire Service"), AgendaItem("g", "Bridge naming"), AgendaItem("h", "Ferry"),
                  AgendaItem("k", "Roof repairs")])
    _store(db_url, "b.md", BODY, dt.date(2031, 4, 1), [], [
        _entry(None, "Fire Service – Cllr Dunn had been in touch with the FBU."),
        # The name is also another action's of that meeting: it picks none.
        _entry(None, "Bridge naming – A letter had gone to Westbank in October."),
        # The body's own place names no matter.
        _entry(None, "Roof repairs – Residents of Ashcombe were worried."),
        # No name in common: a heading alone links nothing.
        _entry(None, "Fire Service – Crews were short over the summer."),
    ])
    assert _links(db_url) == [("Fire Service – Cllr Dunn had been in touch with the FBU.",
                               "It was agreed to contact the FBU for a briefing once the review was announced.")]


def _save(db_url, name: str, date: dt.date, records: list[tuple[Action | ActionUpdate, int, int]],
          items: list[AgendaItem]) -> None:
    for record, first, last in records:
        record.evidence = Evidence(page=1, line_start=first, line_end=last)
    with Store(db_url) as store:
        store.save_extraction(make_info(f"/m/{name}"), Extraction(
            meeting=Meeting(kind="minutes", body=BODY, date=date), items=items,
            actions=[r for r, _, _ in records if isinstance(r, Action)],
            action_updates=[r for r, _, _ in records if isinstance(r, ActionUpdate)],
        ))


def test_an_action_restated_within_a_report_is_one_matter_with_it(db_url):
    items = [AgendaItem("h", "Library hours"), AgendaItem("f", "Ferry")]
    _save(db_url, "a.md", dt.date(2031, 3, 4), [
        (Action("h", "It was agreed to approach Kenzie Law Centre about Sunday opening.", [], None), 10, 10),
    ], items)
    _save(db_url, "b.md", dt.date(2031, 4, 1), [
        (_entry(None, "Library hours – Our Chair reported that Ross Kinnaird of Kenzie Law Centre had agreed to "
                      "take up the case and he would be in touch with him."), 10, 12),
        # The Chair's part, recorded within the report: the same matter, not a second one.
        (Action("h", "He would be in touch with Ross Kinnaird.", ["Chair"], "He"), 11, 12),
        # Two matters under one item: a name picks neither.
        (Action("f", "It was agreed to write to the Westbank Ferry Trust about fares.", [], None), 20, 20),
        (Action("f", "The Secretary will ask the harbour master about the winter timetable.", [], "Secretary"),
         21, 21),
    ], items)
    _save(db_url, "c.md", dt.date(2031, 5, 6), [
        (_entry(None, "Library hours – Our Chair had yet to brief Ross Kinnaird."), 10, 10),
        (_entry(None, "Ferry – The Westbank people were asked."), 11, 11),
    ], items)
    assert _links(db_url) == [
        ("Library hours – Our Chair reported that Ross Kinnaird of Kenzie Law Centre had agreed to take up the case "
         "and he would be in touch with him.", "It was agreed to approach Kenzie Law Centre about Sunday opening."),
        ("Library hours – Our Chair had yet to brief Ross Kinnaird.",
         "It was agreed to approach Kenzie Law Centre about Sunday opening."),
    ]


@pytest.mark.parametrize(("wording", "status"), [
    ("Cllr Dunn had been in touch with the fire brigade union.", "done"),
    ("The Clerk has now been in contact with the owners of the field.", "done"),
    # Owed words still go first; a promise of contact is no contact made.
    ("The Clerk had been in contact with the county but a reply was still awaited.", "open"),
    ("The Clerk would be in touch with the owners.", "open"),
])
def test_a_contact_made_is_done(wording, status):
    assert update_status(wording) == status
