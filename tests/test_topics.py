from __future__ import annotations

import pytest

from minutebook.errors import MinutebookError
from minutebook.extract.records import Action, AgendaItem, Extraction, Meeting, Resolution
from minutebook.extract.topics import load_topics, match_topics, read_topics, tag_topics


@pytest.fixture
def vocabulary():
    return load_topics()


def test_shipped_vocabulary_loads_with_core_topics(vocabulary):
    for topic in ("domestic abuse", "anti-social behaviour", "safeguarding", "finance and budget"):
        assert topic in vocabulary.topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("Members noted the MARAC referral figures", "domestic abuse"),
        ("An IDVA will attend the next meeting", "domestic abuse"),
        ("The domestic homicide review was published", "domestic abuse"),
        ("Two dispersal orders were used over the summer", "anti-social behaviour"),
        ("Update on Anti-Social Behaviour", "anti-social behaviour"),
        ("Street drinking in the town centre", "drugs and alcohol"),
        ("Prevent training for staff", "prevent and radicalisation"),
        ("Speeding on rural roads", "road safety"),
        ("The draft budget for 2016/17", "finance and budget"),
    ],
)
def test_match_topics_finds_topic(vocabulary, nlp, text, topic):
    assert topic in match_topics(text, vocabulary, nlp=nlp)


def test_exact_phrases_respect_case(vocabulary, nlp):
    # "prevent" as an ordinary verb must not tag the counter-extremism topic.
    assert "prevent and radicalisation" not in match_topics("work to prevent crime", vocabulary, nlp=nlp)


def test_plural_forms_are_matched(nlp):
    vocabulary = read_topics({"topics": {"housing": {"phrases": ["empty home"]}}})
    assert match_topics("three Empty Homes were reopened", vocabulary, nlp=nlp) == ["housing"]


def test_tag_topics_sets_topics_and_inherits_item_topics(vocabulary, nlp):
    extraction = Extraction(
        meeting=Meeting(kind="minutes"),
        items=[AgendaItem(number="5", title="Domestic Abuse Update"), AgendaItem(number="6", title="Any other business")],
        resolutions=[Resolution(item="5", text="Members noted the report."),
                     Resolution(item="6", text="The budget was agreed.")],
        actions=[Action(item="5", text="Circulate the referral figures.")],
    )
    tag_topics(extraction, vocabulary, nlp=nlp)
    assert extraction.items[0].topics == ["domestic abuse"]
    assert extraction.resolutions[0].topics == ["domestic abuse"]
    assert "finance and budget" in extraction.resolutions[1].topics
    assert "domestic abuse" not in extraction.resolutions[1].topics
    assert extraction.actions[0].topics == ["domestic abuse"]


def test_tag_topics_uses_shipped_vocabulary_when_none(nlp):
    extraction = Extraction(meeting=Meeting(), items=[AgendaItem(number="1", title="Road Safety")])
    tag_topics(extraction, None, nlp=nlp)
    assert extraction.items[0].topics == ["road safety"]


def test_resolve_topic_accepts_alias_and_case(vocabulary):
    assert vocabulary.resolve_topic("ASB") == "anti-social behaviour"
    assert vocabulary.resolve_topic("Domestic  Abuse") == "domestic abuse"
    assert vocabulary.resolve_topic("astronomy") is None


def test_user_file_replaces_vocabulary(tmp_path, nlp, monkeypatch):
    path = tmp_path / "mine.toml"
    path.write_text('[topics.parks]\nphrases = ["playground"]\naliases = ["green space"]\n')
    vocabulary = load_topics(path)
    assert vocabulary.topics == ["parks"]
    assert match_topics("New playground equipment", vocabulary, nlp=nlp) == ["parks"]
    monkeypatch.setenv("MINUTEBOOK_TOPICS", str(path))
    assert load_topics().topics == ["parks"]


@pytest.mark.parametrize(
    "content",
    ["not toml [", "[other]\nx = 1\n", '[topics.parks]\nphrases = "playground"\n', "[topics.parks]\n"],
)
def test_bad_topics_file_raises_clear_error(tmp_path, content):
    path = tmp_path / "bad.toml"
    path.write_text(content)
    with pytest.raises(MinutebookError, match="bad.toml"):
        load_topics(path)


def test_missing_topics_file_raises(tmp_path):
    with pytest.raises(MinutebookError, match="cannot read"):
        load_topics(tmp_path / "absent.toml")


def test_vocabulary_pickles_after_use(vocabulary, nlp):
    import pickle

    match_topics("MARAC", vocabulary, nlp=nlp)
    copy = pickle.loads(pickle.dumps(vocabulary))
    assert match_topics("MARAC", copy, nlp=nlp) == ["domestic abuse"]


def test_a_text_seen_again_gets_its_own_list_of_the_same_topics(nlp):
    vocabulary = read_topics({"topics": {"Parking": {"phrases": ["parking"]}}})
    items = [AgendaItem(number="1", title="Parking fines"), AgendaItem(number="2", title="Parking fines")]
    extraction = Extraction(meeting=Meeting(), items=items)
    tag_topics(extraction, vocabulary, nlp=nlp)
    tag_topics(extraction, vocabulary, nlp=nlp)
    assert items[0].topics == items[1].topics == ["Parking"]
    items[0].topics.append("Changed")
    assert items[1].topics == ["Parking"]
    assert match_topics("Parking fines", vocabulary, nlp=nlp) == ["Parking"]
