from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import delete, func, select

from minutebook.errors import BadQuery
from minutebook.extract import records as r
from minutebook.models import Document
from minutebook.store import Store
from minutebook.store.queries import list_resolutions, list_tagged
from minutebook.store.search import (
    HIGHLIGHT_START,
    parse_query,
    search,
    search_records,
)


def meeting(day: dt.date, body: str, resolutions: list[tuple[str, str, list[str]]], actions=()) -> r.Extraction:
    return r.Extraction(
        meeting=r.Meeting(kind="minutes", body=body, date=day),
        items=[r.AgendaItem(number="4", title="Partnership updates", evidence=r.Evidence(1, 3, 3))],
        resolutions=[
            r.Resolution(item=item, text=text, topics=topics, evidence=r.Evidence(2, 10 + n, 10 + n))
            for n, (item, text, topics) in enumerate(resolutions)
        ],
        actions=[r.Action(item="4", text=text, owners=[owner], evidence=r.Evidence(3, 30, 30)) for text, owner in actions],
    )


@pytest.fixture
def store(db_url, document_info):
    with Store(db_url) as opened:
        opened.save_extraction(
            document_info("/m/spring.pdf"),
            meeting(
                dt.date(2020, 3, 2), "Northmoor Community Safety Partnership",
                [
                    ("4", "Members noted that two victims had been abused and agreed to fund an advocate.", ["domestic abuse"]),
                    ("5", "The partnership agreed the MARAC protocol.", ["domestic abuse"]),
                    ("6", "The budget for street lighting was approved.", ["finance and budget"]),
                ],
                actions=[("Circulate the domestic abuse figures to members.", "Hal Brisket")],
            ),
        )
        opened.save_extraction(
            document_info("/m/autumn.pdf"),
            meeting(
                dt.date(2021, 10, 5), "Northmoor Licensing Panel",
                [("2", "The panel agreed that domestic abuse training is mandatory for licence holders.", [])],
            ),
        )
        yield opened


def test_stemming_finds_other_word_forms(store):
    hits = search(store, "abuse")
    texts = [hit.text for hit in hits]
    assert any("abused" in text for text in texts)
    assert any("domestic abuse training" in text for text in texts)


def test_phrase_must_be_adjacent(store):
    hits = search(store, '"domestic abuse"', scope="resolutions")
    assert [hit.text for hit in hits] == ["The panel agreed that domestic abuse training is mandatory for licence holders."]


def test_boolean_or_and_not(store):
    assert len(search(store, "MARAC OR lighting", scope="resolutions")) == 2
    assert len(search(store, "agreed AND protocol", scope="resolutions")) == 1
    assert all("panel" not in h.text for h in search(store, "agreed -panel", scope="resolutions"))
    texts = [h.text for h in search(store, "agreed NOT panel", scope="resolutions")]
    assert texts and all("panel agreed" not in text for text in texts)


def test_hit_carries_source_and_snippet(store):
    [hit] = search(store, "MARAC")
    assert hit.record_type == "resolution"
    assert HIGHLIGHT_START + "MARAC" in hit.snippet
    assert (hit.date, hit.body, hit.item, hit.file, hit.page) == (
        dt.date(2020, 3, 2), "Northmoor Community Safety Partnership", "5", "spring.pdf", 2,
    )


def test_scope_and_filters(store):
    assert {hit.record_type for hit in search(store, "domestic abuse", scope="actions")} == {"action"}
    assert all(hit.body == "Northmoor Licensing Panel" for hit in search(store, "abuse", body="licensing"))
    assert all(hit.date >= dt.date(2021, 1, 1) for hit in search(store, "abuse", date_from=dt.date(2021, 1, 1)))
    assert search(store, "abuse", date_to=dt.date(2019, 1, 1)) == []
    assert [hit.item for hit in search(store, "partnership", scope="items")] == ["4", "4"]


def test_newest_first_and_limit(store):
    hits = search(store, "agreed", newest_first=True)
    assert hits[0].date == dt.date(2021, 10, 5)
    assert len(search(store, "agreed", limit=1)) == 1


def test_prefix_search(store):
    assert any("mandatory" in hit.text for hit in search(store, "manda*"))


@pytest.mark.parametrize("query", ['abuse"', "(abuse", "abuse:", "'abuse'", "abuse AND", "^abuse*", "OR abuse"])
def test_user_punctuation_never_breaks_the_query(store, query):
    assert search(store, query)


def test_fts_keywords_are_plain_words(store):
    # NEAR, column filters and carets mean nothing special: no syntax error.
    assert search(store, "NEAR(abuse, 5)") == []
    assert search(store, "text:abuse") == []


@pytest.mark.parametrize("query", ["", "   ", "NOT abuse", "-abuse", "((( )))"])
def test_queries_without_words_raise_bad_query(store, query):
    with pytest.raises(BadQuery):
        search(store, query)


def test_unknown_scope_raises(store):
    with pytest.raises(BadQuery, match="scope"):
        search(store, "abuse", scope="minutes")  # type: ignore[arg-type]  # an unknown scope is the point


def test_parse_query_shapes():
    parsed = parse_query('"anti-social behaviour" dispersal OR -graffiti NOT noise')
    assert parsed.to_fts5() == '((("anti social behaviour" AND "dispersal")) NOT "graffiti") NOT "noise"'
    assert parsed.to_tsquery() == (
        "(((('anti' <-> 'social' <-> 'behaviour') & 'dispersal')) & !'graffiti') & !'noise'"
    )


def test_resave_and_delete_keep_index_in_step(store, document_info):
    store.save_extraction(
        document_info("/m/spring.pdf"),
        meeting(dt.date(2020, 3, 2), "Northmoor Community Safety Partnership", [("4", "Only the parking review.", [])]),
    )
    assert search(store, "MARAC") == []
    assert len(search(store, "parking")) == 1
    with store.session() as session:
        session.execute(delete(Document).where(Document.file_name == "spring.pdf"))
    assert search(store, "parking") == []
    with store.session() as session:
        assert session.scalar(select(func.count()).select_from(search_records)) == 2  # the other document's item and resolution


def test_topic_finds_resolutions_without_the_words(store):
    rows = list_resolutions(store, topic="Domestic Abuse")
    assert [row.item for row in rows] == ["4", "5"]
    assert "MARAC" in rows[1].text and rows[1].topics == ["domestic abuse"]
    assert list_resolutions(store, topic="domestic abuse", date_from=dt.date(2021, 1, 1)) == []
    assert list_resolutions(store, topic="domestic abuse", body="licensing") == []
    assert len(list_resolutions(store)) == 4


def test_list_tagged_other_record_types(store):
    assert list_tagged(store, "domestic abuse", record_type="action") == []


def test_rebuild_and_optimize_keep_results(store):
    from minutebook.store.search import optimize_search_index, rebuild_search_index

    before = [hit.record_id for hit in search(store, "agreed")]
    assert rebuild_search_index(store) == 7  # two items, four resolutions, one action
    optimize_search_index(store)
    assert [hit.record_id for hit in search(store, "agreed")] == before
