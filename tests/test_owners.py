"""Owner resolution against attendees and names mentioned in the text."""

from __future__ import annotations

from minutebook.extract.owners import collect_mentions, resolve_owners
from minutebook.extract.records import Attendee

ATTENDEES = [
    Attendee(name="Priya Patel", surname="Patel"),
    Attendee(name="Tom Hughes", surname="Hughes"),
    Attendee(name="Laura Bennett", surname="Bennett"),
    Attendee(name="Liam Price", surname="Price"),
    Attendee(name="Sarah Okafor", surname="Okafor", title="Chief Inspector"),
    Attendee(name="R Whitfield", surname="Whitfield", title="Ms"),
]


def test_initials_resolve_to_the_attendee():
    assert resolve_owners("PP", ATTENDEES) == ["Priya Patel"]
    assert resolve_owners("TH", ATTENDEES) == ["Tom Hughes"]


def test_several_owners_and_truncated_initials_use_the_paragraph():
    assert resolve_owners("TH and LB", ATTENDEES) == ["Tom Hughes", "Laura Bennett"]
    assert resolve_owners("TH/L", ATTENDEES, context="TH and LB will discuss it.") == ["Tom Hughes", "Laura Bennett"]
    # "L" fits two attendees and neither is named: kept as written.
    assert resolve_owners("TH/L", ATTENDEES, context="TH will discuss it.") == ["Tom Hughes", "L"]


def test_rank_or_title_and_surname():
    assert resolve_owners("CI Okafor", ATTENDEES) == ["Sarah Okafor"]
    assert resolve_owners("Chief Inspector Okafor", ATTENDEES) == ["Sarah Okafor"]
    assert resolve_owners("Mr Hughes", ATTENDEES) == ["Tom Hughes"]


def test_surname_not_attending_uses_a_mentioned_full_name():
    assert resolve_owners("Mr Carter", ATTENDEES, mentions=["Dean Carter"]) == ["Dean Carter"]
    assert resolve_owners("Mr Carter", ATTENDEES) == ["Mr Carter"]


def test_first_name_and_initial_spelt_out_by_a_mention():
    assert resolve_owners("Priya", ATTENDEES) == ["Priya Patel"]
    assert resolve_owners("Ms Whitfield", ATTENDEES, mentions=["Rachel Whitfield"]) == ["Rachel Whitfield"]


def test_agencies_and_roles_stay_as_written_without_the():
    assert resolve_owners("Northshire Police", ATTENDEES) == ["Northshire Police"]
    assert resolve_owners("the Community Safety Team", ATTENDEES) == ["Community Safety Team"]
    assert resolve_owners("the Chairman of the Board", ATTENDEES) == ["Chairman of the Board"]


def test_ambiguous_and_unknown_owners_are_not_guessed():
    twins = ATTENDEES + [Attendee(name="Tina Hale", surname="Hale")]
    assert resolve_owners("TH", twins) == ["TH"]
    assert resolve_owners("XY", ATTENDEES) == ["XY"]
    assert resolve_owners("Action - DCI Amir Khan", ATTENDEES) == ["Amir Khan"]


def test_spelling_variant_of_a_surname_within_the_threshold():
    people = [Attendee(name="Helen McDonnell", surname="McDonnell")]
    assert resolve_owners("Mrs Macdonnell", people) == ["Helen McDonnell"]
    assert resolve_owners("Mrs Donnelly", people) == ["Mrs Donnelly"]


def test_collect_mentions_finds_full_names_without_titles(nlp):
    text = "Chief Inspector Sarah Okafor reported. Dean Carter, Safety Manager introduced the Northshire Police report."
    mentions = collect_mentions(text, nlp=nlp)
    assert "Sarah Okafor" in mentions and "Dean Carter" in mentions
    assert not any("Police" in m or "Inspector" in m for m in mentions)


def test_post_resolves_to_the_one_attendee_holding_it():
    people = ATTENDEES + [Attendee(name="Jo Green", surname="Green", role="Clerk")]
    assert resolve_owners("the Clerk", people) == ["Jo Green"]
    assert resolve_owners("the Chairman of the Board", people) == ["Chairman of the Board"]


def test_collect_mentions_skips_lines_without_two_capitalised_words(nlp):
    # "Tom" and "Reed" are on two lines, so they are no name.
    text = "Present:\nJane Smith\nthe clerk, Tom\nReed said, then Amira Shah spoke.\nno names here"
    assert collect_mentions(text, nlp=nlp) == ["Jane Smith", "Amira Shah"]


def test_names_body_reads_the_meetings_own_body():
    from minutebook.extract.owners import names_body

    body = "Holmby Parish Council"
    assert names_body("the Council", body) and names_body("Parish Council", body)
    assert names_body("the PC", body) and names_body("this Council", body)
    assert not names_body("the Borough Council", body) and not names_body("the Committee", body)
    assert not names_body("the Clerk", body) and not names_body("the Council", None)
    assert names_body("the Committee", "Eastfield Planning Committee")
    assert not names_body("the council", "Eastfield Planning Committee")


def test_names_body_knows_every_head_noun_of_a_bodys_name():
    # One list of a body's head nouns serves the header and the owner rules: an authority, a vestry or a
    # selectboard is named by its head noun as a council is.
    from minutebook.extract.owners import names_body

    assert names_body("the Authority", "Elm Valley Housing Authority")
    assert names_body("The Vestry", "Holmby Vestry") and names_body("the Selectboard", "Ashby Selectboard")
    assert not names_body("the Authority", "Holmby Parish Council")
    assert not names_body("the County Authority", "Elm Valley Housing Authority")


def test_names_body_reads_a_board_named_by_what_it_is_of():
    from minutebook.extract.owners import names_body

    district = "Board of Directors of the Quillby Water District"
    assert names_body("the Board", district) and names_body("The Board of Directors", district)
    assert names_body(f"the {district}", district)
    schools = "Fenwick County Board of Education"
    assert names_body("the Board", schools) and names_body("the Board of Education", schools)
    assert names_body("County Board of Education", schools)
    # Near misses: another board, a part of the name that is no body, a run cut inside the name.
    assert not names_body("the Board of Trustees", schools) and not names_body("the Water District", district)
    assert not names_body("Board of Directors of the Quillby", district)
    # A qualifier before the noun with no "of" part after it names another body: the county's own board.
    assert not names_body("the County Board", schools) and not names_body("Fenwick County Board", schools)
    assert not names_body("the Water District Board", district)


def test_declared_initials_name_the_attendee_they_follow():
    from minutebook.extract.owners import declared_initials, resolve_owners
    from minutebook.extract.records import Attendee

    attendees = [Attendee(name="Robert Vane", surname="Vane"), Attendee(name="Iris Okafor", surname="Okafor")]
    text = "Present: Cllr Robert Vane (BV), Iris Okafor (IOK), Fenwick County Council (FCC)"
    initials = declared_initials(text, attendees)
    assert initials == {"BV": "Robert Vane", "IOK": "Iris Okafor"}
    assert resolve_owners("BV", attendees, initials=initials) == ["Robert Vane"]
    assert resolve_owners("IOK/BV", attendees, initials=initials) == ["Iris Okafor", "Robert Vane"]
    # Without the declaration, initials that fit no attendee stay as written.
    assert resolve_owners("BV", attendees) == ["BV"]
    # Initials declared for two different attendees are no answer.
    assert declared_initials("Robert Vane (RV) and Iris Okafor (RV)", attendees) == {}


def test_posts_in_capitals_and_joined_posts_resolve_to_their_holders():
    people = [*ATTENDEES, Attendee(name="Vera Holt", surname="Holt", role="Clerk"),
              Attendee(name="Gil Amis", surname="Amis", role="Chair")]
    assert resolve_owners("CLERK", people) == ["Vera Holt"]
    assert resolve_owners("Action: SECRETARY", people) == ["Secretary"]
    assert resolve_owners("Clerk/Chair", people) == ["Vera Holt", "Gil Amis"]
    assert resolve_owners("CHAIR & PP", people) == ["Gil Amis", "Priya Patel"]
    # No attendee holds the post: the post stays as written.
    assert resolve_owners("Treasurer/Clerk", ATTENDEES) == ["Treasurer/Clerk"]


def test_a_post_before_a_surname_is_the_attendee_of_that_surname():
    staff = [
        Attendee(name="Ed Egan", surname="Egan", role="City Manager"),
        Attendee(name="Gus Gale", surname="Gale", role="City Attorney"),
        Attendee(name="Di Egan-Hart", surname="Egan-Hart"),
    ]
    assert resolve_owners("City Manager Egan", staff) == ["Ed Egan"]
    assert resolve_owners("City Attorney Gale", staff) == ["Gus Gale"]  # the post as the attendance list gives it
    assert resolve_owners("Police Chief Orr", staff) == ["Police Chief Orr"]  # no attendee of that surname


def test_a_post_joined_to_a_person_is_two_owners_not_a_post_and_surname():
    people = [*ATTENDEES, Attendee(name="Vera Holt", surname="Holt", role="Clerk"),
              Attendee(name="Gil Amis", surname="Amis", role="Chair")]
    # "Clerk and …" is not a post: the clerk stays an owner beside the person joined to her.
    assert resolve_owners("Clerk and Tom Hughes", people) == ["Vera Holt", "Tom Hughes"]
    assert resolve_owners("Clerk / Cllr Hughes", people) == ["Vera Holt", "Tom Hughes"]
    assert resolve_owners("Chair, Clerk and Cllr Bennett", people) == ["Gil Amis", "Vera Holt", "Laura Bennett"]
    # A post the attendance list gives, "and" and all, still names the holder of the surname after it.
    officers = [Attendee(name="Ed Egan", surname="Egan", role="Parks and Leisure Manager")]
    assert resolve_owners("Parks and Leisure Manager Egan", officers) == ["Ed Egan"]


def test_a_rank_held_by_one_attendee_names_them():
    police = [
        Attendee(name="Bo Bray", surname="Bray", title="Chief Superintendent"),
        Attendee(name="Cy Cole", surname="Cole", title="Sergeant"),
        Attendee(name="Di Dunn", surname="Dunn", title="Mr"),
        Attendee(name="Ed Egan", surname="Egan", title="Mr"),
    ]
    assert resolve_owners("The Chief Superintendent", police) == ["Bo Bray"]
    assert resolve_owners("the Sergeant", police) == ["Cy Cole"]
    assert resolve_owners("Inspector", police) == ["Inspector"]  # no attendee of that rank: kept as written


def test_three_initials_of_a_hyphenated_surname():
    attendees = [*ATTENDEES, Attendee(name="Nell Ashby-Crane", surname="Ashby-Crane"),
                 Attendee(name="Tessa Lund-Harper", surname="Lund-Harper")]
    assert resolve_owners("NAC", attendees) == ["Nell Ashby-Crane"]
    assert resolve_owners("PP & TLH", attendees) == ["Priya Patel", "Tessa Lund-Harper"]
    # Two letters stay the plain initials; letters no one's name gives stay as written.
    assert resolve_owners("NAB", attendees) == ["NAB"]


def test_a_short_form_of_a_first_name_names_the_one_attendee_it_fits():
    board = [Attendee(name="David Rusk", surname="Rusk"), Attendee(name="Stuart Penhale", surname="Penhale")]
    assert resolve_owners("Dave", board) == ["David Rusk"]
    assert resolve_owners("Stu", board) == ["Stuart Penhale"]
    assert resolve_owners("Bob", board) == ["Bob"]  # nobody it fits


def test_a_short_form_two_attendees_could_answer_to_is_not_guessed():
    board = [Attendee(name="David Rusk", surname="Rusk"), Attendee(name="David Ash", surname="Ash")]
    assert resolve_owners("Dave", board) == ["Dave"]


def test_chair_written_with_another_word_for_the_post():
    listed = [*ATTENDEES, Attendee(name="K Marsh", surname="Marsh", role="Chair"), Attendee(name="Ann Lowe", role="Clerk")]
    assert resolve_owners("The Chairman", listed) == ["K Marsh"]
    assert resolve_owners("Chairperson", listed) == ["K Marsh"]
    chairman = [*ATTENDEES, Attendee(name="Bo Reyes", surname="Reyes", role="Chairman")]
    assert resolve_owners("the Chair", chairman) == ["Bo Reyes"]
    # Another post is not the chair's.
    assert resolve_owners("the Vice Chair", listed) == ["Vice Chair"]
    assert resolve_owners("Clerk", listed) == ["Ann Lowe"]


def test_initials_of_a_name_mentioned_in_the_minutes_when_no_attendee_has_them():
    assert resolve_owners("DW", ATTENDEES, mentions=["Dora Wilkes"]) == ["Dora Wilkes"]
    # Two mentioned names share the initials: kept as written.
    assert resolve_owners("DW", ATTENDEES, mentions=["Dora Wilkes", "Dan Ward"]) == ["DW"]
    # An attendee's initials come first.
    assert resolve_owners("PP", ATTENDEES, mentions=["Pam Pryce"]) == ["Priya Patel"]


def test_surnames_that_are_also_posts_stay_names(nlp):
    # "Reeve", "Warden" and "Foreman" are posts in the title vocabulary and common surnames: an owner's post words
    # are a narrower list, so these people can still be named and own a task.
    assert collect_mentions("Ann Reeve and Tom Warden spoke.", nlp=nlp) == ["Ann Reeve", "Tom Warden"]
    assert collect_mentions("Jo Foreman will write to the school.", nlp=nlp) == ["Jo Foreman"]


def test_headed_by_body_reads_a_body_not_a_post_of_one():
    from minutebook.extract.owners import headed_by_body

    assert headed_by_body("the Board") and headed_by_body("the Board of Education")
    assert headed_by_body("the Town Council") and headed_by_body("Committee on Grants")
    # Near misses: a body's post, written before or after the body.
    assert not headed_by_body("the Chair of the Committee") and not headed_by_body("the Clerk to the Council")
    assert not headed_by_body("the Chair of the Finance Committee") and not headed_by_body("Board Chair")
    assert not headed_by_body("the Clerk")
