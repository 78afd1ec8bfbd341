"""HTML pages (such as ModernGov committee pages) to one page of lines.

Only visible text is kept: script, style, head, templates, form controls,
hidden elements (`hidden`, inline or style-sheet `display:none`) and site
furniture are dropped: `<nav>`, `<footer>`, navigation roles, elements whose
id or class says footer/breadcrumb/cookie, link-heavy elements whose id or
class says nav/menu/header, or `<header>`/`<aside>`, and, on any page, blocks
of short links that no markup names (menus, breadcrumb trails). `h1`..`h6` become heading lines; a line
whose whole text is inside `<b>`/`<strong>` (or a span styled
`font-weight: bold`/700, as word processors export) is bold; block elements
(`p`, `li`, `div`, `br`, ...) break lines.

Tables: each `<tr>` of a data table is ONE line with `cells`. A cell keeps its
own paragraph breaks as "\n" inside the cell text, and the row's line text is
the non-empty cells joined by a space, so it keeps those "\n" too. That way a
ModernGov minutes row (item title, "PDF 82 KB" links, "Minutes:", paragraphs)
stays one evidence line while "RESOLVED that …" still starts a text line of
its own. A table nested in a cell is flattened into that cell's text, one
"\n"-separated line per nested row. A layout table (one column, role
"presentation", or page headings h1-h3 in its cells) is not a data table: its
cells are read as ordinary lines.

Ordered lists keep their numbering where it numbers headings: an `<li>` of an
`<ol>` that opens with a heading (`h1`-`h6`) or a bold run gets its number
(honouring `start`, `value`, `reversed` and `type`) printed before that lead,
"4. MATTERS ARISING", and a bold lead ends its line, so the text after it
starts a line of its own. A numbered list of plain sentences (decisions,
payments) is left as it is. A numbered heading list inside such an item
numbers on from its parent: "4.1", or "4a" for letters.
"""

from __future__ import annotations

import re
from typing import Iterator

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ..errors import UnreadableDocument
from . import layout, run_in
from .document import ParsedDocument, RowSpec, build_document
from .text import BOLD_STYLE, decode_text

DROPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link", "svg", "canvas",
    "iframe", "object", "embed", "button", "select", "input", "textarea", "option", "nav", "footer",
    "map", "area", "audio", "video", "picture", "img",
})
UNORDERED_BULLET = "-"
"""Printed before the text of an unordered list's item, as Markdown writes it."""
LINK_HEAVY_TAGS = frozenset({"header", "aside"})
NAV_LINK_SHARE = 0.6
"""A header or aside whose text is mostly link text is navigation."""
BLOCK_TAGS = frozenset({
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "header", "aside",
    "blockquote", "address", "figure", "figcaption", "form", "fieldset", "legend", "hr",
    "caption", "details", "summary", "body", "html", "center",
})
FURNITURE_NAMES = ("footer", "breadcrumb", "cookie", "skiplink", "skip-link", "skip-to")
"""Words in an element's id or class that mark page furniture, dropped outright."""
NAVIGATION_NAMES = ("nav", "menu", "header", "masthead", "banner", "sidebar", "toolbar", "share", "social")
"""Words in an element's id or class that mark navigation, dropped when it is mostly links."""
MIN_MAIN_SHARE = 0.3
"""The page's one `<main>` (or `<article>`) must hold at least this share of its text to stand for the whole page."""
MIN_MAIN_CHARS = 200
"""... and at least this many characters: an empty or stray wrapper says nothing."""
MIN_MENU_LINKS = 4
"""Links a list or block must hold to be read as a site menu by its links alone (no class name saying so)."""
MENU_LINK_SHARE = 0.85
"""Share of such a block's text that its links must hold."""
MAX_MENU_LINK_WORDS = 4.0
"""Mean words of a menu's link texts ("Home", "Pay a Bill"): a list of linked item titles runs longer."""
MIN_TRAIL_LINKS = 2
MAX_TRAIL_WORDS = 12
"""A breadcrumb trail: at least two links and at most this many words, joined by "›", ">", "»", "/" or "|"."""
_TRAIL_SEPARATOR = re.compile(r"[›>»/|]")
_MENU_TAGS = frozenset({"ul", "ol", "div", "section", "p", "span", "dl"})
HEADING_TAGS = {f"h{level}": level for level in range(1, 7)}
BOLD_TAGS = frozenset({"b", "strong"})
_BOLD_STYLE = re.compile(BOLD_STYLE, re.IGNORECASE)
LAYOUT_HEADING_TAGS = ("h1", "h2", "h3")
"""Page headings inside a table's cells mark it as a layout table."""
CELL_TAGS = ("td", "th")
MAX_DEPTH = 400
"""Elements nested deeper than this are refused: real pages nest a few dozen deep, and the
readers below walk the tree recursively."""

_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")
_CSS_RULE = re.compile(r"([^{}]+)\{([^}]*)\}")
_CSS_HIDDEN = re.compile(r"display\s*:\s*none", re.IGNORECASE)
_SIMPLE_CLASS = re.compile(r"\.[\w-]+")
_SIMPLE_ID = re.compile(r"#[\w-]+")


def parse_html(data: bytes, *, path: str, name: str, sha256: str) -> ParsedDocument:
    """Read an HTML file's bytes into a one-page `ParsedDocument`."""
    text, warnings = decode_text(data, path=path)
    if len(text) > layout.MAX_TEXT_PAGE_CHARS:
        raise UnreadableDocument(
            path, f"web page holds {len(text)} characters, more than the {layout.MAX_TEXT_PAGE_CHARS} allowed",
            kind="too_large",
        )
    try:
        soup = BeautifulSoup(text, "lxml")
        metadata = read_page_metadata(soup)
        _drop_invisible(soup, path=path)
        _keep_main_content(soup)
        _drop_link_menus(soup)
        _mark_bold_leads(soup)
        _number_list_headings(soup)
        rows = list(_iter_rows(soup))
    except RecursionError as err:
        raise UnreadableDocument(
            path, "web page nested too deeply to read (damaged or machine-made markup): save it as PDF",
            kind="too_large",
        ) from err
    if not any(row.text.strip() for row in rows):
        raise UnreadableDocument(
            path, "web page with no visible text (only scripts, styles or navigation): it is probably "
            "built by JavaScript; open it in a browser and save or print it as PDF", kind="no_text",
        )
    return build_document(
        name=name, sha256=sha256, format="html", pages_of_rows=[rows], path=path, warnings=warnings, metadata=metadata,
    )


PAGE_DATE_KEYS = ("article:published_time", "date", "dc.date", "dcterms.date", "dc.date.issued", "dcterms.created")
"""`<meta>` names and properties giving when a page was published, first found first."""


def read_page_metadata(soup: BeautifulSoup) -> dict[str, str]:
    """What a web page says about itself in its `<head>`, as a Markdown page's front matter says it: its `<title>` (or
    `og:title`) as "title" and its publishing date (`PAGE_DATE_KEYS`) as "date", for `ParsedDocument.metadata`.

    A site's page title names the document the way a front matter title does ("Minutes - March 4, 2031 - Town of
    Alderbrook"); the extractors read it as such, only for what the text itself leaves out.
    """
    fields: dict[str, str] = {}
    found = soup.find("title")
    title = _SPACES.sub(" ", found.get_text()).strip() if found is not None else ""
    metas = {
        str(meta.get("property") or meta.get("name") or "").strip().lower():
            _SPACES.sub(" ", str(meta.get("content") or "")).strip()
        for meta in soup.find_all("meta")
    }
    title = title or metas.get("og:title", "")
    if title:
        fields["title"] = title
    date = next((metas[key] for key in PAGE_DATE_KEYS if metas.get(key)), None)
    if date:
        fields["date"] = date
    return fields


def _keep_main_content(soup: BeautifulSoup) -> None:
    """Keep only the page's main content when its markup names it: its one `<main>` (or `role="main"`), else its one `<article>`.

    A site page wraps the minutes in widgets a class name does not give away
    (weather, upcoming meetings, contact boxes, link lists); the page's own
    markup says which part is the document. Only a single such element that
    holds at least MIN_MAIN_SHARE of the page's text and MIN_MAIN_CHARS
    characters counts; a page with several articles (a list of posts) or none
    is read whole.
    """
    body = soup.body or soup
    total = len(_SPACES.sub("", body.get_text()))
    if not total:
        return
    for found in (body.find_all(lambda tag: tag.name == "main" or tag.get("role") == "main"), body.find_all("article")):
        outer = [tag for tag in found if not any(parent in found for parent in tag.parents)]
        if len(outer) != 1:
            continue
        size = len(_SPACES.sub("", outer[0].get_text()))
        if size < MIN_MAIN_CHARS or size < MIN_MAIN_SHARE * total:
            return
        main = outer[0].extract()
        body.clear()
        body.append(main)
        return


def _number_list_headings(soup: BeautifulSoup) -> None:
    """Print each heading-led `<li>`'s list number before its heading or bold lead."""
    for ordered in soup.find_all("ol"):
        parent_item = ordered.find_parent("li")
        parent_label = parent_item.get("data-list-label") if parent_item is not None else None
        items = [child for child in ordered.children if isinstance(child, Tag) and child.name == "li"]
        kind = ordered.get("type")
        style = kind.strip() or "1" if isinstance(kind, str) else "1"
        step = -1 if ordered.has_attr("reversed") else 1
        value = _list_start(ordered, len(items), step)
        titles = _is_title_list(ordered, items)
        for item in items:
            own = item.get("value")
            if own is not None and str(own).strip().lstrip("-").isdigit():
                value = int(str(own).strip())
            lead = _list_lead(item)
            if lead is None and titles and value > 0:
                # "<h2>New Business</h2><ol><li>Grader lease<p>…</p></li>": the section's business, numbered as shown.
                item.insert(0, NavigableString(f"{_list_label(value, style)}. "))
            elif lead is not None and value > 0:
                label = _list_label(value, style)
                if isinstance(parent_label, str):
                    label = f"{parent_label}{label}" if style in ("a", "A") else f"{parent_label}.{label}"
                item["data-list-label"] = label
                lead.insert(0, NavigableString(f"{label}. "))
                if _is_bold(lead):
                    lead.insert_after(soup.new_tag("br"))
            value += step


MAX_LIST_TITLE_WORDS = 14
"""The opening text of each `<li>` in a list of item titles is at most this long."""
_LIST_BLOCKS = frozenset({"p", "div", "ul", "ol", "table", "blockquote", "dl", "br"})


def _is_title_list(ordered: Tag, items: list[Tag]) -> bool:
    """True for an `<ol>` straight after a heading whose entries each open with a short title (no sentence's stop).

    US minutes put each section's business under its heading so; a list
    introduced by a sentence ("The following were approved:") is left alone.
    """
    if len(items) < 2 or ordered.find_parent("li") is not None:
        return False
    before = ordered.find_previous_sibling()
    if before is None or before.name not in HEADING_TAGS:
        return False
    for item in items:
        head = []
        for child in item.children:
            if isinstance(child, Tag) and child.name in _LIST_BLOCKS:
                break
            head.append(child.get_text() if isinstance(child, Tag) else str(child))
        text = _SPACES.sub(" ", "".join(head)).strip()
        if not text or len(text.split()) > MAX_LIST_TITLE_WORDS or text.endswith((".", ";", ",")) or not text[:1].isupper():
            return False
    return True


def _is_bold(tag: Tag) -> bool:
    """True for `<b>`, `<strong>` and inline elements styled bold (as word processors export them)."""
    if tag.name in BOLD_TAGS:
        return True
    style = tag.get("style") if tag.attrs is not None else None
    return tag.name in ("span", "font") and isinstance(style, str) and bool(_BOLD_STYLE.search(style))


def _list_start(ordered: Tag, count: int, step: int) -> int:
    start = str(ordered.get("start") or "").strip()
    if start.lstrip("-").isdigit():
        return int(start)
    return count if step < 0 else 1


def _list_lead(item: Tag) -> Tag | None:
    """The heading or bold element an `<li>` opens with, or None when it opens with plain text."""
    for child in item.children:
        if isinstance(child, NavigableString):
            if str(child).strip():
                return None
            continue
        if not isinstance(child, Tag):
            continue
        if child.name in HEADING_TAGS:
            return child
        if _is_bold(child) and child.get_text(strip=True):
            return child
        if child.name == "p":
            # "<li><p><strong>Title</strong> …</p>": the paragraph's own lead
            inner = next((c for c in child.children if not (isinstance(c, NavigableString) and not str(c).strip())), None)
            if isinstance(inner, Tag) and _is_bold(inner) and inner.get_text(strip=True):
                return inner
        return None
    return None


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def _list_label(value: int, style: str) -> str:
    """A list number as the browser prints it for `type` "1", "a", "A", "i" or "I"."""
    if style in ("a", "A") and value <= 26:
        letter = chr(ord("a") + value - 1)
        return letter.upper() if style == "A" else letter
    if style in ("i", "I"):
        numeral = ""
        for amount, letters in _ROMAN:
            while value >= amount:
                numeral, value = numeral + letters, value - amount
        return numeral.upper() if style == "I" else numeral
    return str(value)


def _drop_invisible(soup: BeautifulSoup, *, path: str) -> None:
    """Drop what a reader does not see, parents before their children, in one pass.

    The walk never enters a dropped element, so nothing asks whether a tag
    was already decomposed (bs4 answers `tag.decomposed` by searching the
    tag's descendants, which made deeply nested pages cost quadratic time).
    Raises UnreadableDocument when elements nest deeper than MAX_DEPTH.
    """
    hidden_classes, hidden_ids = _read_hidden_selectors(soup)
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    stack: list[tuple[Tag, int]] = [(child, 1) for child in soup.contents if isinstance(child, Tag)]
    while stack:
        tag, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise UnreadableDocument(
                path, f"web page nests elements more than {MAX_DEPTH} deep (damaged or machine-made markup): "
                "save it as PDF", kind="too_large",
            )
        if (
            tag.name in DROPPED_TAGS
            or _is_hidden(tag, hidden_classes, hidden_ids)
            or _is_navigation(tag)
        ):
            tag.decompose()
            continue
        stack.extend((child, depth + 1) for child in tag.contents if isinstance(child, Tag))


def _read_hidden_selectors(soup: BeautifulSoup) -> tuple[set[str], set[str]]:
    """Classes and ids that the page's own style sheets hide with display:none."""
    classes: set[str] = set()
    ids: set[str] = set()
    for style in soup.find_all("style"):
        for selectors, body in _CSS_RULE.findall(style.get_text()):
            if not _CSS_HIDDEN.search(body):
                continue
            for selector in selectors.split(","):
                selector = selector.strip()
                if _SIMPLE_CLASS.fullmatch(selector):
                    classes.add(selector[1:])
                elif _SIMPLE_ID.fullmatch(selector):
                    ids.add(selector[1:])
    return classes, ids


def _is_hidden(tag: Tag, hidden_classes: set[str], hidden_ids: set[str]) -> bool:
    if tag.attrs is None:
        return False
    style = str(tag.get("style") or "").replace(" ", "").lower()
    return (
        tag.has_attr("hidden")
        or "display:none" in style
        or "visibility:hidden" in style
        or tag.get("aria-hidden") == "true"
        or bool(hidden_classes.intersection(tag.get("class") or ()))
        or tag.get("id") in hidden_ids
    )


def _is_navigation(tag: Tag) -> bool:
    """True for site navigation and page furniture around the document."""
    if tag.get("role") in ("navigation", "banner", "contentinfo", "search"):
        return True
    if tag.name in CELL_TAGS or tag.name in ("tr", "table", "tbody", "thead", "body", "html"):
        return False
    names = " ".join([str(tag.get("id") or ""), *(tag.get("class") or ())]).lower()
    if any(word in names for word in FURNITURE_NAMES):
        return True
    if tag.name in LINK_HEAVY_TAGS or any(word in names for word in NAVIGATION_NAMES):
        return _is_link_heavy(tag)
    return False


_PARAGRAPH_TAGS = ("p", "div", "li")


def _mark_bold_leads(soup: BeautifulSoup) -> None:
    """Write a paragraph's bold title with a colon ("<b>Treasurer's Report</b> The treasurer …"), as `run_in` says."""
    leads: list[Tag] = []
    bare: list[Tag] = []
    for block in soup.find_all(_PARAGRAPH_TAGS):
        lead = _paragraph_lead(block)
        if lead is None:
            continue
        leads.append(lead)
        if run_in.needs_colon(lead.get_text()):
            bare.append(lead)
    if len(leads) < run_in.MIN_BOLD_LEADS:
        return
    for lead in bare:
        lead.append(NavigableString(":"))


def _paragraph_lead(block: Tag) -> Tag | None:
    """The bold element a paragraph opens with, when a sentence follows it in the same paragraph."""
    children = [child for child in block.children if not (isinstance(child, NavigableString) and not str(child).strip())]
    if len(children) < 2 or not isinstance(children[0], Tag) or not _is_bold(children[0]):
        return None
    lead, after = children[0], children[1]
    if isinstance(after, Tag) and after.name in ("br", *_PARAGRAPH_TAGS):
        return None
    rest = after.get_text() if isinstance(after, Tag) else str(after)
    return lead if run_in.is_bold_lead(lead.get_text(), rest) else None


def _drop_link_menus(soup: BeautifulSoup) -> None:
    """Drop the menus and breadcrumb trails that no markup names (see `_is_link_menu`), outermost first.

    A page that is nothing but links (a site map) is left whole: with too little
    text beside its menus, what the page is about is for the readers to say.
    """
    body = soup.body or soup
    total = len(_SPACES.sub("", body.get_text()))
    menus: list[Tag] = []
    stack = [child for child in body.contents if isinstance(child, Tag)]
    while stack:
        tag = stack.pop()
        if tag.name in ("table", "pre"):
            continue  # ModernGov rows link their documents; a table is data
        if tag.name in _MENU_TAGS and _is_link_menu(tag):
            menus.append(tag)
            continue
        stack.extend(child for child in tag.contents if isinstance(child, Tag))
    dropped = sum(len(_SPACES.sub("", menu.get_text())) for menu in menus)
    if not menus or total - dropped < MIN_MAIN_CHARS:
        return
    for menu in menus:
        menu.decompose()


def _is_link_menu(tag: Tag) -> bool:
    """True for a site menu or breadcrumb trail that no class name gives away: a block of short links and little else.

    A page without `<main>` keeps its menus ("Home", "Departments", "Pay a Bill")
    and trails ("Home › Government › Minutes") as plain lists; a list of a
    dozen short links, or two to four joined by "›", is no part of any
    minutes. Lists of linked item titles (longer, or numbered) and tables
    (ModernGov rows link their documents) are left alone.
    """
    if tag.find(["table", *HEADING_TAGS]) is not None:
        return False  # a block holding a table or a heading holds content; its own link lists are judged alone
    texts = [_SPACES.sub(" ", a.get_text()).strip() for a in tag.find_all("a")]
    texts = [text for text in texts if text]  # an image's link has no text
    if len(texts) < MIN_TRAIL_LINKS or any(text[:1].isdigit() for text in texts):
        return False
    if sum(len(text.split()) for text in texts) / len(texts) > MAX_MENU_LINK_WORDS:
        return False
    whole = _SPACES.sub(" ", tag.get_text()).strip()
    rest = whole
    for text in texts:
        rest = rest.replace(text, " ", 1)
    rest = _SPACES.sub("", rest)
    if len(texts) >= MIN_MENU_LINKS and len(rest) <= (1 - MENU_LINK_SHARE) * len(_SPACES.sub("", whole)):
        return True
    # "Home › Government › Minutes": a short trail of links joined by arrows or strokes, the last crumb maybe plain.
    crumbs = whole.split()
    joined = len(_TRAIL_SEPARATOR.findall(rest)) >= len(texts) - 1
    return len(crumbs) <= MAX_TRAIL_WORDS and joined and len(_TRAIL_SEPARATOR.sub("", rest)) <= len(whole) // 2


def _is_link_heavy(tag: Tag) -> bool:
    text = _SPACES.sub("", tag.get_text())
    if not text:
        return True
    links = sum(len(_SPACES.sub("", a.get_text())) for a in tag.find_all("a"))
    return links >= NAV_LINK_SHARE * len(text)


class _LineBuilder:
    """Collects inline text runs and turns them into lines at block boundaries."""

    def __init__(self) -> None:
        self.lines: list[RowSpec] = []
        self._runs: list[tuple[str, bool]] = []
        self._marker = ""

    def mark_bullet(self, marker: str) -> None:
        """Print `marker` before the next line with text, as a browser shows a bullet before a list item's text."""
        self._marker = marker

    def add(self, text: str, bold: bool) -> None:
        self._runs.append((text, bold))

    def add_row(self, row: RowSpec) -> None:
        self.flush()
        self._marker = ""
        self.lines.append(row)

    def flush(self, heading: int | None = None) -> None:
        text = layout.normalise_text("".join(run for run, _ in self._runs))
        if text:
            visible = [bold for run, bold in self._runs if run.strip()]
            bold = bool(visible) and all(visible)
            if self._marker and heading is None and not _NUMBERED_TEXT.match(text):
                text = f"{self._marker} {text}"
            self._marker = ""
            self.lines.append(RowSpec(text=text, heading=heading, bold=bold))
        self._runs = []


# A list item that prints its own number or letter ("<ul><li>3. Roads: …</li>", "<li>(b) Hedges</li>") shows no bullet:
# its number is what a reader sees, and what opens an item. A count or a year ("12 bags", "2031 budget") and an
# initial ("A. Hale said …", "J. Smith to …") are the item's words and keep the bullet.
_NUMBERED_TEXT = re.compile(
    r"^(?:\(?\d{1,4}(?:[./]\d{1,3})*[.):]|\([A-Za-z]\)|[a-z][.)]|[A-Z]\)|\(?[ivx]{1,5}[.)]|\([IVX]{1,5}\))\s"
)


def _iter_rows(soup: BeautifulSoup) -> Iterator[RowSpec]:
    builder = _LineBuilder()
    counter = [0]
    _walk(soup, builder, bold=False, table_counter=counter)
    builder.flush()
    yield from builder.lines


def _walk(node: Tag, builder: _LineBuilder, *, bold: bool, table_counter: list[int]) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:  # not a doctype, declaration or CDATA
                builder.add(str(child), bold)
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name
        if name == "br":
            builder.flush()
        elif name in HEADING_TAGS:
            builder.flush()
            _walk(child, builder, bold=bold, table_counter=table_counter)
            builder.flush(heading=HEADING_TAGS[name])
        elif name == "table":
            builder.flush()
            _read_table(child, builder, table_counter=table_counter)
        elif name == "pre":
            # preformatted text keeps its own line breaks
            builder.flush()
            for text in child.get_text().splitlines():
                builder.add(text, bold)
                builder.flush()
        elif name in BLOCK_TAGS or name in CELL_TAGS or name == "tr":
            builder.flush()
            if name == "li" and isinstance(child.parent, Tag) and child.parent.name == "ul":
                # "<p>1. Newsletter</p><ul><li>more info wanted</li></ul>": the notes under an item keep their bullet,
                # so a note in small letters is not read as the item's title running on.
                builder.mark_bullet(UNORDERED_BULLET)
            _walk(child, builder, bold=bold, table_counter=table_counter)
            builder.flush()
            if name == "li":
                builder.mark_bullet("")
        else:
            _walk(child, builder, bold=bold or _is_bold(child), table_counter=table_counter)


def _own_rows(table: Tag) -> list[Tag]:
    """The table's rows, not those of tables nested in its cells."""
    return [row for row in table.find_all("tr") if row.find_parent("table") is table]


def _own_cells(row: Tag) -> list[Tag]:
    return [cell for cell in row.find_all(CELL_TAGS) if cell.find_parent("tr") is row]


def _read_table(table: Tag, builder: _LineBuilder, *, table_counter: list[int]) -> None:
    rows = _own_rows(table)
    if _is_layout_table(table, rows):
        # its cells hold ordinary page content, read as lines
        _walk(table, builder, bold=False, table_counter=table_counter)
        return
    table_counter[0] += 1
    key = ("html", table_counter[0])
    for row in rows:
        cells = tuple(read_cell_text(cell) for cell in _own_cells(row))
        if not any(cells):
            continue
        text = " ".join(cell for cell in cells if cell)
        builder.add_row(RowSpec(text=text, cells=cells, table_key=key))


def _is_layout_table(table: Tag, rows: list[Tag]) -> bool:
    """True for a table used to place page content rather than to hold data.

    Such a table has one column, says it is presentational, or holds page
    headings (h1-h3) in its own cells, as old page templates do. A column of
    content between empty margin cells, as an editor's page template sets it,
    is one column too: no row has text in more than one cell.
    """
    if table.get("role") in ("presentation", "none"):
        return True
    if all(sum(1 for cell in _own_cells(row) if cell.get_text(strip=True)) <= 1 for row in rows):
        return True
    return any(
        heading.find_parent("table") is table for heading in table.find_all(LAYOUT_HEADING_TAGS)
    )


def read_cell_text(cell: Tag) -> str:
    """A cell's visible text, "\n" between its paragraphs and nested table rows."""
    inner = _LineBuilder()
    _walk_cell(cell, inner)
    inner.flush()
    return "\n".join(line.text for line in inner.lines)


def _walk_cell(node: Tag, builder: _LineBuilder) -> None:
    for child in node.children:
        if isinstance(child, NavigableString):
            if type(child) is NavigableString:
                builder.add(str(child), False)
            continue
        if not isinstance(child, Tag):
            continue
        if child.name == "table":
            builder.flush()
            for row in _own_rows(child):
                texts = [read_cell_text(cell).replace("\n", " ") for cell in _own_cells(row)]
                line = " ".join(text for text in texts if text)
                if line:
                    builder.add_row(RowSpec(text=line))
        elif child.name == "br" or child.name in BLOCK_TAGS or child.name in HEADING_TAGS:
            builder.flush()
            _walk_cell(child, builder)
            builder.flush()
        else:
            _walk_cell(child, builder)
