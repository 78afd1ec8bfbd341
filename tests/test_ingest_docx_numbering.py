"""Word's automatic list numbers, rendered as Word prints them (ingest/docx_numbering.py)."""

from __future__ import annotations

import pytest
from lxml import etree

from minutebook.ingest.docx_numbering import Level, ListDefinition, ListInstance, Numbering, format_number, read_numbering

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _numbering(levels: list[Level], lists: dict[str, dict[int, int]] | None = None) -> Numbering:
    """One list definition "A" with `levels`, and lists (numId → start overrides) counting with it."""
    definitions = {"A": ListDefinition(levels=dict(enumerate(levels)))}
    instances = {num_id: ListInstance("A", start_overrides=dict(overrides)) for num_id, overrides in (lists or {"1": {}}).items()}
    return Numbering(definitions, instances)


def _labels(numbering: Numbering, steps: list[tuple[str, int]]) -> list[str]:
    return [(numbering.label(num_id, ilvl) or ("?", ""))[0] for num_id, ilvl in steps]


@pytest.mark.parametrize(
    ("fmt", "values", "printed"),
    [
        ("decimal", [1, 9, 10], ["1", "9", "10"]),
        ("decimalZero", [1, 12], ["01", "12"]),
        ("lowerLetter", [1, 2, 26, 27, 28], ["a", "b", "z", "aa", "bb"]),
        ("upperLetter", [1, 3], ["A", "C"]),
        ("lowerRoman", [1, 4, 9, 14, 40], ["i", "iv", "ix", "xiv", "xl"]),
        ("upperRoman", [2, 10, 1999], ["II", "X", "MCMXCIX"]),
        ("lowerLetter", [781, 10**9], ["781", "1000000000"]),  # past Word's letters: decimal, never a page of "z"
        ("upperRoman", [4000, 10**9], ["4000", "1000000000"]),
        ("none", [3], [""]),
        ("ordinalText", [3], ["3"]),  # a format not rendered prints in decimal
    ],
)
def test_formats(fmt: str, values: list[int], printed: list[str]) -> None:
    assert [format_number(value, fmt) for value in values] == printed


def test_levels_count_and_deeper_levels_restart_under_a_new_parent() -> None:
    numbering = _numbering([Level(text="%1."), Level(format="lowerLetter", text="%2)"), Level(format="lowerRoman", text="(%3)")])
    steps = [("1", 0), ("1", 1), ("1", 1), ("1", 2), ("1", 0), ("1", 1), ("1", 2), ("1", 2)]
    assert _labels(numbering, steps) == ["1.", "a)", "b)", "(i)", "2.", "a)", "(i)", "(ii)"]


def test_multilevel_text_prints_every_counter_it_names() -> None:
    numbering = _numbering([Level(text="%1."), Level(text="%1.%2"), Level(text="%1.%2.%3")])
    assert _labels(numbering, [("1", 0), ("1", 1), ("1", 1), ("1", 2), ("1", 0), ("1", 1)]) == [
        "1.", "1.1", "1.2", "1.2.1", "2.", "2.1"]


def test_start_values_and_a_level_used_before_its_parent() -> None:
    numbering = _numbering([Level(start=5, text="%1."), Level(start=3, format="upperLetter", text="%1%2")])
    # a sub-item before any item prints its parent's start value
    assert _labels(numbering, [("1", 1), ("1", 0), ("1", 0), ("1", 1)]) == ["5C", "5.", "6.", "6C"]


def test_lists_of_one_definition_count_on_and_a_start_override_restarts() -> None:
    numbering = _numbering([Level(format="lowerLetter", text="%1)")], {"4": {}, "5": {}, "6": {0: 1}})
    # list 5 goes on where list 4 stopped (a table or a paragraph between them); list 6 is Word's "Restart at 1"
    assert _labels(numbering, [("4", 0), ("4", 0), ("5", 0), ("6", 0), ("6", 0), ("4", 0)]) == ["a)", "b)", "c)", "a)", "b)", "c)"]


def test_restart_is_applied_once_per_list() -> None:
    numbering = _numbering([Level(text="%1.")], {"2": {0: 10}})
    assert _labels(numbering, [("2", 0), ("2", 0), ("2", 0)]) == ["10.", "11.", "12."]


def test_level_restart_zero_never_restarts() -> None:
    numbering = _numbering([Level(text="%1."), Level(text="(%2)", restart=0)])
    assert _labels(numbering, [("1", 0), ("1", 1), ("1", 1), ("1", 0), ("1", 1)]) == ["1.", "(1)", "(2)", "2.", "(3)"]


def test_legal_numbering_prints_every_counter_in_decimal() -> None:
    numbering = _numbering([Level(format="upperRoman", text="%1."), Level(format="lowerLetter", text="%1.%2", legal=True)])
    assert _labels(numbering, [("1", 0), ("1", 0), ("1", 1)]) == ["I.", "II.", "2.1"]


def test_bullets_print_one_mark_whatever_the_glyph() -> None:
    numbering = _numbering([Level(format="bullet", text="\uf0b7"), Level(format="bullet", text="o")])
    assert _labels(numbering, [("1", 0), ("1", 1)]) == ["\u2022", "\u2022"]


def test_unknown_list_or_level_has_no_label() -> None:
    numbering = _numbering([Level()])
    assert numbering.label("0", 0) is None  # numId 0: "no numbering"
    assert numbering.label("99", 0) is None
    assert numbering.label("1", 3) is None
    assert numbering.label("1", 0) == ("1.", "tab")


NUMBERING_XML = f"""<w:numbering xmlns:w="{W[1:-1]}">
  <w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/><w:suff w:val="space"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="AgendaList"/></w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="0"/>
    <w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Item %1:"/></w:lvl></w:lvlOverride>
  </w:num>
</w:numbering>"""


def test_numbering_part_is_read_with_style_links_and_level_overrides() -> None:
    numbering = read_numbering(etree.fromstring(NUMBERING_XML), W, {"AgendaList": "1"})
    assert numbering.label("1", 0) == ("I.", "space")
    # list 2 links to the numbering style "AgendaList", whose list is 1: it counts on with it
    assert numbering.label("2", 0) == ("II.", "space")
    assert numbering.label("2", 1) == ("A.", "tab")
    # list 3 prints its first level its own way
    assert numbering.label("3", 0)[0].startswith("Item ")


def test_no_numbering_part() -> None:
    assert read_numbering(None, W, {}).label("1", 0) is None
