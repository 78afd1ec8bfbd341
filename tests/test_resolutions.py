"""Resolutions from short inline minutes."""

from __future__ import annotations

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions


def _resolutions(make_document, nlp, text):
    document = make_document(text)
    return extract_resolutions(split_sections(document, extract_items(document)), nlp=nlp)


def _texts(make_document, nlp, text):
    return [r.text for r in _resolutions(make_document, nlp, text)]


def test_resolved_with_following_decision_lines(make_document, nlp):
    text = (
        "#### 5. Safety Agreement\n\nThe officer introduced the review.\n\n"
        "RESOLVED that the priorities be amended. The Board would receive a report in May.\n"
        "The Board note the progress on the action plan.\n"
        "The Board request a report back at the next meeting.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "RESOLVED that the priorities be amended. The Board would receive a report in May.",
        "The Board note the progress on the action plan.",
        "The Board request a report back at the next meeting.",
    ]


def test_lettered_list_gives_one_resolution_per_letter(make_document, nlp):
    text = (
        "#### 9. Reviews\n\nThe officer introduced the report.\n\nThe Partnership agreed to:\n\n"
        "- (a) note the progress of the current cases\n- (b) the escalation process in the report.\n"
    )
    resolutions = _resolutions(make_document, nlp, text)
    assert [r.text for r in resolutions] == [
        "The Partnership agreed to: note the progress of the current cases",
        "The Partnership agreed to: the escalation process in the report.",
    ]
    assert {r.item for r in resolutions} == {"9"}


def test_common_decision_phrasings(make_document, nlp):
    text = (
        "#### 1. Notes of meeting held on 2 March 2014\n\n"
        "The notes of the meeting held on 2 March 2014 were agreed as a true record and signed by the Chairman.\n\n"
        "#### 2. Parking Review\n\nThe officer gave an update. It was agreed that the review be approved.\n\n"
        "#### 3. Crime Figures\n\nMembers noted the report.\n\n"
        "#### 4. Date of next meeting\n\nNoted\n\n"
        "#### 5. Reoffending Board\n\n- (1) The officer updated the Board.\n- (2) The Partners noted the verbal update.\n\n"
        "#### 6. Minutes of the last meeting\n\nThe minutes of the last meeting were agreed; all actions were done.\n"
    )
    resolutions = _resolutions(make_document, nlp, text)
    assert [(r.item, r.text) for r in resolutions] == [
        ("1", "The notes of the meeting held on 2 March 2014 were agreed as a true record and signed by the Chairman."),
        ("2", "It was agreed that the review be approved."),
        ("3", "Members noted the report."),
        ("4", "Noted"),
        ("5", "The Partners noted the verbal update."),
        ("6", "The minutes of the last meeting were agreed; all actions were done."),
    ]


def test_decision_inside_a_paragraph(make_document, nlp):
    text = (
        "#### 3.3 Quarterly report\n\nThe officer gave an overview of the report. "
        "The Partnership confirmed that it was happy with the format of the report.\n\n"
        "The Partnership considered the amber actions and agreed to follow up the missing information.\n"
    )
    assert _texts(make_document, nlp, text) == [
        "The Partnership confirmed that it was happy with the format of the report.",
        "The Partnership considered the amber actions and agreed to follow up the missing information.",
    ]


def test_proposer_and_seconder(make_document, nlp):
    text = (
        "5. MINUTES OF PREVIOUS MEETING\n\n"
        "Councillor Green proposed, Councillor Black seconded and Members agreed that the minutes "
        "were a correct record of the meeting held on 1 June 2015.\n"
    )
    (resolution,) = _resolutions(make_document, nlp, text)
    assert (resolution.proposer, resolution.seconder) == ("Councillor Green", "Councillor Black")
    assert resolution.item == "5"


def test_lookalikes_are_not_resolutions(make_document, nlp):
    text = (
        "#### 2. Engagement\n\n"
        "It was suggested that there should be a training session for parish councils.\n\n"
        "Members suggested that the Partnership look at free advertising.\n\n"
        "Ms Grey presented the report and the Partnership discussed it.\n\n"
        "The Partnership considered that drugs was a very suitable subject.\n\n"
        "2. At the briefing meeting in December it was agreed that a workshop would be held.\n\n"
        "The Partnership had received a grant from the Commissioner.\n"
    )
    assert _texts(make_document, nlp, text) == []


def test_mover_and_seconder_before_a_resolved_list(make_document, nlp):
    text = (
        "4. LICENSING POLICY\n\nIt was moved by Councillor Amber, seconded by Councillor Reed and\n\n"
        "RESOLVED:\n\n(1) That the draft policy be approved.\n\n(2) That officers consult the trade.\n"
    )
    resolutions = _resolutions(make_document, nlp, text)
    assert [(r.text, r.proposer, r.seconder) for r in resolutions] == [
        ("RESOLVED: That the draft policy be approved.", "Councillor Amber", "Councillor Reed"),
        ("RESOLVED: That officers consult the trade.", "Councillor Amber", "Councillor Reed"),
    ]
