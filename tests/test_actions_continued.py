"""A promise to keep on with a follow-up task: "Stu will also continue to monitor the gates", "The Clerk would continue
to liaise with the county …". The verb must be one that keeps watch or chases a matter; what merely goes on ("Prices
will continue to rise") or a service kept up ("… will continue to provide mowing …") is no task. Invented minutes."""

from __future__ import annotations

from minutebook.extract.pipeline import extract_document

_BOARD = (
    "Oakvale Township\nBoard Meeting Minutes March 5, 2024\n\n"
    "Present: David Rusk, Supervisor; Stuart Penhale, Trustee; Rhoda Kettle, Treasurer\n\n1. Roads\n\n"
)


def test_a_person_who_will_continue_a_follow_up_task_owns_it(make_document):
    text = (
        f"{_BOARD}Stuart will prepare a summary report. Stuart will also continue to monitor the locks on the fire "
        "road gates.\n\nRhoda Kettle will continue to liaise with the Forest Service on the easement.\n"
    )
    actions = extract_document(make_document(text)).actions
    assert [(a.owners, a.text.split(" continue to ")[-1][:7]) for a in actions if "continue" in a.text] == [
        (["Stuart Penhale"], "monitor"),
        (["Rhoda Kettle"], "liaise "),
    ]


def test_a_post_in_reported_speech_continuing_to_chase_owns_it(make_document):
    text = f"{_BOARD}The Clerk would continue to chase the county about the drainage on Mill Lane.\n"
    actions = extract_document(make_document(text)).actions
    assert [a.owner_as_written for a in actions] == ["The Clerk"]


def test_what_goes_on_or_a_service_kept_up_is_no_task(make_document):
    text = (
        f"{_BOARD}Prices will continue to rise over the winter.\n\n"
        "Rhoda Kettle will continue to provide snow clearing at the depot free of charge.\n\n"
        "The verges will continue to flood until the ditch is dug.\n"
    )
    assert extract_document(make_document(text)).actions == []
