"""Write synthetic council minutes as PDFs, for load benchmarks.

Every name, body and place is made up from word parts, so the corpus can be
as large as wanted and says nothing about any real council. Three house
styles are mixed, as a real archive mixes them: numbered items with a
"Present:" paragraph, a partnership meeting with a table of who attended and
an action table, and notes with initials. Each file has several pages with a
running header, footer and page numbers.

    python benchmarks/make_corpus.py OUT_DIR --n 1000
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 56
TOP = PAGE_HEIGHT - 80
BOTTOM = 70
BODY_FONT = "Helvetica"
BOLD_FONT = "Helvetica-Bold"
BODY_SIZE = 10
LEADING = 13
STYLES = ("numbered", "partnership", "notes")
MIN_ITEMS, MAX_ITEMS = 9, 15
"""Items per meeting: enough prose for two to six pages (about four on average), so that, as
in real minutes, most pages are prose and about one page in five holds a ruled table."""
MIN_FOLLOW_UPS, MAX_FOLLOW_UPS = 1, 3
"""Paragraphs of discussion after an item's opening paragraph."""
MANIFEST = "corpus.json"
CORPUS_VERSION = 2
"""Bumped whenever the generator changes, so a cached corpus of the old shape is written again."""

PLACE_STARTS = ["Ash", "Brook", "Cor", "Dun", "Elm", "Fen", "Gran", "Hart", "Ivy", "Kel", "Lark", "Mor",
                "Nether", "Oak", "Pen", "Quarry", "Rook", "Stan", "Thorn", "Wey"]
PLACE_ENDS = ["ford", "bridge", "ley", "mere", "ham", "wick", "borough", "field", "ton", "stow", "combe"]
BODY_KINDS = ["Community Safety Partnership", "Planning Committee", "Housing Panel", "Licensing Sub-Committee",
              "Parks and Open Spaces Committee", "Health and Wellbeing Board", "Overview and Scrutiny Committee"]
GIVEN = ["Alex", "Beth", "Carl", "Dina", "Evan", "Fiona", "Grant", "Hana", "Ian", "Jill", "Kofi", "Lena",
         "Mark", "Nina", "Owen", "Priya", "Rhys", "Sara", "Tom", "Una", "Vic", "Wendy", "Yusuf", "Zoe"]
SURNAMES = ["Abbot", "Barlow", "Carver", "Dalton", "Ellery", "Forde", "Garside", "Holt", "Ingram", "Jessop",
            "Kerr", "Lomax", "Marsh", "Nolan", "Oakes", "Pryce", "Quayle", "Rudd", "Sutton", "Tapley",
            "Varley", "Whitlock", "Yates"]
TITLES = ["Councillor", "Mr", "Mrs", "Ms", "Dr", "Inspector", "Cllr"]
ROLES = ["Community Safety Manager", "Head of Housing", "Democratic Services Officer", "Licensing Officer",
         "Parks Manager", "Neighbourhood Inspector", "Public Health Lead"]
AGENCIES = ["District Council", "County Council", "Police", "Fire and Rescue Service", "Probation Service",
            "Housing Association", "Clinical Commissioning Group", "Youth Service"]
SUBJECTS = ["anti-social behaviour", "domestic abuse", "street drinking", "road safety", "fly-tipping",
            "allotment provision", "housing repairs", "night-time economy", "youth provision", "speeding",
            "play area renewal", "licensing of taxis", "homelessness", "graffiti removal", "flood resilience"]
VERBS = ["reported on", "introduced the report on", "gave an update on", "presented figures on",
         "outlined progress with", "raised concerns about"]
DETAILS = [
    "Figures for the last quarter showed a fall compared with the same period last year.",
    "Partners had met twice since the last meeting and agreed a joint plan of work.",
    "Members asked whether the funding would continue beyond the end of the financial year.",
    "A pilot scheme had run in two wards and would be reviewed before any wider roll-out.",
    "Residents had raised the matter at the last neighbourhood engagement meeting.",
    "The budget for the work was within the amount agreed by the board in the spring.",
    "Officers would consult the parish councils affected before a decision was taken.",
    "It was noted that the figures included cases referred by schools and health services.",
]
ITEM_OPENERS = ["Apologies for absence", "Declarations of interest", "Minutes of the previous meeting"]


def write_corpus(folder: str | Path, n: int, *, seed: int = 0) -> list[Path]:
    """Write `n` minutes PDFs into `folder` (reusing them if a corpus of that size and seed is there)."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    manifest = folder / MANIFEST
    names = [f"minutes-{i:05d}.pdf" for i in range(n)]
    if manifest.exists():
        stored = json.loads(manifest.read_text())
        if (stored.get("seed") == seed and stored.get("version") == CORPUS_VERSION and stored.get("n", 0) >= n
                and all((folder / name).exists() for name in names)):
            return [folder / name for name in names]
    for i, name in enumerate(names):
        rng = random.Random(seed * 1_000_003 + i)
        write_minutes_pdf(folder / name, rng, style=STYLES[i % len(STYLES)])
    manifest.write_text(json.dumps({"n": n, "seed": seed, "version": CORPUS_VERSION}))
    return [folder / name for name in names]


def write_minutes_pdf(path: Path, rng: random.Random, *, style: str) -> Path:
    """One made-up meeting in one house style."""
    place = rng.choice(PLACE_STARTS) + rng.choice(PLACE_ENDS)
    body = f"{place} {rng.choice(BODY_KINDS)}"
    date = dt.date(2010, 1, 1) + dt.timedelta(days=rng.randrange(0, 12 * 365))
    people = _people(rng, rng.randint(6, 12))
    writer = _PageWriter(path, header=f"{place} District Council — {body}",
                         footer=f"Minutes of {date:%d %B %Y}")
    if style == "numbered":
        _write_numbered(writer, rng, body, date, people)
    elif style == "partnership":
        _write_partnership(writer, rng, body, date, people)
    else:
        _write_notes(writer, rng, body, date, people)
    writer.save()
    return path


def _people(rng: random.Random, count: int) -> list[tuple[str, str, str]]:
    """(title, given name, surname) triples without repeated surnames."""
    surnames = rng.sample(SURNAMES, count)
    return [(rng.choice(TITLES), rng.choice(GIVEN), surname) for surname in surnames]


def _full(person: tuple[str, str, str]) -> str:
    return " ".join(person)


def _paragraphs(rng: random.Random, people: list[tuple[str, str, str]], subject: str) -> list[str]:
    speaker = rng.choice(people)
    opening = f"{_full(speaker)}, {rng.choice(ROLES)}, {rng.choice(VERBS)} {subject}."
    body = " ".join(rng.sample(DETAILS, rng.randint(3, 5)))
    follow_ups = [" ".join(rng.sample(DETAILS, rng.randint(2, 4)))
                  for _ in range(rng.randint(MIN_FOLLOW_UPS, MAX_FOLLOW_UPS))]
    return [f"{opening} {body}", *follow_ups]


def _resolution(rng: random.Random, subject: str) -> str:
    return rng.choice([
        f"RESOLVED that the report on {subject} be noted.",
        f"RESOLVED that officers bring a further report on {subject} to the next meeting.",
        f"RESOLVED that the action plan for {subject} be approved.",
    ])


def _write_numbered(writer: "_PageWriter", rng: random.Random, body: str, date: dt.date, people) -> None:
    writer.title(body.upper())
    writer.text(f"Minutes of the meeting held on {date:%d %B %Y} at 7.00 pm in the Council Chamber, "
                f"Civic Offices.")
    chair, *others = people
    writer.text(f"Present: {_full(chair)} (Chairman); " + ", ".join(_full(p) for p in others[:-2]))
    writer.text(f"In Attendance: {_full(others[-2])}")
    number = rng.randint(1, 150)
    for heading in ITEM_OPENERS:
        writer.heading(f"{number}. {heading.upper()}")
        writer.text(f"Apologies were received from {_full(others[-1])}." if heading.startswith("Apologies")
                    else "There were none.")
        number += 1
    for subject in rng.sample(SUBJECTS, rng.randint(MIN_ITEMS, MAX_ITEMS)):
        writer.heading(f"{number}. {subject.upper()}")
        for paragraph in _paragraphs(rng, people, subject):
            writer.text(paragraph)
        writer.text(_resolution(rng, subject), bold=True)
        owner = rng.choice(people)
        writer.text(f"ACTION: {_full(owner)} to circulate a note on {subject} by "
                    f"{date + dt.timedelta(days=rng.randint(14, 60)):%d %B %Y}.")
        number += 1
    writer.text(f"The meeting closed at {rng.randint(8, 9)}.{rng.choice(['05', '20', '45'])} pm.")


def _write_partnership(writer: "_PageWriter", rng: random.Random, body: str, date: dt.date, people) -> None:
    writer.title(body)
    writer.heading(f"Minutes of the meeting held on {date:%d %B %Y}")
    writer.table([[f"{p[1]} {p[2]}", f"{rng.choice(AGENCIES)}"] for p in people[:-2]], widths=[180, 250],
                 label="Present:")
    writer.heading("Apologies for absence")
    writer.text("; ".join(f"{p[1]} {p[2]}, {rng.choice(AGENCIES)}" for p in people[-2:]))
    actions = []
    for n, subject in enumerate(rng.sample(SUBJECTS, rng.randint(MIN_ITEMS, MAX_ITEMS)), start=1):
        writer.heading(f"{n}. {subject.capitalize()}")
        for paragraph in _paragraphs(rng, people, subject):
            writer.text(paragraph)
        writer.text(_resolution(rng, subject))
        owner = rng.choice(people)
        due = date + dt.timedelta(days=rng.randint(14, 90))
        actions.append([str(n), f"Follow up {subject}", f"{owner[1][0]}{owner[2][0]}", f"{due:%d/%m/%Y}"])
    writer.heading("Action log")
    writer.table([["No.", "Action", "Owner", "Due"], *actions], widths=[40, 250, 60, 80])


def _write_notes(writer: "_PageWriter", rng: random.Random, body: str, date: dt.date, people) -> None:
    writer.title(f"{body.upper()}")
    writer.text(f"NOTES of a meeting of the {body} held at the Town Hall on {date:%A, %d %B %Y}.")
    writer.text("PRESENT: " + ", ".join(f"{p[0]} {p[1][0]} {p[2]}" for p in people[:-3]) + ".")
    writer.text("ALSO PRESENT: " + " and ".join(f"{p[0]} {p[1][0]} {p[2]}" for p in people[-3:-1]) + ".")
    writer.text(f"IN ATTENDANCE: {people[-1][0]} {people[-1][1][0]} {people[-1][2]} ({rng.choice(ROLES)}).")
    for n, subject in enumerate(rng.sample(SUBJECTS, rng.randint(MIN_ITEMS, MAX_ITEMS)), start=1):
        writer.heading(f"{n}. {subject.title()}")
        initials = [f"{p[1][0]}{p[2][0]}" for p in people]
        for k in range(rng.randint(2, 4)):
            writer.text(f"({k + 1}) {rng.choice(initials)} said that {rng.choice(DETAILS).lower()}")
        writer.text(_resolution(rng, subject))


class _PageWriter:
    """Flows lines down A4 pages, adding header, footer and page numbers."""

    def __init__(self, path: Path, *, header: str, footer: str) -> None:
        self.pdf = canvas.Canvas(str(path), pagesize=A4)
        self.header = header
        self.footer = footer
        self.page = 0
        self.y = 0.0
        self._new_page()

    def _new_page(self) -> None:
        if self.page:
            self.pdf.showPage()
        self.page += 1
        self.pdf.setFont(BODY_FONT, 8)
        self.pdf.drawString(MARGIN, PAGE_HEIGHT - 36, self.header)
        self.pdf.drawString(MARGIN, 40, self.footer)
        self.pdf.drawRightString(PAGE_WIDTH - MARGIN, 40, f"Page {self.page}")
        self.y = TOP

    def _room(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self._new_page()

    def title(self, text: str) -> None:
        self._room(30)
        self.pdf.setFont(BOLD_FONT, 14)
        self.pdf.drawString(MARGIN, self.y, text)
        self.y -= 28

    def heading(self, text: str) -> None:
        self._room(LEADING * 3)
        self.y -= 6
        self.pdf.setFont(BOLD_FONT, BODY_SIZE + 1)
        self.pdf.drawString(MARGIN, self.y, text)
        self.y -= LEADING + 2

    def text(self, text: str, *, bold: bool = False) -> None:
        font = BOLD_FONT if bold else BODY_FONT
        for line in simpleSplit(text, font, BODY_SIZE, PAGE_WIDTH - 2 * MARGIN):
            self._room(LEADING)
            self.pdf.setFont(font, BODY_SIZE)
            self.pdf.drawString(MARGIN, self.y, line)
            self.y -= LEADING
        self.y -= 5

    def table(self, rows: list[list[str]], *, widths: list[float], label: str | None = None) -> None:
        """A ruled table, one row per line, split across pages if need be."""
        row_height = LEADING + 4
        if label:
            self._room(row_height * 2)
            self.pdf.setFont(BOLD_FONT, BODY_SIZE)
            self.pdf.drawString(MARGIN, self.y, label)
            self.y -= LEADING
        for row in rows:
            self._room(row_height)
            x = float(MARGIN)
            top = self.y + LEADING - 2
            self.pdf.setFont(BODY_FONT, BODY_SIZE)
            for cell, width in zip(row, widths):
                self.pdf.rect(x, top - row_height, width, row_height, stroke=1, fill=0)
                self.pdf.drawString(x + 3, top - row_height + 5, cell)
                x += width
            self.y -= row_height
        self.y -= 8

    def save(self) -> None:
        self.pdf.showPage()
        self.pdf.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--n", type=int, default=1000, help="how many files (default 1000)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    paths = write_corpus(args.folder, args.n, seed=args.seed)
    print(f"{len(paths)} files in {args.folder}")


if __name__ == "__main__":
    main()
