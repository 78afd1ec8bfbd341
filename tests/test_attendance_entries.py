"""One attendance entry read into name, title, role and organisation, in forms read wrongly before: "Name - Post,
Body" one person a line (a comma or an "and" after the dash never splits the person), "Name - Visitor", fire and
police services' ranks before a surname ("Chief Ruiz", "Deputy Chief Tate"), a council officer's post broken over two
lines before "(Mr. X)", and a rank written with stops after a bracket ("(Clerk) P.C. P. Smith"). Each in two forms,
with near misses. Every name is invented."""

from __future__ import annotations

from minutebook.extract.attendance import extract_attendees
from minutebook.extract.names import split_affiliation
from minutebook.names import match_leading_title


def _attendees(document, nlp):
    return {a.surname: a for a in extract_attendees(document, nlp=nlp)}


def test_name_dash_post_and_body_one_a_line(make_document, nlp) -> None:
    bold = make_document(
        "Regular Board Meeting\n\n**District Attendees**  \nAnn Vale - Board President  \nBo Reed - Board Vice President  \n"
        "Cy Hart - General Manager  \n\n**Other Attendees**  \n"
        "Kay Wendt - Larchmere Recreation and Park District, Recreation Superintendent  \n"
        "Dana Pruitt - Board President, Larchmere Water District  \nTim Okafor - Visitor  \nAnn Lee-Brown - Elmford  \n\n"
        "**AGENDA ITEMS**  \nI. Call to order\n"
    )
    people = _attendees(bold, nlp)
    assert sorted(people) == ["Hart", "Lee-Brown", "Okafor", "Pruitt", "Reed", "Vale", "Wendt"]
    assert (people["Reed"].role, people["Reed"].organisation) == ("Board Vice President", None)
    assert (people["Wendt"].role, people["Wendt"].organisation) == (
        "Recreation Superintendent", "Larchmere Recreation and Park District"
    )
    assert (people["Pruitt"].role, people["Pruitt"].organisation) == ("Board President", "Larchmere Water District")
    assert people["Okafor"].name == "Tim Okafor" and people["Okafor"].role == "Visitor"
    # A place after the dash is a body; a hyphenated surname stays whole.
    assert (people["Lee-Brown"].name, people["Lee-Brown"].organisation) == ("Ann Lee-Brown", "Elmford")
    staff = make_document(
        "Transportation Commission\n\nPRESENT: Chair Jo Lund, Commissioners Ivo Penn, Uma Frey\nSTAFF PRESENT:\n"
        "        Hal Dorsey – Supervising Civil Engineer, Public Works\n"
        "        Lea Bryce – Program Specialist II, Public Works\n"
        "        Rosa Keel – Supervising Planner, Planning and Building\n\n1. MINUTES\n"
    )
    people = _attendees(staff, nlp)
    assert sorted(people) == ["Bryce", "Dorsey", "Frey", "Keel", "Lund", "Penn"]
    assert (people["Bryce"].role, people["Bryce"].organisation) == ("Program Specialist II", "Public Works")
    assert (people["Keel"].role, people["Keel"].organisation) == ("Supervising Planner", "Planning and Building")
    # Near miss: "and" between two people in a list is still a break.
    listed = make_document("Parish Council\n\nPresent: Cllr Ann Lee and Cllr Bo Day, Jo Hale - Clerk\n\n1. Apologies\n")
    assert sorted(_attendees(listed, nlp)) == ["Day", "Hale", "Lee"]


def test_a_grade_in_roman_numerals_is_part_of_the_post() -> None:
    assert split_affiliation("Planner III, Community Development") == ("Planner III", "Community Development")
    assert split_affiliation("Finance Director OPFCC") == ("Finance Director", "OPFCC")


def test_fire_and_police_ranks_before_a_surname(make_document, nlp) -> None:
    one = make_document(
        "Board Minutes\n\nCALL TO ORDER\nThe meeting was called to order at 6:00 pm by President Okafor. Board members "
        "present: Okafor, Lindqvist, Marsh, Tembo. Board members absent: none. Staff present: Chief Ruiz, General "
        "Counsel Dunn, and Clerk Ada Penn.\n\nPUBLIC COMMENT\nNone.\n"
    )
    people = _attendees(one, nlp)
    assert people["Ruiz"].title == "Chief" and people["Penn"].role == "Clerk"
    two = make_document(
        "Board Minutes\n\nCALL TO ORDER\nThe meeting was called to order at 6:00 pm by President Okafor. Board members "
        "present: Okafor, Lindqvist, and Tembo. Staff present: Interim Chief Orr, Deputy Chief Tate and Board Clerk "
        "Lowe.\n\nPUBLIC COMMENT\nNone.\n"
    )
    people = _attendees(two, nlp)
    assert (people["Orr"].title, people["Tate"].title) == ("Interim Chief", "Deputy Chief")
    assert match_leading_title("Battalion Chief Ann Tate") is not None
    # Near misses: a post that opens with "Chief" is no rank before a name.
    assert match_leading_title("Chief Executive Ann Lee") is None
    assert match_leading_title("Chief Operating Officer Bo Day") is None
    assert match_leading_title("Chief of Staff Cy Orr") is None


def test_officer_post_broken_over_two_lines_before_the_bracketed_name(make_document, nlp) -> None:
    wrapped = make_document(
        "Monthly Meeting\n\nMEMBERS PRESENT:\n\nCouncillors Keane, Lyons and Walsh.\n\nOFFICIALS IN ATTENDANCE:\n\n"
        "Director, Housing (Ms. C. Dunne), Meetings Administrator (Ms. K. Rourke), Senior\n\n"
        "Executive Engineer, Roads and Transport (Mr. G. Tierney), Clerical\n\nOfficer (Ms. L. Lally).\n\n1. MINUTES\n"
    )
    people = _attendees(wrapped, nlp)
    assert people["Tierney"].role == "Senior Executive Engineer, Roads and Transport"
    assert people["Lally"].role == "Clerical Officer"
    assert "Senior" not in people
    plain = make_document(
        "Monthly Meeting\n\nOFFICIALS IN ATTENDANCE:\nDirector, Housing (Ms. C. Dunne), Meetings\nAdministrator "
        "(Ms. K. Rourke).\n\n1. MINUTES\n"
    )
    assert _attendees(plain, nlp)["Rourke"].role == "Meetings Administrator"


def test_dotted_rank_after_a_bracket_opens_the_next_entry(make_document, nlp) -> None:
    run_on = make_document(
        "Parish Council\n\nThose attending Mr M Wade (Chairman) Mr B Hale, Mrs V Nolan (Clerk) P.C. P. Smith , "
        "8 members of the public\n\n1. Apologies\n"
    )
    people = _attendees(run_on, nlp)
    assert people["Nolan"].role == "Clerk"
    assert (people["Smith"].title, people["Smith"].name) == ("PC", "P Smith")
    dotted = make_document("Meeting Notes\n\nPresent: Cllr Ann Lee (Chair), D.C. Bo Day, Mrs Cy Orr\n\n1. Apologies\n")
    assert _attendees(dotted, nlp)["Day"].title == "DC"
    # Near miss: initials with stops are no rank ("A.B. Cole").
    assert match_leading_title("A.B. Cole") is None


def test_an_item_heading_that_opens_with_a_post_word_is_no_post_and_holder(make_document, nlp) -> None:
    visitors = make_document(
        "Board of Education Minutes\n\nRoll Call\nPresent:\nAnn Vale, president\nBo Reed, clerk\n\n"
        "Visitor Comments: Closed Session (A-1)\nCy Hart made comments about the budget.\n\nClosed Session (B)\n"
    )
    assert sorted(_attendees(visitors, nlp)) == ["Reed", "Vale"]
    guests = make_document(
        "Board Minutes\n\nPresent:\nAnn Vale, president\nBo Reed, clerk\n\nVisitor Comments: Budget Review (C)\n"
        "Di Orr spoke in support.\n\n1. Minutes\n"
    )
    assert sorted(_attendees(guests, nlp)) == ["Reed", "Vale"]
    # Near miss: a post and its holder after a colon are still read ("Chairman: Cllr Ann Lee").
    chaired = make_document("Parish Council\n\nPresent:\nChairman: Cllr Ann Lee\nCllr Bo Day\n\n1. Apologies\n")
    assert _attendees(chaired, nlp)["Lee"].role == "Chairman"
    phrase = make_document("Parish Council\n\nPresent:\nCllr Bo Day\nClerk to the Council: Mrs Jo Hale\n\n1. Apologies\n")
    assert _attendees(phrase, nlp)["Hale"].role == "Clerk to the Council"


def test_post_or_body_after_declared_initials_belongs_to_the_name(make_document, nlp) -> None:
    # "Name (INITIALS) Post": the initials a parish declares for its minutes, then the person's post or body.
    semicolons = make_document(
        "Minutes of Elmford Parish Council\n\n"
        "Present: Ann Brook (AB) (Chair); Carl Dale (CD); Edna Fenn (EF)\n"
        "In Attendance: J. Kerr (JK) County Councillor; L. Moss (Clerk); P. Reed (PR), Ward Councillor; "
        "Ida Lowe (IL) Elmford Village Hall Trust.\n\n1. Apologies for absence\nNone.\n"
    )
    people = _attendees(semicolons, nlp)
    assert sorted(people) == ["Brook", "Dale", "Fenn", "Kerr", "Lowe", "Moss", "Reed"]
    # The seat ("County Councillor") and the body stay with the person, each in one field; the clerk's post is the role.
    assert people["Moss"].role == "Clerk"
    assert (people["Kerr"].role or people["Kerr"].organisation) == "County Councillor"
    assert (people["Reed"].role or people["Reed"].organisation) == "Ward Councillor"
    assert (people["Lowe"].role, people["Lowe"].organisation) == (None, "Elmford Village Hall Trust")


def test_words_after_someone_elses_initials_stay_as_read() -> None:
    from minutebook.extract.attendance import _post_after_initials

    # "(PR)" are not Jo Kerr's initials: nothing is moved into the bracket.
    text = "Jo Kerr (PR) County Councillor; Lou Moss (Clerk)"
    assert _post_after_initials(text) == text
    # Lower-case words after the initials are a note, not a post.
    assert _post_after_initials("Jo Kerr (JK) arrived at 7.40pm") == "Jo Kerr (JK) arrived at 7.40pm"
    assert _post_after_initials("Jo Kerr (JK) Ward Councillor") == "Jo Kerr (Ward Councillor)"
