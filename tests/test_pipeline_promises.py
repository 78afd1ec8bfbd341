"""Minutes without items: a speaker's reported promise of a task is kept, other reported speech is not."""

from __future__ import annotations

from minutebook.extract.pipeline import extract_document


def test_reported_promise_of_a_task_outside_items(make_document):
    text = (
        "Minutes of the Elm Street Residents Board, 4 March 2019\n\n"
        "Present: Dora Quill, Hank Yates, Petra Lund\n\n"
        "Dora Quill said she would email the members about the spring clean. Hank Yates stated that he would "
        "write to the landlord about the fence.\n\n"
        "Petra Lund said she would count the ballots after the break.\n"
    )
    extraction = extract_document(make_document(text, name="elm_street_minutes_2019-03-04.txt"))
    assert sorted(a.owners[0] for a in extraction.actions) == ["Dora Quill", "Hank Yates"]


def test_taking_a_request_up_with_someone_outside_items_is_a_promise(make_document):
    text = (
        "Minutes of the Elm Street Residents Board, 4 March 2019\n\n"
        "Present: Dora Quill, Hank Yates, Petra Lund\n\n"
        "Hank Yates asked for more time for the tenants. Dora Quill stated that she will discuss that request with "
        "Administration. Petra Lund said she would raise the matter with the Housing Office.\n\n"
        "Hank Yates said he would discuss the budget at length.\n"
    )
    extraction = extract_document(make_document(text, name="elm_street_minutes_2019-03-04.txt"))
    assert sorted(a.owners[0] for a in extraction.actions) == ["Dora Quill", "Petra Lund"]


def test_what_the_staff_will_come_back_with_is_their_promise_outside_items(make_document):
    text = (
        "Minutes of the Larkmoor City Council Work Session, 4 March 2023\n\n"
        "Present: Mayor Dora Quill, Council Members Hank Yates and Petra Lund; City Manager Ada Penrose\n\n"
        "Ms. Penrose stated that staff will bring back a revised draft of the fee schedule. She said City staff would "
        "look into the cost of the lights on Wren Lane.\n\n"
        "Ms. Penrose said staff were pleased with the turnout at the fair. She stated that the project will be "
        "completed in June.\n"
    )
    extraction = extract_document(make_document(text, name="larkmoor_minutes_2023-03-04.txt"))
    assert [a.owners for a in extraction.actions] == [["Staff"], ["City staff"]]
