"""US board rolls: members absent and excused under one label, officers written post first in pairs parted by
semicolons, an excuse noted after a vote, members who came after the roll, and a commander's rank. Each in two
invented forms, with a near miss. Every name is invented."""

from __future__ import annotations

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees


def _apologies(document, nlp):
    return [a.surname for a in extract_apologies(document, nlp=nlp)]


def _attendees(document, nlp):
    return {a.surname: a for a in extract_attendees(document, nlp=nlp)}


def test_absent_and_excused_label(make_document, nlp) -> None:
    plain = make_document("ROLL CALL\nPresent: Ann Vale, Bo Reed\nAbsent and Excused: Ed Penn, Flo Marr\n\n1. Minutes\n")
    assert _apologies(plain, nlp) == ["Penn", "Marr"]
    members = make_document(
        "ROLL CALL\nCouncilmembers present: Ann Vale, Bo Reed\nCouncilmembers absent and excused: Ed Penn\n\n1. Minutes\n"
    )
    assert _apologies(members, nlp) == ["Penn"]
    # The members' word before "excused" alone: "Members excused:", "Commissioners Excused:".
    excused = make_document("ROLL CALL\nMembers present: Ann Vale, Bo Reed\nMembers excused: Ed Penn\n\n1. Minutes\n")
    assert _apologies(excused, nlp) == ["Penn"]
    commissioners = make_document(
        "Commissioners Present: Ann Vale, Bo Reed\nCommissioners Excused: Ed Penn, Flo Marr\n\n1. Minutes\n"
    )
    assert _apologies(commissioners, nlp) == ["Penn", "Marr"]
    assert "Penn" not in _attendees(commissioners, nlp)
    # Absent without an excuse sent none.
    absent = make_document("ROLL CALL\nPresent: Ann Vale, Bo Reed\nAbsent: Ed Penn\n\n1. Minutes\n")
    assert _apologies(absent, nlp) == []


def test_officers_written_post_comma_name_in_pairs(make_document, nlp) -> None:
    pairs = make_document(
        "Present: Ann Vale, Bo Reed\nAlso Present: Parks and Recreation Director, Gus Hale; Finance Director, Hal Ives;"
        " City Manager, Ida Jay\n\n1. Minutes\n"
    )
    people = _attendees(pairs, nlp)
    assert (people["Hale"].role, people["Ives"].role, people["Jay"].role) == (
        "Parks and Recreation Director", "Finance Director", "City Manager"
    )
    assert people["Jay"].status == "in_attendance"
    two = make_document("Present: Ann Vale\nStaff Present: City Clerk, Kit Orme; City Attorney, Lou Pratt\n\n1. Minutes\n")
    people = _attendees(two, nlp)
    assert (people["Orme"].role, people["Pratt"].role) == ("City Clerk", "City Attorney")
    # A person, then a post, is read the other way round.
    named_first = make_document("Present: Ann Vale\nStaff Present: Kit Orme, City Clerk; Lou Pratt, City Attorney\n\n1. Minutes\n")
    people = _attendees(named_first, nlp)
    assert (people["Orme"].role, people["Pratt"].role) == ("City Clerk", "City Attorney")


def test_absent_excused_noted_after_a_vote(make_document, nlp) -> None:
    vote = make_document(
        "City Council Regular Meeting\n\nRoll Call\n\nConsent Agenda approved unanimously 6-0. Councilmember Vale absent"
        " excused.\n"
    )
    assert _apologies(vote, nlp) == ["Vale"]
    comma = make_document("Roll Call\n\nItem 4 passed 5-0. Trustee Bo Reed absent, excused.\n")
    assert _apologies(comma, nlp) == ["Reed"]
    # Absent alone is no excuse.
    absent = make_document("Roll Call\n\nItem 4 passed 5-0. Trustee Bo Reed absent.\n")
    assert _apologies(absent, nlp) == []


def test_members_who_came_after_the_roll(make_document, nlp) -> None:
    same_line = make_document(
        "CALL TO ORDER\n\nCommissioners Present:  President Ann Vale, Bo Reed, and Di Lowe were present.  Penn arrived"
        " shortly after the meeting began.\n\nAPPROVAL OF THE MINUTES\n"
    )
    assert "Penn" in _attendees(same_line, nlp)
    next_line = make_document(
        "ROLL CALL\nPresent: Mayor Ann Vale, Councilmembers Bo Reed and Di Lowe\nCouncilmember Flo Marr arrived at"
        " 7:05 p.m.\n\nAPPROVAL OF AGENDA\n"
    )
    assert _attendees(next_line, nlp)["Marr"].status == "present"
    # Someone arriving far below the roll, in the business, is no attendee of the roll.
    later = make_document(
        "ROLL CALL\nPresent: Mayor Ann Vale, Councilmember Bo Reed\n\n1. MINUTES\nApproved.\n\n2. PARKS\nThe new mower"
        " arrived in May.\n"
    )
    assert set(_attendees(later, nlp)) == {"Vale", "Reed"}
    # A titled visitor arriving near the roll is no member of it.
    for visitor in ("Resident Tilda Marchbank arrived at 7:12 p.m.", "Sheriff Tam Roebuck arrived at 7.20pm."):
        guest = make_document("ROLL CALL\nPresent at roll call: Mayor Ann Vale, Councilmember Bo Reed\n" + visitor
                              + "\n\nAPPROVAL OF AGENDA\n")
        people = extract_attendees(guest, nlp=nlp)
        assert not {"Marchbank", "Roebuck"} & {a.surname for a in people if a.status == "present"}, visitor


def test_a_commanders_rank_is_a_title(make_document, nlp) -> None:
    staff = make_document("Members in Attendance:\nChair Ann Vale\n\nStaff in Attendance:\nCmdr. Gus Hale\nSgt. Hal Ives\n\n1. Minutes\n")
    hale = _attendees(staff, nlp)["Hale"]
    assert (hale.name, hale.title) == ("Gus Hale", "Cmdr")
    bare = make_document("Present: Ann Vale\nIn attendance: Cmdr Gus Hale (Police)\n\n1. Minutes\n")
    assert _attendees(bare, nlp)["Hale"].title == "Cmdr"


def test_staff_a_post_and_its_holder_a_row(make_document, nlp) -> None:
    bullets = make_document(
        "Members Present:\n  • Mayor A. Vale\n  • Councillor B. Reed\nStaff Present:\n"
        "  • Chief Administrative Officer, C. Hart\n  • Manager of Legislative Services / Municipal Clerk, D. Lowe\n"
        "  • Curator, F. Marr\n\n1. Call to Order\n"
    )
    people = _attendees(bullets, nlp)
    assert (people["Hart"].role, people["Lowe"].role, people["Marr"].role) == (
        "Chief Administrative Officer", "Manager of Legislative Services / Municipal Clerk", "Curator"
    )
    plain = make_document("Present: Ann Vale\nStaff Present:\nTown Clerk, Kit Orme\nTreasurer, Lou Pratt\n\n1. Minutes\n")
    people = _attendees(plain, nlp)
    assert (people["Orme"].role, people["Pratt"].role) == ("Town Clerk", "Treasurer")
    # Rows of a name and a body are no posts and holders.
    bodies = make_document("Present: Ann Vale\nAlso Present:\nKit Orme, Eastshire Water\nLou Pratt, Harbour Trust\n\n1. Minutes\n")
    assert {a.role for a in extract_attendees(bodies, nlp=nlp) if a.surname in ("Orme", "Pratt")} == {None}


def test_present_and_absent_at_roll_call(make_document, nlp) -> None:
    labelled = make_document(
        "2. ROLL CALL\n\nPresent at roll call: Mayor Vale, Councilmembers Reed, Hart, and Lowe.\n\n"
        "Absent at roll call: Councilmember Penn.\n\n3. COUNCIL MINUTES\n"
    )
    assert set(_attendees(labelled, nlp)) == {"Vale", "Reed", "Hart", "Lowe"}
    members = make_document("ROLL CALL\nMembers present at the roll call: Ann Vale, Bo Reed\n\n1. Minutes\n")
    assert set(_attendees(members, nlp)) == {"Vale", "Reed"}
    # A vote's roll call names voters, not the attendance.
    vote = make_document("4. Budget\nMotion to adopt. Ayes at roll call: Vale, Reed.\n")
    assert _attendees(vote, nlp) == {}


def test_staff_in_attendance_were_and_the_presiding_chair(make_document, nlp) -> None:
    prose = make_document(
        "CALL TO ORDER - The Planning Commission met in regular session with Chair Vale presiding; also present were"
        " Commissioners Reed, Hart and Lowe. Staff members in attendance were Community Development Director Gus Hale,"
        " Associate Planners Hal Ives and Ida Jay.\n\nAGENDA REVIEW: No Changes.\n"
    )
    people = _attendees(prose, nlp)
    assert {"Vale", "Reed", "Hart", "Lowe", "Hale", "Ives", "Jay"} <= set(people)
    assert people["Hale"].status == "in_attendance" and people["Vale"].role == "Chair"
    short = make_document("The Board met with Mayor Ann Vale presiding. Staff present were City Clerk Bo Reed.\n\n1. Minutes\n")
    assert {"Vale", "Reed"} <= set(_attendees(short, nlp))
    # An untitled name presiding is not read as the chair.
    untitled = make_document("The Board met with Ann Vale presiding over the hearing.\n\n1. Minutes\n")
    assert "Vale" not in _attendees(untitled, nlp)


def test_the_seat_a_member_holds_names_no_one(make_document, nlp) -> None:
    wards = make_document(
        "PRESENT: Mayor Ann Vale; Deputy Mayor Reed and Councillor Cy Hart Ward 1; Councillor Di Lowe and Councillor"
        " Ed Penn Ward 2; and Councillor Flo Marr and Councillor Gus Hale Ward 3.\n\n1. CALL TO ORDER\n"
    )
    assert set(_attendees(wards, nlp)) == {"Vale", "Reed", "Hart", "Lowe", "Penn", "Marr", "Hale"}
    districts = make_document(
        "Present: Tom Vale, Chairman, District 2; Kate Reed, Vice Chair, District 3; Mark Hart, Supervisor, District 1.\n\n"
        "1. EXECUTIVE SESSION\n"
    )
    people = _attendees(districts, nlp)
    assert set(people) == {"Vale", "Reed", "Hart"} and people["Reed"].role == "Vice Chair"
    # A surname "Ward" is no seat.
    surname = make_document("Present: Cllr Ann Vale, Cllr Bo Ward, Cllr Cy Hart\n\n1. Minutes\n")
    assert set(_attendees(surname, nlp)) == {"Vale", "Ward", "Hart"}


def test_labels_typed_with_an_apostrophe_and_special_guests(make_document, nlp) -> None:
    typed = make_document(
        "Member's Present: R Vale, M Reed, C Hart\n\nMember's Absent: D Lowe\n\nSpecial Guests: Ann Penn, Detective Orr.\n\n"
        "Board Meeting called to order by Supervisor R Vale.\n"
    )
    people = _attendees(typed, nlp)
    assert set(people) == {"Vale", "Reed", "Hart", "Penn", "Orr"}
    assert (people["Orr"].title, people["Orr"].status, people["Penn"].role) == ("Detective", "also_present", "Guest")
    plural = make_document("Members' present: Ann Vale, Bo Reed\nInvited guests: Cy Hart\n\n1. Minutes\n")
    assert set(_attendees(plural, nlp)) == {"Vale", "Reed", "Hart"}
    # "Members absent" lists no attendee.
    absent = make_document("Members present: Ann Vale\nMember's absent: Bo Reed\n\n1. Minutes\n")
    assert set(_attendees(absent, nlp)) == {"Vale"}


def test_a_member_absent_label_in_the_singular(make_document, nlp) -> None:
    one_line = make_document("Members present: Vale, Reed, Hart. Member absent: Lowe.\n\n1. Minutes\n")
    assert set(_attendees(one_line, nlp)) == {"Vale", "Reed", "Hart"}
    own_line = make_document("Commissioners present: Ann Vale, Bo Reed\nMember absent: Di Lowe\n\n1. Minutes\n")
    assert set(_attendees(own_line, nlp)) == {"Vale", "Reed"}
    # "Member" alone as a title stays with its person.
    titled = make_document("Present: Member Ann Vale, Member Bo Reed\n\n1. Minutes\n")
    assert set(_attendees(titled, nlp)) == {"Vale", "Reed"}


def test_guests_named_under_the_rolls_heading(make_document, nlp) -> None:
    roll = make_document(
        "# CALL TO ORDER\n\nPresident Ann Vale called the meeting to order at 9:30 AM.\n\n"
        "# COMMISSIONERS, STAFF, AND GUESTS PRESENT\n\nCommissioners Vale, Vice-President Bo Reed, and Cy Hart were present."
        "  Greg Orr and Al Day, Orr Construction, Jon Kay, Kay Engineers, and Eve Lund, Lund Environmental, were present."
        "  Tom Hale, Port attorney, attended the initial part of the meeting.\n\n# CONSENT CALENDAR\n"
    )
    people = _attendees(roll, nlp)
    assert {"Orr", "Day", "Kay", "Lund", "Hale"} <= set(people)
    assert not {"Construction", "Engineers", "Environmental"} & set(people)
    assert (people["Day"].organisation, people["Kay"].status) == ("Orr Construction", "also_present")
    short = make_document(
        "ROLL CALL\n\nTrustees Ann Vale and Bo Reed were present.  Ida Moss and Lou Penn were present.\n\n1. Minutes\n"
    )
    assert {"Moss", "Penn"} <= set(_attendees(short, nlp))
    # Without the roll's heading or a titled roll, names before "were present" are no roll.
    discussion = make_document(
        "1. Minutes\nApproved.\n\n2. Parks\nThe survey was discussed at length by the board tonight.  Ida Moss and Lou"
        " Penn were present at the site visit last week.\n"
    )
    assert not {"Moss", "Penn"} & set(_attendees(discussion, nlp))


def test_a_post_and_its_holder_then_the_members_under_their_plural_title(make_document, nlp) -> None:
    lines = make_document(
        "MEMBERS PRESENT: Mayor: Ann Vale\nCouncillors: Bo Reed, Cy Hart, Di Lowe\nMEMBERS ABSENT:\n"
        "STAFF PRESENT: Ed Penn, CAO\nFlo Marr, Deputy Clerk\n\nMEETING CALLED TO ORDER\n"
    )
    people = _attendees(lines, nlp)
    assert {"Vale", "Reed", "Hart", "Lowe"} <= set(people)
    assert (people["Vale"].role, people["Reed"].title) == ("Mayor", "Councillor")
    reeve = make_document("MEMBERS PRESENT: Chair: Ann Vale\nTrustees: Bo Reed and Cy Hart\n\n1. Minutes\n")
    assert {"Vale", "Reed", "Hart"} <= set(_attendees(reeve, nlp))
    # A line opening with a label that is no plural title names no member.
    other = make_document("MEMBERS PRESENT: Chair: Ann Vale\nAgenda: Approved as circulated\n\n1. Minutes\n")
    assert set(_attendees(other, nlp)) == {"Vale"}


def test_called_the_meeting_to_order_with_a_capital(make_document, nlp) -> None:
    capital = make_document(
        "1. Call to Order\n\nMayor Vale called the Meeting to order at 11:00 a.m. Councillors R. Reed and M. Hart were"
        " in attendance in Council Chambers.\n\n2. Minutes\n"
    )
    assert {"Vale", "Reed", "Hart"} <= set(_attendees(capital, nlp))
    opened = make_document("1. Call to Order\n\nChair Ann Vale opened the Meeting at 7 pm.\n\n2. Minutes\n")
    assert "Vale" in _attendees(opened, nlp)
    # "The Meeting …" opens with no one.
    nobody = make_document("1. Call to Order\n\nThe Chair called the Meeting to order at 7 pm.\n\n2. Minutes\n")
    assert "Chair" not in _attendees(nobody, nlp)


def test_member_marked_away_in_a_bracket_inside_the_present_list(make_document, nlp) -> None:
    # school boards' minutes typed from the roll: only the member away carries a mark
    titled = make_document("Present: Mrs. Pell, Mr. Corwin (Absent), Mrs. Dray, Mr. Ostend\n\n1. Opening Items\n")
    assert list(_attendees(titled, nlp)) == ["Pell", "Dray", "Ostend"]
    glued = make_document("Present: Ann Pell, Bo Corwin, Cy Dray(excused)\n\n1. Opening Items\n")
    assert list(_attendees(glued, nlp)) == ["Pell", "Corwin"]
    # near miss: a bracket that is a post, not a mark, keeps its member
    post = make_document("Present: Ann Pell, Bo Corwin (Chair), Cy Dray\n\n1. Opening Items\n")
    assert list(_attendees(post, nlp)) == ["Pell", "Corwin", "Dray"]


def test_roll_under_the_clerks_roll_call_number(make_document, nlp) -> None:
    bare = make_document(
        "PRAYER: Pastor Ida Lund\n31-1 ROLL CALL: Present: Vale, Reed, Hart and\nLowe.\n"
        "31-2 ADOPTING THE AGENDA: Reed moved it. Carried 4-0.\n"
    )
    assert list(_attendees(bare, nlp)) == ["Vale", "Reed", "Hart", "Lowe"]
    numbered = make_document(
        "18-0410 1. ROLL CALL: Present: Vale, Reed, and Hart\nAbsent: Lowe.\n"
        "18-0411 2. ADOPTING THE AGENDA: Reed moved it. Carried 3-0.\n"
    )
    assert list(_attendees(numbered, nlp)) == ["Vale", "Reed", "Hart"]
    # A date or a range before the words is no roll-call number.
    mention = make_document("Minutes\n2024-05 roll call attendance figures: Vale, Reed and Hart were counted.\n")
    assert list(_attendees(mention, nlp)) == []
