"""Optional OCR for PDF pages whose text cannot be read otherwise (scans, broken text layers).

OCR runs when an engine is installed (the `tesseract` program and the
`pytesseract` package), as `OcrMode` says: "auto" (the default) reads a
document's scanned pages when there are few of them, "always" (`ingest --ocr`)
every page that needs it, "never" (`ingest --no-ocr`) nothing. Text in
fonts without a Unicode map is read unless OCR is "never", from the
boxes of its runs (`read_boxes_by_ocr`) or, on a page mostly in such fonts,
from the whole page. Pages are
rendered with pypdfium2 and read by tesseract, which gives each word with its
box; the PDF reader lays the words out like characters read from a text layer
(lines, columns, headers and footers), and the document carries a warning
saying which pages came from OCR, because recognised text is less trustworthy.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import time
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Literal, get_args

import pypdfium2 as pdfium

OcrMode = Literal["auto", "always", "never"]
"""When PDF pages are read by OCR: "auto" when few pages need it, "always" (`--ocr`), "never" (`--no-ocr`)."""
OCR_MODES: tuple[str, ...] = get_args(OcrMode)
OCR_OFF = "--no-ocr was given"
"""Why OCR did not run when the user turned it off."""

RENDER_SCALE = 300 / 72
"""Render at 300 dpi: tesseract reads small print far better than at 72 dpi."""
TESSERACT_LANGUAGE = "eng"
OCR_PAGE_SECONDS = 60
"""How long tesseract may take over one page. A page of print takes seconds; a page it cannot lay out (a table
whose column headings are set sideways, a dense landscape grid) can take minutes, which would hold the whole file
past the load's time limit and lose its other pages: such a page is left unread, with a warning, and the rest of
the document loads."""
MIN_PAGE_SECONDS = 5.0
"""A page is not started when less than this is left of the document's OCR time (`OcrBudget`)."""


@dataclass(slots=True)
class OcrBudget:
    """The time OCR may take over one document, shared by its pages: each page gets `OCR_PAGE_SECONDS` or what is
    left, whichever is less, so OCR ends in time for the rest of the file's reading (the loader gives it a share of
    the file's time limit); `seconds` None sets no limit for the document."""

    seconds: float | None = None
    started: float = field(default_factory=time.monotonic)

    def page_seconds(self) -> float:
        """What the next page may take (less than `MIN_PAGE_SECONDS`: none is left, the page is not started)."""
        if self.seconds is None:
            return OCR_PAGE_SECONDS
        return min(OCR_PAGE_SECONDS, self.seconds - (time.monotonic() - self.started))
TESSERACT_THREADS = "1"
"""Threads tesseract may start for one page (OMP_THREAD_LIMIT): its parallel page reading is
several times slower than one thread on a page of print, and ingest already runs files side by side."""


WORD_CORRECTIONS: list[tuple[re.Pattern[str], str]] = [
    # "Cllr" read with an i, a capital I or a one for an l: "Clir", "CIlr", "Cl1r"
    (re.compile(r"^C(?:l[iI1]|[iI1]l|[iI1][iI1])r(s?)\b"), r"Cllr\1"),
]
"""Misreadings tesseract makes of words minutes print on every page, and what was printed."""
ORDINAL_MARK = re.compile(r"^(\d{1,2})[\"\u201c\u201d'\u2019*\u00b0]$")
"""A day number whose raised "th" / "st" was read as a quote mark or a star ("18\" March")."""
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)


def correct_words(words: list["RecognisedWord"]) -> list["RecognisedWord"]:
    """Words with tesseract's common misreadings of minutes' wording put right."""
    corrected = []
    for index, word in enumerate(words):
        text = word.text
        for pattern, replacement in WORD_CORRECTIONS:
            text = pattern.sub(replacement, text)
        mark = ORDINAL_MARK.match(text)
        if mark and index + 1 < len(words) and words[index + 1].text.strip(".,").lower() in MONTHS:
            text = _ordinal(int(mark.group(1)))
        corrected.append(word if text == word.text else replace(word, text=text))
    return corrected


def _ordinal(day: int) -> str:
    """18 -> "18th", 1 -> "1st", 22 -> "22nd", 13 -> "13th": the raised letters as printed."""
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


@dataclass(frozen=True, slots=True)
class RecognisedWord:
    """A word tesseract read, with its box in pixels of the rendered page and the line it belongs to."""

    text: str
    left: int
    top: int
    right: int
    bottom: int
    line: tuple[int, ...]
    """Tesseract's (block, paragraph, line) numbers: words with the same key share a printed line."""


@dataclass(frozen=True, slots=True)
class RecognisedPage:
    """The words read on one rendered page, and the page's height in pixels."""

    words: list[RecognisedWord]
    height: int
    timed_out: bool = False
    """Tesseract gave up on the page after `OCR_PAGE_SECONDS`: no words were read."""


class OcrTimedOut(Exception):
    """Tesseract did not finish a page within `OCR_PAGE_SECONDS`."""


Recogniser = Callable[..., list[RecognisedWord]]
"""Image (a PIL image) and `timeout` (seconds) in, recognised words in reading order out; `OcrTimedOut` when the time
ran out first."""


def find_ocr_engine() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    if shutil.which("tesseract") is None:
        return "the tesseract program is not installed (e.g. apt-get install tesseract-ocr)"
    if importlib.util.find_spec("pytesseract") is None:
        return "the pytesseract package is not installed (pip install 'minutebook[ocr]')"
    return None


def check_ocr_mode(mode: str) -> None:
    """Raise ValueError unless `mode` is one of `OcrMode`'s."""
    if mode not in OCR_MODES:
        raise ValueError(f"ocr must be one of {', '.join(OCR_MODES)}, not {mode!r}")


def why_no_ocr(mode: OcrMode) -> str | None:
    """Why OCR may not run in this `mode` here, or None when it may."""
    check_ocr_mode(mode)
    return OCR_OFF if mode == "never" else find_ocr_engine()


def _recognise_with_tesseract(image: Any, *, timeout: float = OCR_PAGE_SECONDS) -> list[RecognisedWord]:
    import pytesseract  # only present where the user installed an OCR engine

    os.environ.setdefault("OMP_THREAD_LIMIT", TESSERACT_THREADS)  # tesseract reads it at start-up
    try:
        data = pytesseract.image_to_data(
            image, lang=TESSERACT_LANGUAGE, output_type=pytesseract.Output.DICT, timeout=timeout,
        )
    except RuntimeError as err:  # pytesseract's only sign that it stopped the program: "Tesseract process timeout"
        if "timeout" in str(err).lower():
            raise OcrTimedOut(str(err)) from err
        raise
    words = []
    for index, text in enumerate(data["text"]):
        text = " ".join(str(text).split())
        if not text:
            continue
        left, top = int(data["left"][index]), int(data["top"][index])
        words.append(RecognisedWord(
            text=text, left=left, top=top, right=left + int(data["width"][index]),
            bottom=top + int(data["height"][index]),
            line=(int(data["block_num"][index]), int(data["par_num"][index]), int(data["line_num"][index])),
        ))
    return words


def _recognise_in_time(recognise: Recogniser, image: Any, budget: OcrBudget) -> list[RecognisedWord] | None:
    """The words `recognise` reads in `image` within what `budget` has left for a page; None when it has too little
    left to start (`MIN_PAGE_SECONDS`) or the time runs out."""
    seconds = budget.page_seconds()
    if seconds < MIN_PAGE_SECONDS:
        return None
    try:
        return recognise(image, timeout=seconds)
    except OcrTimedOut:
        return None


def read_pages_by_ocr(
    data: bytes,
    page_numbers: list[int],
    *,
    password: str | None = None,
    recognise: Recogniser | None = None,
    budget: OcrBudget | None = None,
) -> dict[int, RecognisedPage]:
    """The words recognised on each of `page_numbers` (1-based), boxes in pixels at `RENDER_SCALE`; a page the
    `budget` had no time left for, or whose time ran out, is marked `timed_out` with no words."""
    recognise = recognise or _recognise_with_tesseract
    budget = budget or OcrBudget()
    found: dict[int, RecognisedPage] = {}
    pdf = pdfium.PdfDocument(data, password=password)
    try:
        for number in page_numbers:
            page = pdf[number - 1]
            try:
                image = page.render(scale=RENDER_SCALE).to_pil()
            finally:
                page.close()
            words = _recognise_in_time(recognise, image, budget)
            found[number] = RecognisedPage(words=correct_words(words or []), height=image.height, timed_out=words is None)
    finally:
        pdf.close()
    return found


BOX_MARGIN = 1.5
"""Points of page kept above and below a run's box when it is cut out, so no stroke of its letters is lost."""
SIDE_MARGIN_EMS = 0.5
"""Page kept either side of a run's box, in run heights: a font's widths can be narrower than its
letters (a capital's left side falls outside the first character's box). A word read in that margin,
its middle outside the box (the colon before the run), belongs to the text beside it and is dropped."""
STRIP_GAP = 0.5
"""Blank space between the strips of one page's runs, in strip heights: tesseract keeps them apart."""

Box = tuple[float, float, float, float]
"""x0, top, x1, bottom in points, measured from the crop box's left and top edges, as the PDF reader's runs are."""


def read_boxes_by_ocr(
    data: bytes,
    boxes: dict[int, list[Box]],
    *,
    password: str | None = None,
    recognise: Recogniser | None = None,
    budget: OcrBudget | None = None,
) -> dict[int, list[str]]:
    """The text recognised in each box of each page (1-based), in the order given ("" where none).

    Each page is rendered once; its boxes are cut out and stacked in one image,
    one strip per box with white between, so tesseract runs once a page however
    many runs it holds. Each word goes back to the strip its middle lies in.
    """
    recognise = recognise or _recognise_with_tesseract
    budget = budget or OcrBudget()
    from PIL import Image  # pypdfium2 renders to PIL images, so Pillow is there

    found: dict[int, list[str]] = {}
    pdf = pdfium.PdfDocument(data, password=password)
    try:
        for number, page_boxes in boxes.items():
            page = pdf[number - 1]
            try:
                left = page.get_cropbox()[0]
                rotation = page.get_rotation()
                image = page.render(scale=RENDER_SCALE, grayscale=True).to_pil() if not rotation else None
            finally:
                page.close()
            if image is None:  # a rotated page is left to whole-page OCR (its boxes are placed as shown, its crop box not)
                continue
            cuts = [_pixel_box(box, left, image.size) for box in page_boxes]
            strips = [image.crop(cut) for cut, _ in cuts]
            pad = _pixels(BOX_MARGIN)
            width = max(strip.width for strip in strips) + 2 * pad
            gap = max(int(max(strip.height for strip in strips) * STRIP_GAP), pad)
            sheet = Image.new("L", (width, sum(strip.height + gap for strip in strips) + gap), 255)
            places = []  # per strip: top and bottom on the sheet, and the run's own left and right
            y = gap
            for strip, (cut, (inner_left, inner_right)) in zip(strips, cuts):
                sheet.paste(strip, (pad, y))
                places.append((y, y + strip.height, pad + inner_left - cut[0], pad + inner_right - cut[0]))
                y += strip.height + gap
            texts: list[list[str]] = [[] for _ in strips]
            # Out of time, the runs stay unread, as runs OCR found nothing in.
            for word in correct_words(_recognise_in_time(recognise, sheet, budget) or []):
                middle_y, middle_x = (word.top + word.bottom) / 2, (word.left + word.right) / 2
                for index, (top, bottom, inner_left, inner_right) in enumerate(places):
                    if top <= middle_y < bottom:
                        if inner_left <= middle_x <= inner_right:
                            texts[index].append(word.text)
                        break
            found[number] = [" ".join(words) for words in texts]
    finally:
        pdf.close()
    return found


def _pixels(points: float) -> int:
    return round(points * RENDER_SCALE)


def _pixel_box(box: Box, left: float, size: tuple[int, int]) -> tuple[tuple[int, int, int, int], tuple[int, int]]:
    """A run's box in pixels of the rendered page, widened by the margins and kept on the page,
    and the run's own left and right edges in pixels."""
    x0, top, x1, bottom = box
    side = max(BOX_MARGIN, SIDE_MARGIN_EMS * (bottom - top))
    inner = (_pixels(x0 - left), _pixels(x1 - left))
    cut = (
        max(_pixels(x0 - left - side), 0), max(_pixels(top - BOX_MARGIN), 0),
        min(_pixels(x1 - left + side), size[0]), min(_pixels(bottom + BOX_MARGIN), size[1]),
    )
    return cut, inner
