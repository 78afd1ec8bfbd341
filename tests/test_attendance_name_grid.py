"""Names printed in columns under an attendance or apologies label ("PRESENT:  Ann Lee      Bo Day"), as a PDF gives
them: runs a wide gap apart that the line's text joins with one space, or a borderless table's cells. Each name is
one entry. Every name is invented."""

from __future__ import annotations

from minutebook.extract.apologies import extract_apologies
from minutebook.extract.attendance import extract_attendees
from minutebook.extract.attendance_columns import split_columns
from minutebook.extract.names import split_people_list
from minutebook.ingest.document import RowSpec, Span, build_document

MARGIN = 90.0
NAMES = 216.0
SECOND = 360.0


def _row(*runs: tuple[float, str]) -> RowSpec:
    """A printed line whose runs stand apart on the page while its text joins them with a space (tab stops typed
    as one space), as many word processors' PDFs give a grid of names."""
    return RowSpec(text=" ".join(text for _, text in runs), spans=tuple(Span(x, x + 6 * len(text), text) for x, text in runs))


def _cells(*cells: str) -> RowSpec:
    return RowSpec(text=" ".join(cell for cell in cells if cell), cells=cells, table_key="grid")


def _pdf(rows: list[RowSpec]):
    return build_document(name="minutes.pdf", sha256="0" * 64, format="pdf", pages_of_rows=[rows])


def _present(document, nlp) -> list[tuple[str, str | None]]:
    return [(a.name, a.organisation) for a in extract_attendees(document, nlp=nlp) if a.status == "present"]


def test_a_grid_of_runs_after_its_label_gives_every_name(nlp) -> None:
    document = _pdf([
        _row((NAMES, "STRATA COUNCIL MEETING MINUTES")),
        _row((MARGIN, "1. PRESENT:"), (NAMES, "Gordon Vale"), (SECOND, "Mabel St. Clair")),
        _row((NAMES, "Joan Parkes"), (SECOND, "Linda McLeish")),
        _row((NAMES, "Murray Tobin")),
        _row((MARGIN, "2. CALL TO ORDER: 6:37 pm")),
    ])
    assert _present(document, nlp) == [
        ("Gordon Vale", None), ("Mabel St. Clair", None), ("Joan Parkes", None), ("Linda McLeish", None),
        ("Murray Tobin", None),
    ]


def test_the_first_name_may_share_the_labels_run(nlp) -> None:
    document = _pdf([
        _row((NAMES, "Council Meeting Minutes")),
        _row((MARGIN, "1. PRESENT: Gordon Vale"), (SECOND, "Joan Parkes")),
        _row((NAMES, "Carla Brett"), (SECOND, "Quinn Chao")),
        _row((MARGIN, "2. CALL TO ORDER: 4:10 pm")),
    ])
    assert [name for name, _ in _present(document, nlp)] == ["Gordon Vale", "Joan Parkes", "Carla Brett", "Quinn Chao"]


def test_a_borderless_table_of_names_under_a_roll_call_heading(nlp) -> None:
    document = _pdf([
        _row((MARGIN, "Seniors Advisory Commission")),
        _row((MARGIN, "2. Roll Call – Members Present")),
        _cells("Wendy Garrett", "Cora Pell"),
        _cells("Rob Kuhl", "Kathy Sweeney"),
        _row((MARGIN, "Lilian Morrow")),
        _row((MARGIN, "3. Approval of September minutes")),
    ])
    assert [name for name, _ in _present(document, nlp)] == [
        "Wendy Garrett", "Cora Pell", "Rob Kuhl", "Kathy Sweeney", "Lilian Morrow",
    ]


def test_a_name_and_organisation_table_is_not_a_grid(nlp) -> None:
    document = _pdf([
        _row((MARGIN, "Partnership Meeting")),
        _row((MARGIN, "Present:")),
        _cells("Wendy Garrett", "Riverside Housing Association"),
        _cells("Rob Kuhl", "County Police"),
        _row((MARGIN, "1. Welcome")),
    ])
    assert _present(document, nlp) == [
        ("Wendy Garrett", "Riverside Housing Association"), ("Rob Kuhl", "County Police"),
    ]


def test_one_row_that_is_no_pair_of_names_keeps_the_whole_list_as_printed(nlp) -> None:
    document = _pdf([
        _row((MARGIN, "Partnership Meeting")),
        _row((MARGIN, "Present:")),
        _cells("Wendy Garrett", "Cora Pell"),
        _cells("Rob Kuhl", "Clerk"),
        _row((MARGIN, "1. Welcome")),
    ])
    names = [name for name, _ in _present(document, nlp)]
    assert "Rob Kuhl" in names and "Clerk" not in names


def test_regrets_in_columns_and_hanging_under_the_first_name(nlp) -> None:
    columns = _pdf([
        _row((NAMES, "Council Meeting Minutes")),
        _row((MARGIN, "REGRETS:"), (NAMES, "Lena Armitage"), (SECOND, "Aurora Monti")),
        _row((NAMES, "Carla Brett")),
        _row((MARGIN, "2. CALL TO ORDER: 6:45pm")),
    ])
    assert [a.name for a in extract_apologies(columns, nlp=nlp)] == ["Lena Armitage", "Aurora Monti", "Carla Brett"]
    hanging = _pdf([
        _row((NAMES, "Council Meeting Minutes")),
        _row((MARGIN, "REGRETS:"), (NAMES, "Kate Phelps")),
        _row((NAMES, "Carla Brett")),
        _row((MARGIN, "GUEST: Mr. Colin Davey from a roofing firm")),
    ])
    assert [a.name for a in extract_apologies(hanging, nlp=nlp)] == ["Kate Phelps", "Carla Brett"]


def test_a_line_at_the_margin_does_not_hang_under_the_regrets(nlp) -> None:
    document = _pdf([
        _row((NAMES, "Council Meeting Minutes")),
        _row((MARGIN, "REGRETS:"), (NAMES, "Kate Phelps")),
        _row((MARGIN, "Carla Brett")),
        _row((MARGIN, "2. CALL TO ORDER: 6:45pm")),
    ])
    assert [a.name for a in extract_apologies(document, nlp=nlp)] == ["Kate Phelps"]


def test_a_shortened_surname_particle_is_no_full_stop() -> None:
    assert split_people_list("Mabel St. Clair, Bo Day") == ["Mabel St. Clair", "Bo Day"]
    assert split_people_list("Ann Lee. Bo Day") == ["Ann Lee", "Bo Day"]


def test_present_beside_the_public_one_name_a_line_with_the_left_column_running_on_in_bold(nlp) -> None:
    # "Present:" beside "Members of the Public" (no colon) over a name a line in each column; the left column runs
    # on after the right one ends, its names set in bold (read as headings).
    document = _pdf([
        _row((NAMES, "MINUTES OF THE PARISH COUNCIL MEETING")),
        _cells("Present:", "Members of the Public"),
        _cells("Nora Oakes (NO) CHAIR", "Dana Bright"),
        _cells("Jon Hood (JH)", "Hal Bright"),
        RowSpec(text="Carl Roth (CR)", heading=4, bold=True, spans=(Span(MARGIN, MARGIN + 80, "Carl Roth (CR)"),)),
        RowSpec(text="Anne Bell (AB) CLERK", heading=4, bold=True, spans=(Span(MARGIN, MARGIN + 90, "Anne Bell (AB) CLERK"),)),
        RowSpec(text="1.1 Apologies", heading=4, bold=True, spans=(Span(MARGIN, MARGIN + 60, "1.1 Apologies"),)),
        _row((MARGIN, "None.")),
    ])
    people = [(a.name, a.status) for a in extract_attendees(document, nlp=nlp)]
    assert ("Carl Roth", "present") in people and ("Jon Hood", "present") in people
    assert ("Dana Bright", "also_present") in people and ("Hal Bright", "also_present") in people
    assert not any(name.startswith("1.1") or name == "Apologies" for name, _ in people)


def test_a_register_header_without_colons_is_no_pair_of_lists(nlp) -> None:
    document = _pdf([
        _row((NAMES, "MINUTES OF THE PARISH COUNCIL MEETING")),
        _cells("Name", "Present", "Absent"),
        _cells("Nora Oakes", "Yes", ""),
        _cells("Jon Hood", "", "Yes"),
        _row((MARGIN, "1. Welcome")),
    ])
    # The header row is no pair of lists, so the rows stay as printed for the register's reader.
    assert split_columns(document.lines) == document.lines


def test_a_grid_of_names_beside_their_initials_after_a_label_without_colon(nlp) -> None:
    # "PRESENT" with no colon, then "Full Name INITIALS" pairs a column each: the initials grid's, read as before.
    document = _pdf([
        RowSpec(text="MINUTES OF THE COMMUNITY COUNCIL"),
        RowSpec(text="PRESENT Rob Weir RW\tGina Dow GD"),
        RowSpec(text="Hal Moss HM\tIvy Lane IL"),
        RowSpec(text="1. Police report"),
    ])
    assert [a.name for a in extract_attendees(document, nlp=nlp)] == ["Rob Weir", "Gina Dow", "Hal Moss", "Ivy Lane"]
