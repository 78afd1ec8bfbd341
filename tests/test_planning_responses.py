"""A parish, town or community council's response to planning applications, read as its decisions."""

from __future__ import annotations

from minutebook.extract.items import extract_items, split_sections
from minutebook.extract.resolutions import extract_resolutions


def _texts(make_document, nlp, text, name="inline.txt"):
    document = make_document(text, name=name)
    return [r.text for r in extract_resolutions(split_sections(document, extract_items(document)), nlp=nlp)]


def test_there_was_no_objection_to_what_was_applied_for(make_document, nlp):
    texts = _texts(make_document, nlp, (
        "4. Planning\n"
        "31/0456/FUL Replacement garage at Rowan Cottage\n"
        "There was no objection to these plans from the committee.\n"
        "31/0460/HH Porch at 2 Mill Lane\n"
        "There were no comments on this application.\n"
        "5. Public forum\n"
        "There were no objections from the floor.\n"
    ))
    assert "There was no objection to these plans from the committee." in texts
    assert "There were no comments on this application." in texts
    assert not any("from the floor" in text for text in texts)


def test_the_council_objects_to_or_supports_the_application(make_document, nlp):
    texts = _texts(make_document, nlp, (
        "3. Planning applications\n"
        "Land off Brook Road, outline application for 40 dwellings. The Council object on the grounds of "
        "overdevelopment and highway safety.\n"
        "The Old Forge, replacement windows. The Parish Council supports this application.\n"
        "Members did not support the proposal for a telecommunications mast.\n"
        "4. Highways\n"
        "The Council objected to the closure of Mill Lane for a week.\n"
    ))
    assert "The Council object on the grounds of overdevelopment and highway safety." in texts
    assert "The Parish Council supports this application." in texts
    assert "Members did not support the proposal for a telecommunications mast." in texts
    assert not any("closure of Mill Lane" in text for text in texts)


def test_decision_run_in_after_the_application_reference(make_document, nlp):
    texts = _texts(make_document, nlp, (
        "5. Planning:\n"
        "5.1 310456: Ash House, Maple Vale, single storey side extension: It was agreed that the Council would support "
        "this application.\n"
        "5.2 31/0470/FUL – The Barn, Brook Lane, new porch – it was resolved to make no objection.\n"
        "6. Date of next meeting\n"
    ))
    assert any(text.endswith("It was agreed that the Council would support this application.") for text in texts)
    assert any(text.endswith("it was resolved to make no objection.") for text in texts)


def test_planning_authority_decisions_are_not_the_councils(make_document, nlp):
    texts = _texts(make_document, nlp, (
        "3. Planning applications\n"
        "31/00101/HH – 4 Mill Lane – Rear conservatory – No objection.\n"
        "4. Planning decisions\n"
        "31/00050/HH – 9 Station Road – Side extension – Refused.\n"
        "31/00051/FUL – Hill Farm – Agricultural barn – Approved.\n"
        "5. Correspondence\n"
        "31/00060/FUL – Land at Church Farm – Approved by the District Council.\n"
        "31/00061/HH – 3 The Green – awaiting decision – No objection.\n"
    ))
    assert texts == ["31/00101/HH – 4 Mill Lane – Rear conservatory – No objection."]


def test_response_column_of_an_applications_table(make_document, nlp):
    texts = _texts(make_document, nlp, (
        "## 2. Planning applications\n\n"
        "| Ref | Address | Proposal | Response |\n"
        "|---|---|---|---|\n"
        "| 31/00101/HH | 4 Mill Lane | Rear conservatory | No comment |\n"
        "| 31/00102/FUL | Land at Brook Farm | Two dwellings | Object – overdevelopment |\n\n"
        "## 3. Planning decisions received\n\n"
        "| Ref | Address | Proposal | Decision |\n"
        "|---|---|---|---|\n"
        "| 31/00050/HH | 9 Station Road | Side extension | Approved |\n"
    ), name="inline.md")
    assert texts == [
        "31/00101/HH 4 Mill Lane Rear conservatory No comment",
        "31/00102/FUL Land at Brook Farm Two dwellings Object – overdevelopment",
    ]


def test_response_first_in_its_sentence_with_a_label_or_a_qualification(make_document, nlp):
    texts = _texts(make_document, nlp, (
        "2. Planning applications\n"
        "a) 31/02002/FUL, Land east of Quarry Lane: 12 dwellings.\n"
        "Comments: Object – the site lies outside the settlement boundary.\n"
        "b) 31/02004/FUL, The Mill: change of use to offices.\n"
        "No objection subject to parking being provided within the site.\n"
        "c) 31/02007/FUL, 9 High Street: shopfront.\n"
        "Council's response: Support.\n"
        "d) 31/02003/LBC, 1 Church Street: internal alterations.\n"
        "The Town Council recommends approval.\n"
        "3. Public participation\n"
        "Objections – twelve letters from residents were read out.\n"
        "Support for the food bank collection was welcomed.\n"
        "No comments.\n"
    ))
    assert texts == [
        "Comments: Object – the site lies outside the settlement boundary.",
        "No objection subject to parking being provided within the site.",
        "Council's response: Support.",
        "The Town Council recommends approval.",
    ]


def test_council_comments_column_of_an_applications_table(make_document, nlp):
    texts = _texts(make_document, nlp, (
        "## 4. Planning applications\n\n"
        "| Application | Location | Proposal | PC Comments |\n"
        "|---|---|---|---|\n"
        "| 31/00301/HH | 4 Elm Row | Loft conversion | No objection |\n\n"
        "## 5. Tree works\n\n"
        "| Ref | Site | Works | Parish Council Comments |\n"
        "|---|---|---|---|\n"
        "| 31/00310/TPO | Oak House | Crown lift | Support |\n\n"
        "## 6. Play area inspection\n\n"
        "| Item | Comments |\n"
        "|---|---|\n"
        "| Swings | Supports loose, approved contractor to visit |\n"
    ), name="inline.md")
    assert texts == [
        "31/00301/HH 4 Elm Row Loft conversion No objection",
        "31/00310/TPO Oak House Crown lift Support",
    ]


def test_response_opening_a_line_under_an_unstopped_description(make_document, nlp):
    texts = _texts(make_document, nlp, (
        "3. Planning\n"
        "3.1 Application 310984 Ash House, Maple Vale.\n"
        "Description: Erection of a three bedroom dwelling with new access and drainage arrangements to the lane\n"
        "Following discussion, the Council RESOLVED unanimously there was no objection to this application.\n"
        "3.2 Application 310990 The Granary, Brook Lane.\n"
        "Proposal: Conversion of the barn to a holiday let with parking for two cars and a new footpath link\n"
        "After a site visit it was agreed to support the application.\n"
        "4. Date of next meeting\n"
    ))
    assert "Following discussion, the Council RESOLVED unanimously there was no objection to this application." in texts
    assert "After a site visit it was agreed to support the application." in texts
