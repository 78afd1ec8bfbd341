"""Action tracking scored on series of minutes with the links written by reading them (scripts/evaluate_tracking.py).

An invented parish series (tests/data/tracking_series: four meetings with
numbered minutes, matters arising, reports and an action log) is scored by
the same code path `make eval-tracking` uses. The real series live outside the
repository (MINUTEBOOK_SERIES, else ../series_data); their figures are held to
the floors in tests/tracking_ratchet.json, and that test skips cleanly when
there are none.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from conftest import REPO


def _evaluate_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("minutebook_evaluate_tracking",
                                                  REPO / "scripts" / "evaluate_tracking.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


evaluate = _evaluate_script()
INVENTED = REPO / "tests" / "data" / "tracking_series"
TOLERANCE = 0.0005


def test_a_snippet_is_placed_on_the_lines_it_runs_over() -> None:
    lines = [(1, "Minutes of the meeting"), (2, ""), (3, "Action: Clerk to write to the"), (4, "bus company.")]
    assert evaluate.locate("write to the bus company", lines) == (3, 4)
    assert evaluate.locate("Minutes  of THE meeting", lines) == (1, 1)
    assert evaluate.locate("order new bins", lines) is None
    assert evaluate.locate("the", lines) is None  # there twice: no place is meant


def _found(file: str, lines: tuple[int, int], action_file: str, action_lines: tuple[int, int], text: str,
           status: str = "done"):
    return evaluate.Found(status=status, reason="test", file=file, lines=lines, action_file=action_file,
                          action_lines=action_lines, action_text=text)


def _expected(status: str = "done"):
    return evaluate.Expected(
        mention=evaluate.Place("b.txt", (10, 11), None),
        action=(evaluate.Place("a.txt", (20, 20), "Write to the bus company"),),
        status=status, kind="explicit_reference")


def test_a_found_link_matches_by_line_overlap_and_the_action_wording() -> None:
    expected = _expected()
    assert evaluate.matches(_found("b.txt", (11, 12), "a.txt", (19, 21), "Clerk to write to the bus company's depot"),
                            expected)
    # A row whose evidence covers the whole paragraph, but whose wording is another action of it, is not this one.
    assert not evaluate.matches(_found("b.txt", (11, 12), "a.txt", (18, 24), "Cllr Ames to book the hall"), expected)
    # The action's lines differ but its text contains the snippet (the same action read from its log row).
    assert evaluate.matches(_found("b.txt", (10, 10), "a.txt", (40, 40), "Clerk to write to the bus company"),
                            expected)
    assert not evaluate.matches(_found("b.txt", (12, 14), "a.txt", (20, 20), "x"), expected)
    assert not evaluate.matches(_found("c.txt", (10, 10), "a.txt", (20, 20), "x"), expected)
    assert not evaluate.matches(_found("b.txt", (10, 10), "a.txt", (30, 30), "Order new litter bins"), expected)


def test_a_wrong_link_costs_precision_and_each_expected_link_is_matched_once() -> None:
    right = _found("b.txt", (10, 10), "a.txt", (20, 20), "Write to the bus company", status="open")
    again = _found("b.txt", (11, 11), "a.txt", (20, 20), "Write to the bus company")
    result = evaluate.score([right, again], [_expected()])
    assert (result.found, result.expected, result.matched) == (2, 1, 1)
    assert result.precision == 0.5 and result.recall == 1.0
    assert result.status_accuracy == 0.0  # the one match states "open" where the minutes say done
    assert evaluate.score([], [_expected()]).recall == 0.0
    assert evaluate.score([], []).precision == 1.0
    # A figure over nothing is no floor: no link found is held to the precision aim, status is left out.
    assert evaluate.score([], [_expected()]).figures() == {"precision": evaluate.PRECISION_AIM, "recall": 0.0}


def test_the_invented_series_is_scored_by_the_same_code_path() -> None:
    results = evaluate.measure(INVENTED)
    series = results["tracking_series"]
    assert series.expected == 13
    # Every earlier action is an action row; the later action-log rows are rows too, the prose mentions are not.
    assert series.recorded == 13
    assert series.mention_rows == 6
    assert series.by_kind["explicit_reference"] == [6, 6, 6]
    # Every link made is right, with the status the later minutes state; the action-log rows are all found.
    assert series.precision == 1.0
    assert series.status_accuracy == 1.0
    assert series.recall >= 0.5
    assert results["overall"].matched == series.matched


def test_the_invented_expected_links_all_point_at_lines_of_their_files() -> None:
    expected = evaluate.read_expected(INVENTED)
    kinds = {link.kind for link in expected}
    assert kinds == {"explicit_reference", "matters_arising", "prose_report", "wording"}
    assert all(link.mention.lines and all(place.lines for place in link.action) for link in expected)


@pytest.fixture(scope="module")
def real_series() -> dict:
    root = evaluate.series_root()
    if not evaluate.series_folders(root):
        pytest.skip(f"no real series under {root} (set MINUTEBOOK_SERIES)")
    return evaluate.measure(root)


def _floors() -> list[tuple[str, str, float]]:
    return [(name, figure, floor) for name, figures in sorted(evaluate.read_ratchet().items())
            for figure, floor in sorted(figures.items())]


@pytest.mark.slow
@pytest.mark.parametrize(("series", "figure", "floor"), _floors())
def test_real_series_figures_stay_at_or_above_their_floors(real_series: dict, series: str, figure: str,
                                                           floor: float) -> None:
    if series not in real_series:
        pytest.skip(f"series {series} is not under {evaluate.series_root()}")
    if series == "overall" and set(real_series) != set(evaluate.read_ratchet()):
        pytest.skip("the overall figures were recorded over another set of series")
    figures = real_series[series].figures()
    if figure not in figures:  # status accuracy is measured only once some link matches
        pytest.fail(f"{series} {figure}: no longer measured (no link matches)")
    measured = figures[figure]
    assert measured + TOLERANCE >= floor, f"{series} {figure}: {measured:.3f} fell below its floor {floor:.3f}"
