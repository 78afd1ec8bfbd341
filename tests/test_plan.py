"""Action tables of community safety plans: columns, priorities, issues, continued rows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from minutebook.extract.plan import extract_plan, split_measures

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEED = SHARED / "seeds" / "001_7aabe7677b1995d7.txt"
SEED_GOLD = SHARED / "gold" / "001_7aabe7677b1995d7.json"

HEADER = "Emerging issue\tAlso affects\tProposed Actions\tLead agency Support agencies\tMeasures of Success / Outcomes"
PLAN = f"""\
Harrowby Community Safety Plan 2017-18
Partners include Wyvern Police and Harrowby Borough Council.
PROTECTING VULNERABLE PEOPLE
{HEADER}
1. Older residents targeted by fraud\t✓\t1. Run a winter fraud campaign.\tWCC Trading Standards Wyvern Police Age UK\t• Campaign delivered • 200 call blockers fitted
\t\t2. Train wardens to spot financial abuse.\tHBC Community Safety Unit\t• 40 staff trained
2. Young people at risk of exploitation\t✓\t3. Map grooming hotspots monthly.\t<p>Wyvern Police</p> <p>WCC Early Help</p>\tHotspot map shared Taxi drivers briefed at renewal
SAFER ROADS
{HEADER}
3. Speeding through villages\t\t4. Recruit Speedwatch volunteers\tWyvern Police\t• Four new groups
Glossary
HBC\tHarrowby Borough Council
WCC\tWyvern County Council
"""


def test_reads_numbered_actions_under_priorities_and_issues(make_document) -> None:
    actions = extract_plan(make_document(PLAN))
    assert [a.number for a in actions] == ["1", "2", "3", "4"]
    assert [a.priority for a in actions] == ["PROTECTING VULNERABLE PEOPLE"] * 3 + ["SAFER ROADS"]
    assert [a.emerging_issue for a in actions] == [
        "1. Older residents targeted by fraud",
        "1. Older residents targeted by fraud",
        "2. Young people at risk of exploitation",
        "3. Speeding through villages",
    ]
    first = actions[0]
    assert first.text == "Run a winter fraud campaign."
    assert first.lead_agencies == ["WCC Trading Standards"]
    assert first.support_agencies == ["Wyvern Police", "Age UK"]
    assert first.measures == ["Campaign delivered", "200 call blockers fitted"]
    assert actions[2].lead_agencies == ["Wyvern Police"]
    assert actions[2].support_agencies == ["WCC Early Help"]
    assert actions[2].measures == ["Hotspot map shared", "Taxi drivers briefed at renewal"]
    assert actions[3].evidence is not None and actions[3].evidence.line_start == 10


def test_glossary_and_other_tables_are_not_actions(make_document) -> None:
    actions = extract_plan(make_document(PLAN))
    assert all(a.text and a.number for a in actions)
    assert len(actions) == 4


def test_row_split_over_a_page_break_joins_its_start(make_document) -> None:
    text = (
        "SAFETY\n"
        "Issue\tAction\tLead agency\tSupport agencies\tMeasures of success\n"
        "1. Nuisance bikes\t7. Seize bikes ridden without\tWyvern Police\tRiverside Homes\t• Bikes seized • Reports\n"
        "\f"
        "\tinsurance and leaflet residents.\t\tCanal and River Trust\tof nuisance fall • Fewer calls\n"
        "\t8. Fit barriers.\tHBC Street Scene\t\t• Barriers fitted\n"
    )
    actions = extract_plan(make_document(text))
    assert [a.number for a in actions] == ["7", "8"]
    assert actions[0].text == "Seize bikes ridden without insurance and leaflet residents."
    assert actions[0].lead_agencies == ["Wyvern Police"]
    assert actions[0].support_agencies == ["Riverside Homes", "Canal and River Trust"]
    assert actions[0].measures == ["Bikes seized", "Reports of nuisance fall", "Fewer calls"]
    assert actions[0].evidence is not None and actions[0].evidence.line_end == 4
    assert actions[1].emerging_issue == "1. Nuisance bikes"


def test_short_rows_line_up_from_the_right(make_document) -> None:
    text = (
        "ENGAGEMENT\n"
        "Emerging issue\tAffects A\tAffects B\tAffects C\tProposed Actions\tLead agency\tMeasures\n"
        "5. Better data sharing\t✓\t✓\t9. Refresh data protection training\tHBC CSU Wyvern Police\t• Staff trained\n"
        "\t\t\t10. Review meeting structures\tALL partners\t• Meetings streamlined\n"
    )
    actions = extract_plan(make_document(text))
    assert [(a.number, a.text) for a in actions] == [
        ("9", "Refresh data protection training"),
        ("10", "Review meeting structures"),
    ]
    assert actions[0].lead_agencies + actions[0].support_agencies == ["HBC CSU", "Wyvern Police"]


def test_a_document_without_action_tables_has_no_plan_actions(make_document) -> None:
    text = "Minutes\nItem\tDecision\n1. Apologies\tNoted\n"
    assert extract_plan(make_document(text)) == []


@pytest.mark.parametrize(
    ("cell", "measures"),
    [
        ("• One • Two •", ["One", "Two"]),
        ("Working group to consider findings Amended structures, New documents created",
         ["Working group to consider findings", "Amended structures, New documents created"]),
        ("No. of people trained No of sessions delivered", ["No. of people trained", "No of sessions delivered"]),
        ("Reports to Trading Standards as a result Inputs given at all NEMS",
         ["Reports to Trading Standards as a result", "Inputs given at all NEMS"]),
        ("Gaps identified. 20 people referred", ["Gaps identified.", "20 people referred"]),
        ("(cid:127) Drop-in open (cid:127) Advice given", ["Drop-in open", "Advice given"]),
        ("", []),
    ],
)
def test_split_measures(cell: str, measures: list[str]) -> None:
    assert split_measures(cell) == measures


@pytest.mark.skipif(not SEED.is_file(), reason="shared seed documents are not available")
def test_seed_plan_actions_match_the_gold_answer(make_document) -> None:
    gold = json.loads(SEED_GOLD.read_text(encoding="utf-8"))["plan_actions"]
    actions = extract_plan(make_document(SEED.read_text(encoding="utf-8")))
    got = {a.number: a for a in actions}
    assert len(actions) == len(gold)
    agree = sum(
        1
        for want in gold
        if want["number"] in got
        and got[want["number"]].lead_agencies + got[want["number"]].support_agencies == want["lead_agencies"]
        and got[want["number"]].priority == want["priority"]
        and got[want["number"]].emerging_issue == want["emerging_issue"]
    )
    assert agree / len(gold) >= 0.9


def test_sample_plan_pdf_reads_every_action() -> None:
    ingest = pytest.importorskip("minutebook.ingest")
    if not hasattr(ingest, "parse_file"):
        pytest.skip("the PDF parser is not available yet")
    expected = json.loads((SAMPLES / "plan-harrowby-csp-2017-18.expected.json").read_text(encoding="utf-8"))
    document = ingest.parse_file(SAMPLES / expected["file"])
    actions = extract_plan(document)
    got = [
        {
            "number": a.number,
            "priority": a.priority,
            "emerging_issue": a.emerging_issue,
            "text": a.text,
            "lead_agencies": a.lead_agencies + a.support_agencies,
            "measures": a.measures,
        }
        for a in actions
    ]
    assert got == expected["plan_actions"]


def test_number_column_priority_rows_and_separate_partner_column(make_document) -> None:
    text = (
        "Action plan\n"
        "Ref\tObjective\tAction\tLead\tPartners\tTarget\tBy when\n"
        "Priority 1: Reduce violent crime\t\t\t\t\t\t\n"
        "1.1\tCut town centre violence\tPatrol hotspots on Friday nights\tWyvern Police\tHBC Licensing\tFewer assaults\tMarch\n"
        "1.2\t\tReview problem premises\tHBC Licensing\tWyvern Police\tReviews held\tJune\n"
        "Priority 2: Safer homes\t\t\t\t\t\t\n"
        "2.1\tBurglary\tTarget hardening for repeat victims\tVictim Support\t\tHomes fitted\tOngoing\n"
    )
    actions = extract_plan(make_document(text))
    assert [(a.number, a.priority, a.emerging_issue) for a in actions] == [
        ("1.1", "Priority 1: Reduce violent crime", "Cut town centre violence"),
        ("1.2", "Priority 1: Reduce violent crime", "Cut town centre violence"),
        ("2.1", "Priority 2: Safer homes", "Burglary"),
    ]
    assert actions[1].lead_agencies == ["HBC Licensing"]
    assert actions[1].support_agencies == ["Wyvern Police"]
    assert actions[2].measures == ["Homes fitted"]


def test_unnumbered_actions_each_start_a_row(make_document) -> None:
    text = (
        "ROADS\n"
        "Issue\tAction\tLead agency\tMeasures\n"
        "Speeding\tRecruit Speedwatch volunteers\tWyvern Police\t• Four groups\n"
        "\tRun a young driver course\tWFRS\t• 300 students\n"
    )
    actions = extract_plan(make_document(text))
    assert [(a.number, a.text, a.emerging_issue) for a in actions] == [
        (None, "Recruit Speedwatch volunteers", "Speeding"),
        (None, "Run a young driver course", "Speeding"),
    ]


def test_second_header_row_names_lead_and_support_columns(make_document) -> None:
    text = (
        "THEFT\n"
        "Issue\tAction\tAgencies\t\tMeasures\n"
        "\t\tLead\tSupport\t\n"
        "Shed burglary\t1. Mark tools at village events\tWyvern Police\tNeighbourhood Watch\t• Events held\n"
    )
    actions = extract_plan(make_document(text))
    assert [(a.lead_agencies, a.support_agencies) for a in actions] == [(["Wyvern Police"], ["Neighbourhood Watch"])]


def test_lead_and_support_labels_in_one_cell(make_document) -> None:
    text = (
        "THEFT\n"
        "Issue\tAction\tAgencies\tMeasures\n"
        "Shed burglary\t1. Mark tools\tLead: Wyvern Police Support: Neighbourhood Watch, HBC\t• Events held\n"
    )
    (action,) = extract_plan(make_document(text))
    assert action.lead_agencies == ["Wyvern Police"]
    assert action.support_agencies == ["Neighbourhood Watch", "HBC"]
