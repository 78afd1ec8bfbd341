"""Rolls written as prose in US city, county and association minutes: the roll's clause after a colon, with
surnames printed in capitals; "Board members in attendance were …"; a managing agent's representative "in
attendance for" or "present from" the firm; a boosters' list of the families who came. Each in two invented forms,
with a near miss. Every name is invented."""

from __future__ import annotations

import pytest

from minutebook.extract.attendance import extract_attendees


def _people(document, nlp):
    return {a.surname: a for a in extract_attendees(document, nlp=nlp)}


def _minutes(opening: str) -> str:
    return f"CITY COUNCIL MEETING MINUTES\nINTRODUCTORY\n{opening}\n\nAPPROVAL OF THE MINUTES\nThe minutes were approved.\n"


def test_roll_clause_after_a_colon_with_surnames_in_capitals(make_document, nlp) -> None:
    capitals = make_document(_minutes(
        "The Council met at 7:00 p.m. The Pledge was recited, and the roll was taken with the following\n"
        "results: Council Members VALE, REED, MCKAY and\nDUNN were present. The City Manager, City Clerk, and various\n"
        "Department Heads were also present."
    ))
    people = _people(capitals, nlp)
    assert set(people) == {"Vale", "Reed", "Mckay", "Dunn"}
    assert people["Vale"].status == "present"
    # Written in the case names are, and with one absent after a semicolon.
    plain = make_document(_minutes(
        "The roll was called with these results: Commissioners Vale, Reed and Dunn were present; Commissioner Penn"
        " was absent."
    ))
    assert set(_people(plain, nlp)) == {"Vale", "Reed", "Dunn"}
    # Near miss: a colon before a sentence that names who spoke, not who came.
    spoke = make_document(_minutes("The following spoke on the item: Ann Vale and Bo Reed were opposed."))
    assert _people(spoke, nlp) == {}


def test_board_members_in_attendance_were(make_document, nlp) -> None:
    board = make_document(_minutes(
        "The meeting was called to order at 5:00 pm. Board members in attendance were Ann Vale, Bo Reed, Cy Dunn\n"
        "and Di Eames."
    ))
    assert set(_people(board, nlp)) == {"Vale", "Reed", "Dunn", "Eames"}
    attending = make_document(_minutes(
        "The meeting opened at 6:30 pm. Council members attending were Ann Vale and Bo Reed."
    ))
    assert set(_people(attending, nlp)) == {"Vale", "Reed"}
    # Near miss: members in attendance who agreed with something are not a roll.
    agreed = make_document(_minutes("Members in attendance were pleased with the new lighting on Elm Road."))
    assert _people(agreed, nlp) == {}


def test_managing_agent_in_attendance_for_the_firm(make_document, nlp) -> None:
    firm = make_document(_minutes(
        "The meeting was called to order at 5:00 pm. Board members in attendance were Ann Vale and Bo Reed.\n"
        "Cy Dunn was in attendance for Elmfield Property Management, Inc."
    ))
    people = _people(firm, nlp)
    assert people["Dunn"].organisation.startswith("Elmfield Property Management")
    assert people["Dunn"].status == "in_attendance"
    present_from = make_document(_minutes(
        "The meeting was called to order at 7:00 pm. Board members Ann Vale and Bo Reed were in attendance.\n"
        "Di Eames was present from Hollow Management."
    ))
    assert people_status(present_from, nlp, "Eames") == ("Hollow Management", "in_attendance")
    two = make_document(_minutes(
        "The meeting was called to order at 5:00 pm. Board members in attendance were Ann Vale and Bo Reed.\n"
        "Cy Dunn and Flo Marr were in attendance for Elmfield Management Associates, Inc."
    ))
    assert {"Dunn", "Marr"} <= set(_people(two, nlp))
    # Near miss: present "from" a street is a resident's address, not a body.
    street = make_document(_minutes(
        "The meeting was called to order at 7:00 pm. Board members Ann Vale and Bo Reed were in attendance.\n"
        "Di Eames was present from Mill Lane."
    ))
    assert "Eames" not in _people(street, nlp)


def people_status(document, nlp, surname: str) -> tuple[str | None, str]:
    person = _people(document, nlp)[surname]
    return person.organisation, person.status


def test_boosters_list_families_by_group(make_document, nlp) -> None:
    text = (
        "Spring Music Boosters Minutes\nDirectors Present: Ann Vale, Bo Reed\nSchool Administrator Present: Cy Dunn\n"
        "Officers: Di Eames, Ed Penn\n{families}: Flo Marr, Gus Hale, Hal Ives\n"
        "Meeting called to order by Di Eames at 7:05 p.m.\nMinutes were approved.\n"
    )
    people = _people(make_document(text.format(families="Parents and Students Present")), nlp)
    assert {"Marr", "Hale", "Ives"} <= set(people)
    assert people["Marr"].status == "also_present"
    assert people["Dunn"].role == "School Administrator"
    parents = _people(make_document(text.format(families="Parents in attendance")), nlp)
    assert {"Marr", "Hale", "Ives"} <= set(parents)
    # Near miss: a report on the students, no label of who came.
    report = _people(make_document(text.format(families="Students' Report")), nlp)
    assert "Marr" not in report


def test_plural_title_in_attendance_were(make_document, nlp) -> None:
    commissioners = make_document(_minutes(
        "The meeting was called to order at 7 pm. Commissioners in attendance were Ann Vale, Bo Reed and Cy Dunn."
    ))
    assert set(_people(commissioners, nlp)) == {"Vale", "Reed", "Dunn"}
    directors = make_document(_minutes("The meeting was called to order at 7 pm. Directors attending were Ann Vale and Bo Reed."))
    assert set(_people(directors, nlp)) == {"Vale", "Reed"}
    # Near miss: trustees in attendance who felt something.
    pleased = make_document(_minutes("The meeting opened at 7 pm. Trustees in attendance were pleased with the turnout."))
    assert _people(pleased, nlp) == {}


def test_roll_called_then_the_roll_and_a_heading_run_in(make_document, nlp) -> None:
    called = make_document(_minutes("The Clerk called the roll: Mayor ORR, Aldermen VALE, REED and DUNN were present."))
    people = _people(called, nlp)
    assert set(people) == {"Orr", "Vale", "Reed", "Dunn"}
    assert people["Orr"].role == "Mayor"
    # A capitals heading run into the roll's paragraph, one member absent after a semicolon.
    run_in = make_document("MINUTES\nCALL TO ORDER\nCouncilmembers Vale, Reed and Dunn were present; Penn was absent.\n\n1. Minutes\n")
    assert set(_people(run_in, nlp)) == {"Vale", "Reed", "Dunn"}
    # Near miss: after the roll, people present for one hearing are named by no roll of the body.
    hearing = make_document(_minutes("The Clerk called the roll. Ann Vale and Bo Reed were present for the hearing."))
    assert _people(hearing, nlp) == {}


def test_boosters_executive_board_and_parents_present_were(make_document, nlp) -> None:
    text = (
        "Music Boosters Meeting Minutes August 14, 2014\nExecutive Board members present: Ann Vale, Bo Reed, Cy Dunn\n\n"
        "Directors Di Eames and Ed Penn were present.\n\nParents present were:\nFlo Marr, Gus Hale, Hal Ives\n\n"
        "The meeting opened at 7 pm.\n"
    )
    people = _people(make_document(text), nlp)
    assert {"Vale", "Reed", "Dunn", "Eames", "Penn", "Marr", "Hale", "Ives"} == set(people)
    assert (people["Vale"].status, people["Marr"].status) == ("present", "also_present")
    # Near miss: the executive board's report names who did something, not who came.
    report = make_document("Music Boosters Minutes\nExecutive Board report: Ann Vale will order the banners.\n\n1. Minutes\n")
    assert "Vale" not in _people(report, nlp)


def test_capitals_surnames_with_an_apostrophe_or_hyphen_keep_their_capitals(make_document, nlp) -> None:
    document = make_document(_minutes(
        "The roll was taken with the following results: Council Members O'NEIL, VALE-REED and DUNN were present."
    ))
    assert set(_people(document, nlp)) == {"O'Neil", "Vale-Reed", "Dunn"}
    called = make_document(_minutes("The Clerk called the roll: Aldermen MCKAY, D'ARCY and ORR were present."))
    assert set(_people(called, nlp)) == {"Mckay", "D'Arcy", "Orr"}


def test_present_for_a_part_of_the_meeting_names_no_body(make_document, nlp) -> None:
    # Near miss: "for the Closed Session" is the part of the meeting they came for, not a body they came from.
    document = make_document(_minutes(
        "The meeting was called to order at 7 pm. Board members Ann Vale and Bo Reed were in attendance.\n"
        "Cy Dunn was present for the Closed Session. Di Eames was in attendance for the Public Hearing."
    ))
    people = _people(document, nlp)
    assert all(person.organisation is None for person in people.values())
    # A body after "for" still is one.
    board = make_document(_minutes(
        "The meeting was called to order at 7 pm. Board members Ann Vale and Bo Reed were in attendance.\n"
        "Cy Dunn was in attendance for the Elm County Planning Commission."
    ))
    assert people_status(board, nlp, "Dunn")[0] == "Elm County Planning Commission"


def test_a_public_office_of_management_is_no_managing_agent(make_document, nlp) -> None:
    # Near miss: a public office named "… of … Management" sends a visitor, not the board's managing agent.
    document = make_document(_minutes(
        "The meeting was called to order at 7 pm. Board members Ann Vale and Bo Reed were in attendance.\n"
        "Cy Dunn was present from the Bureau of Land Management."
    ))
    assert people_status(document, nlp, "Dunn") == ("Bureau of Land Management", "also_present")


@pytest.mark.parametrize(
    "header",
    ["| Item | Discussion | Action | Who |", "| No. | Notes | Actions | Owner |"],
)
def test_the_minutes_table_after_a_present_line_names_no_one(make_document, nlp, header):
    # Markdown with no blank line between the list and the table, as HTML paragraphs and tables come through.
    text = (
        "Present: Jenna Howie (Chair), Rory Baird (Treasurer).\n" + header + "\n| --- | --- | --- | --- |\n"
        "| 1 | Welcome and apologies were taken. | | |\n"
    )
    assert [attendee.name for attendee in extract_attendees(make_document(text, name="m.md"), nlp=nlp)] == [
        "Jenna Howie", "Rory Baird",
    ]


@pytest.mark.parametrize("header", ["Item No Item under discussion", "Minute No. Discussion Action"])
def test_the_minutes_table_heading_run_together_after_a_list_names_no_one(make_document, nlp, header):
    # The same heading as text, its cells run together, under a list one a line in a document with a blank line after
    # every line (a Word document turned to text).
    top = [
        "MINUTES OF THE MEETING OF ASHLEY GREEN PARISH COUNCIL", "Present:", "Cllr Mr A Porter (Chair)",
        "Cllr Mrs B Abbott", "In Attendance:", "One member of the public", "Mr W Gorse Clerk to the Council",
        "Mrs P Alder Assistant Clerk", header,
    ]
    text = "\n\n".join(top) + "\n  PART ONE – OPEN TO THE PUBLIC\n\n21.44 ELECTION OF CHAIR\n\nCllr Porter was elected.\n"
    people = {a.surname: a for a in extract_attendees(make_document(text), nlp=nlp)}
    assert set(people) == {"Porter", "Abbott", "Gorse", "Alder"}
    assert people["Alder"].status == "in_attendance"
    # Near miss: a person whose line opens like no heading stays on the list.
    minute_taker = text.replace(header, "Minute taker Mrs Ida Roe")
    assert "Roe" in {a.surname for a in extract_attendees(make_document(minute_taker), nlp=nlp)}


def test_an_attendance_register_header_after_a_present_line_still_reads(make_document, nlp):
    # Near miss: a register's own header ("Name | Present | Apologies") goes on the list.
    text = (
        "Present:\n| Name | Present | Apologies |\n| --- | --- | --- |\n| Jenna Howie | X | |\n| Rory Baird | X | |\n"
    )
    assert [attendee.name for attendee in extract_attendees(make_document(text, name="m.md"), nlp=nlp)] == [
        "Jenna Howie", "Rory Baird",
    ]


def test_the_following_members_by_their_plural_title_were_present(make_document, nlp) -> None:
    # "The following Commissioners were present:" names the roll on the line; the call to order gives the chair's post.
    same_line = make_document(_minutes(
        "The meeting was called to order by Board Chairman Tovell.\n"
        "The following Commissioners were present: Hask, Merle, Rudd, Tovell"
    ))
    people = _people(same_line, nlp)
    assert set(people) == {"Hask", "Merle", "Rudd", "Tovell"}
    assert people["Tovell"].role == "Board Chairman"
    assert people["Hask"].status == "present"
    # An Irish council's form: ":-" after the verb, and the council's staff "in attendance were".
    council = make_document(
        "MINUTES OF THE COUNTY COUNCIL MEETING\n\nThe following Councillors were present:- Cllrs. A. Brisk, B. Marl\n"
        "and C. Renn. The Council Staff in attendance were: Mr. D. Sefton, Chief Executive and Ms. E. Obey, Meetings\n"
        "Administrator.\n\n1. Minutes\nThe minutes were agreed.\n"
    )
    people = _people(council, nlp)
    assert {"Brisk", "Marl", "Renn", "Sefton", "Obey"} <= set(people)
    assert people["Sefton"].status == "in_attendance" and people["Brisk"].status == "present"


def test_those_board_members_and_others_in_attendance_were(make_document, nlp) -> None:
    document = make_document(
        "Regular Meeting of the Board of Trustees\nJuly 9, 2024\nI. Call to Order\n"
        "Chair Tova Brisk called the meeting to order at 7:00 p.m.\nII. Roll Call\n"
        "Those Board members in attendance were Chair Tova Brisk, Trustee Ike Marl and Trustee Cal Renn. Others in\n"
        "attendance were, Superintendent Ula Sefton and Board Clerk Wyn Obey.\nIII. Visitors\n"
    )
    people = _people(document, nlp)
    assert {k: v.status for k, v in people.items()} == {
        "Brisk": "present", "Marl": "present", "Renn": "present", "Sefton": "in_attendance", "Obey": "in_attendance",
    }


def test_others_in_attendance_each_with_a_post_after_the_comma(make_document, nlp) -> None:
    # "Name, Post, Name, Post, …": a post after a name's comma is that person's ("Clerk of Court"), then guests.
    document = make_document(_minutes(
        "The Board convened with the following members present: Commissioner Ada Hask, Commissioner Lyle Merle.\n"
        "Others in attendance were:  Orla P. Vint, Clerk of Court, Hugo Stamm, County Attorney, Nils Berry, Kay Dorn."
    ))
    people = _people(document, nlp)
    assert people["Vint"].role == "Clerk of Court" and people["Vint"].status == "in_attendance"
    assert people["Stamm"].role == "County Attorney"
    assert people["Berry"].role is None and people["Berry"].status == "also_present"
    assert "Court" not in people and "Attorney" not in people


def test_the_following_business_was_present_is_no_roll(make_document, nlp) -> None:
    # Near miss: "the following" over anything but the members or their plural title opens no roll.
    document = make_document(_minutes(
        "Present: Mayor Ada Hask, Councilmember Lyle Merle.\n"
        "The following items were present on the consent agenda: Budget Review, Parks Report."
    ))
    assert set(_people(document, nlp)) == {"Hask", "Merle"}


def test_roll_sentences_ending_were_with_each_list_in_the_paragraph_below(make_document, nlp) -> None:
    # An Irish council's form: "The other Councillors present were:-" and "The Council Staff in attendance were:-",
    # each over its list in the paragraph below, the staff's list wrapped over two paragraphs.
    council = make_document(
        "MINUTES OF THE ORDINARY MEETING OF GLENCARRA COUNTY COUNCIL\n\n"
        "The Cathaoirleach, Cllr. R. Doyle, was in the Chair.\n\n"
        "The other Councillors present were:-\n\n"
        "Cllrs. A. Brisk, B. Marl, C. Renn, D. Tolan.\n\n"
        "The Council Staff in attendance were:-\n\n"
        "Mr. D. Sefton, County Manager, Mr. J. Hume, Director of Services,\n\n"
        "Ms. E. Obey, Meetings Administrator, Ms. F. Lusk, Staff Officer.\n\n"
        "------\n\n1. Minutes\nThe minutes were agreed.\n"
    )
    people = _people(council, nlp)
    assert {"Brisk", "Marl", "Renn", "Tolan", "Sefton", "Hume", "Obey", "Lusk"} <= set(people)
    assert people["Brisk"].status == "present" and people["Sefton"].status == "in_attendance"
    assert people["Hume"].role == "Director of Services" and people["Lusk"].role == "Staff Officer"
    # One a line under "were:", the officials too.
    lines = make_document(
        "MINUTES OF THE MUNICIPAL DISTRICT MEETING\n\nThe Councillors present were:\n\nCllr. A. Brisk\nCllr. B. Marl\n\n"
        "The officials in attendance were:\n\nMr. D. Sefton, District Manager\nMs. E. Obey, Senior Engineer\n\n"
        "1. Minutes\nThe minutes were agreed.\n"
    )
    people = _people(lines, nlp)
    assert {k: v.status for k, v in people.items()} == {
        "Brisk": "present", "Marl": "present", "Sefton": "in_attendance", "Obey": "in_attendance",
    }
    # Near miss: with no colon the sentence is no label ("The staff present were thanked …" names no one).
    thanked = make_document(
        "MINUTES OF THE COUNTY COUNCIL MEETING\n\nThe Councillors present were Cllrs. A. Brisk and B. Marl.\n\n"
        "The Council staff present were thanked for their work on the fair.\n\n1. Minutes\nThe minutes were agreed.\n"
    )
    assert set(_people(thanked, nlp)) == {"Brisk", "Marl"}


def test_staff_posts_written_with_their_first_word_cut_short(make_document, nlp) -> None:
    # "Sen. Staff Officer", "A/Sen. Ex. Officer", "Dir. of Services": the stop ends neither the entry nor the post,
    # and a shortened word left alone ("Dir.," before "Comm. & Enterprise") names no one.
    council = make_document(
        "MINUTES OF THE COUNTY COUNCIL MEETING\n\nThe other Councillors present were:-\n\nCllrs. A. Sen, B. Marl.\n\n"
        "The Council Staff in attendance were:-\n\n"
        "Mr. K. Orme, Dir. of Services, Mr. P. Lyle, Dir., Comm. & Enterprise, Ms. F. Lusk, Sen. Staff Officer,\n\n"
        "Ms. M. Crane, A/Sen. Ex. Officer, Mr. T. Quill, Asst. Staff Officer.\n\n1. Minutes\nThe minutes were agreed.\n"
    )
    people = _people(council, nlp)
    assert set(people) == {"Sen", "Marl", "Orme", "Lyle", "Lusk", "Crane", "Quill"}
    assert people["Sen"].status == "present"  # near miss: a member surnamed Sen stays a person
    assert {k: people[k].role for k in ("Orme", "Lusk", "Crane", "Quill")} == {
        "Orme": "Dir. of Services", "Lusk": "Sen. Staff Officer", "Crane": "A/Sen. Ex. Officer",
        "Quill": "Asst. Staff Officer",
    }
    # One a line under a label.
    lines = make_document(
        "MINUTES OF THE MUNICIPAL DISTRICT MEETING\n\nPresent: Cllr. A. Brisk, Cllr. B. Marl\n\n"
        "Officials in attendance:\nMs. F. Lusk, Sen. Ex. Planner\nMr. J. Orme, Asst. Engineer\n\n"
        "1. Minutes\nThe minutes were agreed.\n"
    )
    people = _people(lines, nlp)
    assert set(people) == {"Brisk", "Marl", "Lusk", "Orme"}
    assert people["Lusk"].role == "Sen. Ex. Planner" and people["Orme"].role == "Asst. Engineer"
