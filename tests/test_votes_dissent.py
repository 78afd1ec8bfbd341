"""Outcomes that close their clause while the line goes on to name who dissented ("Carried, Cllr Dee voting
against."), and the Australian councillor's "Cr" as a mover's title."""

from __future__ import annotations

import pytest

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.votes import extract_votes


def _votes(make_document, text):
    document = make_document(text)
    return extract_votes(document, split_sections(document, extract_items(document)))


_HEAD = "Minutes of the meeting of Elm Parish Council held on 4 March 2021\n\nPresent: Cllr Ann Lee, Cllr Bob Ash\n\n2. Budget\n"


@pytest.mark.parametrize(
    ("line", "against"),
    [
        ("Cllr Lee proposed that the budget be approved, seconded by Cllr Ash. Carried, Cllr Dee voting against.", ["Dee"]),
        ("Moved Cllr Lee / Seconded Cllr Ash that the budget be approved. CARRIED. Cllr Eve asked that her vote against "
         "be recorded.", []),
        ("Proposed by Cllr Lee, seconded by Cllr Ash, that the budget be approved.\nCarried; Councillors Dee and Eve "
         "abstained.", []),
    ],
)
def test_outcome_then_the_dissent_on_its_line(make_document, line, against) -> None:
    votes = _votes(make_document, _HEAD + line + "\n")
    assert [vote.result for vote in votes] == ["carried"]
    assert [name.split()[-1] for name in votes[0].voted_against] == against


@pytest.mark.parametrize(
    "line",
    [
        "The Clerk reported the item as carried forward. Lost, Found and Returned property was listed.",
        "Carried forward to the next meeting, Cllr Dee to report.",
    ],
)
def test_carried_forward_and_lost_property_are_no_outcome(make_document, line) -> None:
    assert _votes(make_document, _HEAD + line + "\n") == []


@pytest.mark.parametrize("title", ["Cr", "Cr."])
def test_cr_names_the_mover(make_document, title) -> None:
    text = _HEAD + f"Moved {title} Lee, seconded {title} Ash\nThat Council approve the budget.\nCARRIED 5/1\n"
    votes = _votes(make_document, text)
    assert [(vote.result, vote.count_for, vote.count_against) for vote in votes] == [("carried", 5, 1)]
    assert votes[0].mover is not None and votes[0].mover.endswith("Lee")


@pytest.mark.parametrize(
    "block",
    [
        "Resolution No. 2021-045\nMoved By: B. Ash\nSeconded By: C. Dee\nBE IT RESOLVED THAT Council approve the budget.\n"
        "CARRIED",
        "MOVED BY: Councillor Ash\nSECONDED BY: Councillor Dee\nTHAT the budget be approved.\nCARRIED UNANIMOUSLY",
    ],
)
def test_moved_by_and_seconded_by_block_labels(make_document, block) -> None:
    votes = _votes(make_document, _HEAD + block + "\n")
    assert [(vote.result, (vote.seconder or "").split()[-1:]) for vote in votes] == [("carried", ["Dee"])]


@pytest.mark.parametrize(
    ("line", "summary"),
    [
        ("Cllr Lee proposed and Cllr Ash seconded that the budget be approved. This was carried by a majority.",
         ("carried", None, None)),
        ("Proposed Cllr Lee, seconded Cllr Ash, that the budget be approved. Resolved by majority vote.",
         ("carried", None, None)),
        ("Cllr Lee moved that the budget be approved. Cllr Ash seconded. The motion was put to the vote and was lost.",
         ("lost", None, None)),
        ("Proposed Cllr Lee, seconded Cllr Ash, that the budget be approved. Motion passed by a majority of 5 to 2.",
         ("carried", 5, 2)),
        ("Moved by Cllr Lee, seconded by Cllr Ash, that the budget be approved.\nPassed.", ("carried", None, None)),
    ],
)
def test_outcome_by_a_majority_or_put_to_the_vote(make_document, line, summary) -> None:
    votes = _votes(make_document, _HEAD + line + "\n")
    assert [(vote.result, vote.count_for, vote.count_against) for vote in votes] == [summary]


@pytest.mark.parametrize(
    "line",
    [
        "The resurfacing was ordered in May. It was carried out by the contractor in June.",
        "The report was passed to the Clerk. The scheme was carried by a majority of residents in the survey.",
        "The Clerk noted the policy. It was adopted by the district in 2019.",
    ],
)
def test_work_carried_out_or_a_survey_majority_is_no_vote(make_document, line) -> None:
    assert _votes(make_document, _HEAD + line + "\n") == []
