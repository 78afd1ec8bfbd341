"""Attendance written as township prose, officer labels, name-and-organisation lines and labelled bullets.

Every example is invented; each test names the way of writing, never a council.
"""

from __future__ import annotations

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees


def _people(document, nlp):
    return [(a.name, a.role, a.status, a.organisation) for a in extract_attendees(document, nlp=nlp)]


def _who(document, nlp):
    return [a.name for a in extract_attendees(document, nlp=nlp)]


# --- Labels with bold names; "not in attendance" is an absence ---------------------------------


def test_bold_names_after_labels_and_the_absent_label(make_document, nlp) -> None:
    document = make_document(
        "# Board Meeting\n"
        "Directors in attendance: **Ida Moor, Pat Lane, Rex Hood**\n"
        "Directors not in attendance: **Sam Kerr**\n"
        "Others present: **Val Oake**\n"
        "## 1. Call to order\n",
        name="inline.md",
    )
    assert _who(document, nlp) == ["Ida Moor", "Pat Lane", "Rex Hood", "Val Oake"]
    assert extract_apologies(document, nlp=nlp) == []


def test_members_not_present_label_names_no_attendee(make_document, nlp) -> None:
    document = make_document(
        "Members present: Cllr Ann Rudd, Cllr Tom Ince\n"
        "Members not present: Cllr Joe Bale\n"
        "1. Minutes\n"
    )
    assert _who(document, nlp) == ["Ann Rudd", "Tom Ince"]


def test_round_bullets_with_labels_one_a_line(make_document, nlp) -> None:
    document = make_document(
        "Meeting of the Trust Board\n"
        "● Board Members: Ida Moor, Pat Lane, Rex Hood\n"
        "● Guest: Val Oake\n"
        "● Absent: Sam Kerr\n"
        "1. Welcome\n"
    )
    assert _people(document, nlp) == [
        ("Ida Moor", None, "present", None),
        ("Pat Lane", None, "present", None),
        ("Rex Hood", None, "present", None),
        ("Val Oake", "Guest", "also_present", None),
    ]


def test_committee_members_label_with_a_list_on_its_line(make_document, nlp) -> None:
    document = make_document(
        "• Committee Members: Jo Ash, Kay Brill\n"
        "• Guests: Lou Penn\n"
        "2. Minutes\n"
    )
    assert _who(document, nlp) == ["Jo Ash", "Kay Brill", "Lou Penn"]


# --- Township prose: office words before each group, the verb after, a count of the audience ----


def test_township_sentence_with_offices_then_verb_and_audience_count(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE REGULAR MEETING\n"
        "The meeting was called to order at 7:00 p.m.\n"
        "Chair Dale Pruitt, Supervisors Ann Kline and Ray Voss, Treasurer Gina Hart and Clerk Lou Tate were in "
        "attendance along with 12 audience members; Supervisor Ned Fisk was absent.\n"
        "MINUTES\n"
        "The minutes were approved.\n"
    )
    assert _people(document, nlp) == [
        ("Dale Pruitt", "Chair", "present", None),
        ("Ann Kline", "Supervisor", "present", None),
        ("Ray Voss", "Supervisor", "present", None),
        ("Gina Hart", "Treasurer", "in_attendance", None),
        ("Lou Tate", "Clerk", "in_attendance", None),
    ]
    assert extract_apologies(document, nlp=nlp) == []


def test_members_then_verb_after_the_call_to_order(make_document, nlp) -> None:
    document = make_document(
        "Regular Meeting Minutes\n"
        "June 3, 2019\n"
        "Meeting was called to order at 7:30 p.m. with the pledge to the flag. Members Al Brook, Eve Dunmore and "
        "Hal Pratt were present with three residents.\n\n"
        "Minutes were approved as read.\n"
    )
    assert _people(document, nlp) == [
        ("Al Brook", None, "present", None),
        ("Eve Dunmore", None, "present", None),
        ("Hal Pratt", None, "present", None),
    ]


def test_one_name_then_verb_in_the_discussion_is_no_roll(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Board\n"
        "Present: Chair Ann Kline, Supervisor Ray Voss\n"
        "1. Roads\n"
        "Ned Fisk was present with 4 neighbours to speak on the culvert.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Kline", "Ray Voss"]


# --- A shared plural title ends at the next post, plural or of two words -----------------------


def test_shared_title_ends_at_a_plural_post(make_document, nlp) -> None:
    document = make_document(
        "CALL TO ORDER\n"
        "Ann Kline called the meeting to order. In attendance: Supervisors Ann Kline, Ray Voss and Ned Fisk, "
        "Treasurers Gina Hart, Town Clerks Lou Tate and Flo Marsh, Road Inspector Cy Pratt and Fire Chief Al Brook\n\n"
        "PLEDGE OF ALLEGIANCE\n"
    )
    people = [(a.name, a.title, a.role) for a in extract_attendees(document, nlp=nlp)]
    assert people[:4] == [
        ("Ann Kline", "Supervisor", "Supervisor"),
        ("Ray Voss", "Supervisor", "Supervisor"),
        ("Ned Fisk", "Supervisor", "Supervisor"),
        ("Gina Hart", None, "Treasurer"),
    ]
    assert [name for name, _, _ in people[4:]] == ["Lou Tate", "Flo Marsh", "Cy Pratt", "Al Brook"]
    assert people[5][1] is None and people[6][2] == "Road Inspector" and people[7][2] == "Fire Chief"


def test_shared_councillor_title_kept_over_plain_names(make_document, nlp) -> None:
    document = make_document("Present: Councillors Ann Kline, Ray Voss and Ned Fisk, Clerk Lou Tate\n1. Minutes\n")
    people = [(a.name, a.title, a.role) for a in extract_attendees(document, nlp=nlp)]
    assert people == [
        ("Ann Kline", "Councillor", None),
        ("Ray Voss", "Councillor", None),
        ("Ned Fisk", "Councillor", None),
        ("Lou Tate", None, "Clerk"),
    ]


# --- One "Name, Organisation" a line; a body's sub-heading gives the names below it their body ---


def test_name_then_organisation_one_a_line(make_document, nlp) -> None:
    document = make_document(
        "NOTES OF THE LIAISON GROUP\n"
        "Present:\n"
        "Una Lyle, Parish of Oakhurst\n"
        "Rob Tann, Oak Hotel\n"
        "Sue Bray, Northvale District Council\n"
        "Apologies:\n"
        "Tim Orr, Oakhurst School\n"
        "1. Introductions\n"
    )
    assert _people(document, nlp) == [
        ("Una Lyle", None, "present", "Parish of Oakhurst"),
        ("Rob Tann", None, "present", "Oak Hotel"),
        ("Sue Bray", None, "present", "Northvale District Council"),
    ]
    assert [(a.name, a.organisation) for a in extract_apologies(document, nlp=nlp)] == [("Tim Orr", "Oakhurst School")]


def test_body_sub_heading_inside_a_list_names_no_one(make_document, nlp) -> None:
    document = make_document(
        "Partnership Forum\n"
        "Present:\n"
        "Una Lyle, Oakhurst Golf Club\n"
        "Residents' Association:\n"
        "Kit Dale\n"
        "Mo Fenn\n"
        "\n"
        "1. Welcome\n"
    )
    assert _people(document, nlp) == [
        ("Una Lyle", None, "present", "Oakhurst Golf Club"),
        ("Kit Dale", None, "present", "Residents' Association"),
        ("Mo Fenn", None, "present", "Residents' Association"),
    ]


def test_plural_sub_heading_still_titles_the_names(make_document, nlp) -> None:
    document = make_document("Present:\nCouncillors:\nKit Dale\nMo Fenn\nOfficers:\nRob Tann, Clerk\n\n1. Welcome\n")
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Kit Dale", "Mo Fenn", "Rob Tann"]


# --- "Present: Chair: A; Secretary: B; Treasurer: C" then plain names one a line ----------------


def test_post_colon_name_pairs_then_names_one_a_line(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE ANNUAL GENERAL MEETING\n"
        "Present: Chair: Ivy Lowe; Secretary: Ben Dyer; Treasurer: Cass Nairn\n"
        "Dot Innes\n"
        "Eli Parr\n"
        "Apologies: Fen Quill\n"
        "1. Welcome\n"
    )
    assert _people(document, nlp) == [
        ("Ivy Lowe", "Chair", "present", None),
        ("Ben Dyer", "Secretary", "present", None),
        ("Cass Nairn", "Treasurer", "present", None),
        ("Dot Innes", None, "present", None),
        ("Eli Parr", None, "present", None),
    ]


def test_post_colon_name_pairs_then_titled_names(make_document, nlp) -> None:
    document = make_document(
        "Present: Chairman: Cllr Ivy Lowe; Vice-Chairman: Cllr Ben Dyer\n"
        "Cllr Dot Innes\n"
        "Cllr Eli Parr\n"
        "\n"
        "1. Minutes\n"
    )
    assert [(a.name, a.role) for a in extract_attendees(document, nlp=nlp)] == [
        ("Ivy Lowe", "Chairman"),
        ("Ben Dyer", "Vice-Chairman"),
        ("Dot Innes", None),
        ("Eli Parr", None),
    ]


# --- Double-barrelled surnames with a spaced dash stay whole -----------------------------------


def test_spaced_dash_inside_a_surname_one_a_line(make_document, nlp) -> None:
    document = make_document(
        "Minutes of the Forum\n"
        "Present:\n"
        "Ann Sorrel - Jessop - Chair\n"
        "Bob Dyer - Hale - Secretary\n"
        "Cara Nairn - Treasurer\n"
        "Dan Innes - Clerk\n"
        "1. Welcome\n"
    )
    assert _people(document, nlp) == [
        ("Ann Sorrel-Jessop", "Chair", "present", None),
        ("Bob Dyer-Hale", "Secretary", "present", None),
        ("Cara Nairn", "Treasurer", "present", None),
        ("Dan Innes", "Clerk", "in_attendance", None),
    ]


def test_spaced_dash_inside_a_surname_in_a_run_on_list(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr Ann Sorrel - Jessop (Chair), Cllr Bob Dyer-Hale, Cllr Cara Nairn\n"
        "Apologies: Eve Parr - Wardle and Fay Quill\n"
        "1. Welcome\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ann Sorrel-Jessop", "Bob Dyer-Hale", "Cara Nairn"]
    assert [a.surname for a in extract_apologies(document, nlp=nlp)] == ["Parr-Wardle", "Quill"]


def test_spaced_dash_before_a_post_or_body_still_separates(make_document, nlp) -> None:
    document = make_document(
        "Present:\nAnn Sorrel - Clerk\nBob Dyer - Police\nCara Nairn - Eastshire County Council\n\n1. Welcome\n"
    )
    assert [(a.name, a.role, a.organisation) for a in extract_attendees(document, nlp=nlp)] == [
        ("Ann Sorrel", "Clerk", None),
        ("Bob Dyer", None, "Police"),
        ("Cara Nairn", None, "Eastshire County Council"),
    ]


def test_one_word_company_after_the_comma_is_no_person(make_document, nlp) -> None:
    document = make_document(
        "Community Liaison Group\n"
        "Attending:\n"
        "Councillor Una Lyle, Oakhurst Parish Council\n"
        "Rob Tann, Local Resident Representative\n"
        "Sue Bray, Environment Agency\n"
        "Mo Fenn, Quarrico\n"
        "Kit Dale, Quarrico\n"
        "Apologies:\n"
        "Tim Orr, Local Resident Representative\n"
        "Ian Vale, Oakhurst Parish Council\n"
        "Councillor Jo Ash, Northvale Town Council\n"
        "Pat Low, Health & Safety Executive\n"
        "Sergeant Al Roe, County Constabulary\n"
        "Item 1. Welcome\n"
    )
    people = [(a.name, a.organisation) for a in extract_attendees(document, nlp=nlp)]
    assert [name for name, _ in people] == ["Una Lyle", "Rob Tann", "Sue Bray", "Mo Fenn", "Kit Dale"]
    assert people[3] == ("Mo Fenn", "Quarrico")
    assert [a.name for a in extract_apologies(document, nlp=nlp)] == ["Tim Orr", "Ian Vale", "Jo Ash", "Pat Low", "Al Roe"]


def test_two_people_a_line_stay_two_people(make_document, nlp) -> None:
    document = make_document(
        "Present:\n"
        "Ann Lee, Bo Day\n"
        "Cy Orr, Di Fox\n"
        "Ed Hay, Flo Ives\n"
        "\n"
        "1. Welcome\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == [
        "Ann Lee", "Bo Day", "Cy Orr", "Di Fox", "Ed Hay", "Flo Ives",
    ]


# --- People named in the business are not the listed members by surname alone ------------------


def test_resident_doctor_and_applicant_do_not_name_the_members(make_document, nlp) -> None:
    document = make_document(
        "MINUTES OF THE PARISH COUNCIL\n"
        "Present: Cllr Lee (Chair), Cllr Day, Cllr Orr\n"
        "1. Public Forum\n"
        "Mr Tom Lee asked about the footpath. Dr Ruth Day from the surgery reported on flu clinics.\n"
        "2. Planning\n"
        "Application by Sam Orr for an extension at 4 High Street was noted.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Cllr Lee", "Cllr Day", "Cllr Orr"]


def test_resident_by_address_and_owner_do_not_name_the_members(make_document, nlp) -> None:
    document = make_document(
        "Present: Councillor Hale, Councillor Penn\n"
        "1. Open session\n"
        "Joan Hale of 12 Mill Lane spoke against the plans.\n"
        "2. Planning\n"
        "Rob Penn's application for a garage was supported.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Councillor Hale", "Councillor Penn"]


def test_the_member_named_in_full_with_a_post_still_gives_the_first_name(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr Hale (Chair), Cllr Penn\n"
        "1. Chair's report\n"
        "Chair Joan Hale thanked members for their work.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)][0] == "Joan Hale"


# --- Township prose: a post after each name, a post without its comma, the absent after a full stop ---


def test_name_comma_post_pairs_in_a_members_sentence(make_document, nlp) -> None:
    document = make_document(
        "Synopsis of Regular Meeting Minutes\n\n"
        "Supervisor Hale opened the meeting at 7:00 PM. Board members present, in addition to the supervisor, were "
        "Ada Birch, Clerk, Nell Hurst, Treasurer, and Otto Lund, Trustee. Del Lyle, a Trustee, was absent.\n\n"
        "Treasurer Nell Hurst gave the report.\n"
    )
    assert _people(document, nlp) == [
        ("Ada Birch", "Clerk", "in_attendance", None),
        ("Nell Hurst", "Treasurer", "in_attendance", None),
        ("Otto Lund", "Trustee", "present", None),
        # The supervisor who opened the meeting attended too.
        ("Supervisor Hale", "Supervisor", "present", None),
    ]


def test_lower_case_post_without_its_comma_starts_the_next_person(make_document, nlp) -> None:
    document = make_document(
        "## CALL TO ORDER\n"
        "Chair Ada Birch called the meeting to order.  Board members present were supervisors Ada Birch, Otto Lund, "
        "and Del Lyle treasurer Nell Hurst, and clerk Ivo Marsh.  Guests were Pia Dunn and Rex Oake.\n\n"
        "## MINUTES\n",
        name="inline.md",
    )
    assert _people(document, nlp)[2:5] == [
        ("Del Lyle", "Supervisor", "present", None),
        ("Nell Hurst", "Treasurer", "in_attendance", None),
        ("Ivo Marsh", "Clerk", "in_attendance", None),
    ]


def test_outgoing_members_present_and_absent_labels(make_document, nlp) -> None:
    document = make_document(
        "Board of Directors Meeting Minutes\n"
        "Board Members Present:\nIda Moor\nPat Lane\n"
        "Absent:\nSam Kerr\n"
        "Outgoing Board Members Present:\nRex Hood\n"
        "Outgoing Board Members Absent:\nVal Oake\n"
        "The meeting was called to order at 7:30 p.m.\n"
    )
    assert _who(document, nlp) == ["Ida Moor", "Pat Lane", "Rex Hood"]


def test_cr_titles_councillors_one_a_line_and_in_a_list(make_document, nlp) -> None:
    # Australian and New Zealand minutes shorten Councillor to "Cr" (plural "Crs").
    one_a_line = make_document(
        "Present:\nCr Mere Tawhai\nCr Lachlan Dunne\nCr Anika Rowe\n\n1. Karakia\nCr Dunne opened the meeting.\n"
    )
    assert [(a.name, a.title) for a in extract_attendees(one_a_line, nlp=nlp)] == [
        ("Mere Tawhai", "Cr"), ("Lachlan Dunne", "Cr"), ("Anika Rowe", "Cr")]
    listed = make_document("Present: Crs Tawhai, Dunne and Rowe.\n\n1. Apologies\nNone.\n")
    assert [a.surname for a in extract_attendees(listed, nlp=nlp)] == ["Tawhai", "Dunne", "Rowe"]


def test_members_label_with_its_colon_under_attendees(make_document, nlp) -> None:
    # A homeowners' board: "Attendees:" over bullets, each a label and its list.
    document = make_document(
        "Attendees:\n* Board members: President Ivy Stone, Treasurer Cal Ruiz\n* Members: Bea Lund, Hal Ortega\n\n"
        "Meeting called to order at 7:02 p.m.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Ivy Stone", "Cal Ruiz", "Bea Lund", "Hal Ortega"]
    on_its_line = make_document("Members:\nCllr A Lowe\nCllr B Penn\nCllr C Hurst\n\n1. Apologies\nNone.\n")
    assert [a.surname for a in extract_attendees(on_its_line, nlp=nlp)] == ["Lowe", "Penn", "Hurst"]


def test_couples_sharing_a_surname_are_two_people(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr A Lowe (Chair), Cllr B Penn\nAlso present: Mr and Mrs Quayle, Rosa & Tom Ferris, Dr & Mrs Hale.\n\n"
        "1. Apologies\nNone.\n"
    )
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == [
        "A Lowe", "B Penn", "Mr Quayle", "Mrs Quayle", "Rosa Ferris", "Tom Ferris", "Dr Hale", "Mrs Hale"]
    # Bare surnames joined by "and" stay as they are.
    listed = make_document("Present: Councillors Lowe, Penn and Hurst\n\n1. Apologies\nNone.\n")
    assert [a.surname for a in extract_attendees(listed, nlp=nlp)] == ["Lowe", "Penn", "Hurst"]


def test_roster_by_posts_with_an_initialled_name_a_line(make_document, nlp) -> None:
    # No "Present" label: the officers by their posts, then the members under a plural title, one initialled name a
    # line, then the minutes' first sentence.
    document = make_document(
        "MINUTES OF THE EXTRAORDINARY MEETING OF THE PARISH COUNCIL HELD ON 26TH JUNE 2031\n"
        "Chairman: M. Quill\nVice Chairman: P. Orme\nParish Councillors: Mrs E. Vane\nJ. Harker\nMrs. D. Lisle\n"
        "R. Tobin\nThe Chairman Cllr Quill opened the meeting at 7.30 pm.\n1. Apologies\nNone.\n"
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == [
        "Quill", "Orme", "Vane", "Harker", "Lisle", "Tobin"]
    labelled = make_document("Present: Mrs E. Vane\nJ. Harker\nMrs. D. Lisle\n\n1. Apologies\nNone.\n")
    assert [a.surname for a in extract_attendees(labelled, nlp=nlp)] == ["Vane", "Harker", "Lisle"]


def test_a_bold_name_inside_a_plain_list_stays_in_it(make_document, nlp) -> None:
    document = make_document(
        "Present: Cllr A Lowe, Cllr B Penn,\n**Cllr Ann Hale (Chair)**\nCllr D Quinn\n\n**Apologies**\nNone.\n"
    )
    assert [a.surname for a in extract_attendees(document, nlp=nlp)] == ["Lowe", "Penn", "Hale", "Quinn"]
