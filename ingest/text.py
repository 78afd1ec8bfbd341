"""Plain text and Markdown files to pages of lines.

A form feed starts a new page. `#`..`######` mark headings; a line wrapped
whole in `**…**` is bold. A line with TABs, or with " | " (`a | b |`), is a
table row with cells (a run of such lines is one table), split as
`document.make_document` splits them; Markdown rows (`| a | b |`) are read
too and their separator rows (`|---|---|`) dropped. Inside cells inline
markup such as `<p>`, `<ul>` or `•` is kept as it is for the extractors; in
ordinary lines Markdown emphasis markers and `<i>`/`<b>`-style tags are
removed and their text kept. Blank lines are kept as blank lines, so line
numbers match the file's.

Text exported from websites and PDF converters carries artefacts of its own,
cleaned line by line before reading (each line stays a line, so numbering
still matches the file): YAML front matter at the top of the file, a first
line that is only a link to the original, HTML comments, link reference
definitions and thematic breaks ("---") become blank lines, and so does a
bare page number printed straight after a "---" page break; backslash
escapes ("1\\. Apologies", "\\$300") and pandoc's hard-break backslash and
`[text]{.ul}` spans lose their markup; "&nbsp;" entities become spaces; blockquote markers ("> ") go; control
characters go, except one that stands as a bullet at the start of a line,
which becomes "•", as do private-use bullet glyphs. Page footers printed as
lines ("3 | P a g e", "Page 3 of 7", "- 3 -") go too, and so does a bare
number opening or closing a page of a file cut into pages by form feeds.
A nested Markdown ordered list takes its parent's number ("3.1.").

An inline link whose text a converter wrapped across lines ("The [June
Meeting" / "Minutes](https://…) were approved.") loses its markup on both
lines, its words staying where they stand. Pandoc's grid tables (`+---+---+`
borders, `| a | b |` lines, a `+===+` header rule) and its simple and
multiline tables (header words over a rule of dash runs, columns aligned by
spaces) are read as tables with cells: their border and rule lines become
blank lines, a grid row's or multiline row's cell text is joined onto its
first line and its other lines left blank, so numbering still matches.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from ..errors import UnreadableDocument
from . import layout, markup, page_chrome, run_in
from .document import ParsedDocument, RowSpec, Span, build_document

FALLBACK_ENCODING = "cp1252"
MAX_HEADING_LEVEL = 6

_EMPTY_EMPHASIS = re.compile(r"\*{4,}")
_BOLD_MARKS = re.compile(r"\*\*(.+?)\*\*|__(.+?)__")
_ITALIC_MARKS = re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])")
_SEPARATOR_ROW = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_SPACES = re.compile(r"[ \u00a0]+")

FRONT_MATTER_MAX_LINES = 60
"""A YAML front matter block closes within this many lines of the file's start."""
_FRONT_MATTER_KEY = re.compile(r"^[a-z_][\w-]*:(?:\s.*)?$")
_FRONT_MATTER_LINE = re.compile(r"^(?:[a-z_][\w-]*:(?:\s.*)?|\s+\S.*|\s*|-\s.*)$")  # "- item": a list entry
_FENCE = re.compile(r"^---\s*$")
# Hugo's TOML front matter: "+++", "title = \"Minutes of …\"" lines (and "[params]" tables), "+++".
_TOML_FENCE = re.compile(r"^\+\+\+\s*$")
_TOML_KEY = re.compile(r"^[a-z_][\w-]*\s*=\s*\S.*$", re.IGNORECASE)
_TOML_LINE = re.compile(r"^(?:[a-z_][\w.-]*\s*=.*|\s+\S.*|\s*|\[[\w.-]+\])$", re.IGNORECASE)
# The keys of a site generator's header written without "---" fences ("Title: …", "Date: 2031-03-10 00:00",
# "Category: Minutes"), as Pelican and MultiMarkdown posts open. Such a header holds a title and a key only a
# site generator writes, so a minutes' own "Title: … / Date: … / Time: …" grid is never taken for one.
# The keys of a post's header without fences, as Pelican and Nikola write it ("title: 2031 AGM", "slug: 2031-agm",
# "date: 2031-08-26 12:03:03 UTC+12:00", "tags: " with nothing after it, "hidetitle: true").
_SITE_KEYS = {"title", "date", "modified", "updated", "category", "categories", "tags", "slug", "author", "authors",
              "summary", "description", "status", "lang", "layout", "save_as", "url", "link", "type", "hidetitle",
              "previewimage", "template", "nocomments", "pretty_url"}
_SITE_ONLY_KEYS = _SITE_KEYS - {"title", "date", "summary", "status", "description", "type"}
_SITE_KEY = re.compile(r"^(?P<key>[A-Za-z_]+)\s*:(?:\s*\S|\s*$)")
_EQUALS_RULE = re.compile(r"^\s{0,3}={3,}\s*$")
_THEMATIC_BREAK = re.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,}|(?:-\s){2,}-|(?:\*\s){2,}\*)\s*$")
_PAGE_NUMBER_LINE = re.compile(r"^\s*\d{1,3}\s*$")
# Word's "3 | P a g e" footer, "Page 3 of 7", "- 3 -": a page number printed as a line of its own.
_PAGE_FOOTER = re.compile(
    r"^\s*(?:\d{1,3}\s*\|\s*P\s?a\s?g\s?e(?:\s+\d{1,3})?|P\s?a\s?g\s?e\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?"
    r"|[-–]\s*\d{1,3}\s*[-–])\s*$",
    re.IGNORECASE,
)
# A non-breaking space written as an HTML entity in a Markdown export: "**4.&nbsp;&nbsp;Finance**".
_NBSP_ENTITY = re.compile(r"&(?:nbsp|#160|#x0*a0);", re.IGNORECASE)
# "Water &amp; Light", "Council&#8217;s": a web page's character references left in its text by the export.
_ENTITY = re.compile(r"&(?:[a-z]{2,8}|#\d{1,7}|#x[0-9a-f]{1,6});", re.IGNORECASE)
_LINK_ONLY = re.compile(r"^\s*!?\[[^\]]*\]\([^)\s]*\)\s*$")
_LINK_REFERENCE = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+\s*$")
_COMMENT_LINE = re.compile(r"^\s*<!--.*?-->\s*$")
# A line that only opens or closes an HTML block in Markdown ('<div id="meeting_header" class="headered">',
# "</div>", "<section>"): a website's layout, no words of the minutes; it parts paragraphs as a blank line does.
_BLOCK_TAG_LINE = re.compile(
    r"^\s*(?:</?(?:div|section|article|header|footer|main|aside|nav|center|figure|p)\b[^<>]{0,300}>\s*)+$", re.IGNORECASE
)
_BLOCKQUOTE = re.compile(r"^\s{0,3}(?:>\s?)+")
# The marker that opens a quoted block as a callout ("> [!abstract]- Present:", "> [!NOTE]"): the block's kind and
# whether it folds, no words of the minutes; the title after it ("Present:") stays.
_CALLOUT = re.compile(r"^\s*\[![A-Za-z][\w-]{0,20}\][+-]?[ \t]*")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$<>~&%'\"])")
_HARD_BREAK = re.compile(r"(?<!\\)\\$")
_PANDOC_SPAN = re.compile(r"\[([^\]]+)\]\{[.#][\w-]+\}")
_INLINE_LINK = re.compile(r"(?<!!)\[([^\]]+)\]\((?:https?://|www\.|mailto:)[^)\s]*\)")
_SPLIT_BOLD = re.compile(r"\*\*(\s+)\*\*")
# Inline HTML left in Markdown by a blog export: '<span style="font-weight: bold;">Call to Order</span>: 7:10 pm',
# "<b>Treasurer</b>", "Elm Hall<br>". Bold becomes Markdown bold; other inline tags go, their words stay. Block
# tags stay: a plan's table cells keep "<p>" between their agencies. One pattern for every line and cell
# (strip_emphasis uses it too).
BOLD_STYLE = r"font-weight\s*:\s*(?:bold(?:er)?|[6-9]00)\b"
"""An inline style that makes text bold ("font-weight: bold", "font-weight:700"), here and in the HTML reader."""
_HTML_BOLD = re.compile(
    r"<(?P<tag>b|strong)\b[^<>]{0,200}>(?P<inner>[^<>]{0,400})</(?P=tag)\s*>"
    rf"|<span\b[^<>]{{0,200}}{BOLD_STYLE}[^<>]{{0,200}}>(?P<spanned>[^<>]{{0,400}})</span\s*>",
    re.IGNORECASE,
)
_INLINE_TAG = re.compile(
    r"</?(?:span|font|b|strong|i|em|u|a|small|big|br|s|strike|sup|sub|mark|abbr)\b[^<>]{0,300}>", re.IGNORECASE
)
# "<br>" inside a line ("Roll Call:<br>Present: …"): the line stays one line of the file, so its numbering holds, but the
# words either side of the break stay apart.
_LINE_BREAK_TAG = re.compile(r"\s*<br\b[^<>]{0,300}>\s*", re.IGNORECASE)
_BULLET_CONTROL = re.compile(r"^(\s*)[\x00-\x08\x0e-\x1f\x7f](?=\s)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ORDERED_ITEM = re.compile(r"^(?P<indent> *)(?P<number>\d{1,3})\.(?P<rest>\s+\S.*)$")
NESTED_LIST_INDENT = 2
"""Spaces more than its parent's that make a Markdown ordered-list line a nested one."""
_GLYPH_BULLETS = str.maketrans({"\uf0b7": "\u2022", "\uf0a7": "\u2022", "\uf076": "\u2022", "\uf0d8": "\u2022"})


def decode_text(data: bytes, *, path: str) -> tuple[str, list[str]]:
    """Text from bytes (UTF-8, UTF-16 with a BOM, else Windows-1252) and any warning to record."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as err:
            raise _not_text(path) from err
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode(FALLBACK_ENCODING)
    except UnicodeDecodeError as err:
        raise _not_text(path) from err
    if "\x00" in text:
        raise _not_text(path)
    return text, ["not UTF-8: read as Windows-1252 (cp1252); check accented letters and symbols"]


def _not_text(path: str) -> UnreadableDocument:
    return UnreadableDocument(
        path, "not readable as text (binary data, neither UTF-8 nor Windows-1252): "
        "check it is the right file, or save it again as UTF-8 text",
        kind="encoding",
    )


def parse_text(data: bytes, *, path: str, name: str, sha256: str) -> ParsedDocument:
    """Read a text or Markdown file's bytes into a `ParsedDocument`."""
    text, warnings = decode_text(data, path=path)
    pages = text.split("\f")
    for number, page in enumerate(pages, start=1):
        if len(page) > layout.MAX_TEXT_PAGE_CHARS:
            raise UnreadableDocument(
                path, f"page {number} holds {len(page)} characters, more than the "
                f"{layout.MAX_TEXT_PAGE_CHARS} allowed: split the file", kind="too_large",
            )
    if "<" in text:
        pages = [breaks_as_lines(page) for page in pages]
    if len(pages) == 1 and "<" in text and is_html_body(text.splitlines()):
        return _parse_html_body(text, path=path, name=name, sha256=sha256, warnings=warnings)
    if name.lower().endswith(".mdx"):
        pages = [_blank_mdx_syntax(page) for page in pages]
    pages = _with_markdown_headings(pages, name)
    pages = _mark_bold_leads(pages)
    columns = keeps_layout(pages)
    return build_document(
        name=name,
        sha256=sha256,
        format="text",
        pages_of_rows=[
            read_text_rows(page, page_index=index, paged=len(pages) > 1, columns=columns)
            for index, page in enumerate(pages)
        ],
        path=path,
        warnings=warnings,
        metadata=read_front_matter(pages[0].splitlines()),
    )


def _with_markdown_headings(pages: list[str], name: str) -> list[str]:
    """`pages` with the headings of wiki, Org, setext, reStructuredText or AsciiDoc markup as Markdown's (see
    `markup`), the front matter opening the file left as it is."""
    first = pages[0].splitlines()
    dialect = markup.dialect_of(name, first)
    end = front_matter_end(first)
    rewritten: list[str] = []
    for index, page in enumerate(pages):
        lines = page.splitlines()
        marked = markup.as_markdown_headings(
            lines, dialect, skip=end + 1 if index == 0 and end is not None else 0, furniture=_is_page_furniture
        )
        rewritten.append(page if marked == lines else "\n".join(marked))
    return rewritten


def _is_page_furniture(text: str) -> bool:
    """True for a line that only numbers its page ("14", "Page 3 of 7", "3 | P a g e")."""
    return bool(_PAGE_NUMBER_LINE.match(text) or _PAGE_FOOTER.match(text))


def breaks_as_lines(page: str) -> str:
    """A page whose line breaks are all "<br>" tags (a web page's text saved as one line: "Present: …<br /><br />1.
    Apologies …<br />") with a line break at each tag; any other page as it is. A tag among real line breaks
    ("Roll Call:<br>Present: …" in a Markdown file) keeps its line one (see `_LINE_BREAK_TAG`), and so does a table
    row, whose cells may break their text with tags ("| 4 | Roads<br>Verges |") however many."""
    breaks = page.count("\n")
    if len(_LINE_BREAK_TAG.findall(page)) <= max(breaks, HTML_BODY_MIN_LINES - 1):
        return page  # too few tags in all, table rows' included: no line needs reading
    lines = page.split("\n")
    prose = [index for index, line in enumerate(lines) if _split_cells(line) is None]
    tags = sum(len(_LINE_BREAK_TAG.findall(lines[index])) for index in prose)
    if tags < HTML_BODY_MIN_LINES or tags <= breaks:
        return page
    for index in prose:
        lines[index] = _LINE_BREAK_TAG.sub("\n", lines[index])
    return "\n".join(lines)


HTML_BODY_SHARE = 0.5
"""Share of a Markdown file's text lines that open with an HTML block tag, at or above which its body is a web page."""
HTML_BODY_MIN_LINES = 3


@lru_cache(maxsize=1)
def _html_block_line() -> re.Pattern[str]:
    """A line opening with a tag the HTML reader starts a line at: "<p>", "<h3 class=…>", "<li>", "<table>", "</ul>",
    "<br/>" (its tag lists, read here when first needed, as the HTML reader imports this module)."""
    from .html import BLOCK_TAGS, CELL_TAGS, HEADING_TAGS

    tags = sorted({*BLOCK_TAGS, *CELL_TAGS, *HEADING_TAGS, "table", "thead", "tbody", "tr", "br"}, key=len, reverse=True)
    return re.compile(rf"^\s*</?(?:{'|'.join(tags)})\b[^>]*>", re.IGNORECASE)


def is_html_body(lines: list[str]) -> bool:
    """True when a Markdown or text file's body (after its front matter) is HTML markup, as sites publishing through
    Markdown often paste a page's HTML: most of its text lines open with a block tag. A Markdown file with a few tags
    among its own syntax ("<br>" in a table cell, "<!-- -->" separators) stays Markdown."""
    end = front_matter_end(lines)
    body = [line for line in lines[(end + 1 if end is not None else 0):] if line.strip()]
    block_line = _html_block_line()
    tagged = sum(1 for line in body if block_line.match(line))
    return tagged >= HTML_BODY_MIN_LINES and tagged >= HTML_BODY_SHARE * len(body)


def _parse_html_body(text: str, *, path: str, name: str, sha256: str, warnings: list[str]) -> ParsedDocument:
    """A Markdown file whose body is HTML, read as the web page it is; its front matter kept as the document's."""
    from .html import parse_html

    lines = text.splitlines()
    end = front_matter_end(lines)
    body = "\n".join(lines[(end + 1 if end is not None else 0):])
    document = parse_html(body.encode("utf-8"), path=path, name=name, sha256=sha256)
    document.metadata.update(read_front_matter(lines))
    document.warnings[:0] = warnings
    return document


# MDX (Markdown with JSX): module lines ("import Layout from '../components/layout'", "export const meta = …")
# and lines that are only a component's tag ("<Layout>", "</Layout>", "<Callout type=\"note\" />").
_MDX_MODULE = re.compile(
    r"^\s*(?:import\s.+\bfrom\s+['\"][^'\"]+['\"]|import\s+['\"][^'\"]+['\"]"
    r"|export\s+(?:default|const|let|function)\b.*);?\s*$"
)
_MDX_COMPONENT_LINE = re.compile(r"^\s*</?[A-Z][\w.]*(?:\s[^<>]*)?/?>\s*$")


def _blank_mdx_syntax(page: str) -> str:
    """An MDX page with its module lines and component-tag lines blank (the words between tags stay)."""
    lines = page.split("\n")
    return "\n".join("" if _MDX_MODULE.match(line) or _MDX_COMPONENT_LINE.match(line) else line for line in lines)


# A line opened by a bold title and a sentence after it: "**Treasurer's Report** The treasurer …",
# "2. __Finance__ Accounts were …", "- **Roads** Potholes …" (a list marker or number may come first).
_BOLD_LEAD = re.compile(
    r"^(?P<before>\s*(?:[-*+•]\s+|\d{1,3}[.)]\s+)?)(?:\*\*(?P<star>[^*\n]+?)\*\*|__(?P<under>[^_\n]+?)__)"
    r"(?P<rest>[ \t]*[^\s*_].*)$"
)


def _mark_bold_leads(pages: list[str]) -> list[str]:
    """The pages with each paragraph's bold title written with a colon, where the file is written so (see `run_in`).

    A title set bold by inline HTML the export left in the text ("<b>Road Report</b> The crew …", "<strong>…",
    a span styled bold) is a bold title as Markdown's "**" is, as the HTML reader reads it: its line is written with
    Markdown marks, which the line's cleaning would have made of it anyway."""
    leads: list[tuple[int, int, re.Match[str]]] = []
    split = [page.split("\n") for page in pages]
    for page_index, lines in enumerate(split):
        for line_index, line in enumerate(lines):
            if "<" in line and _HTML_BOLD.search(line):
                line = lines[line_index] = _HTML_BOLD.sub(_markdown_bold, line)
            match = _BOLD_LEAD.match(line)
            if match is not None and run_in.is_bold_lead(match.group("star") or match.group("under"), match.group("rest")):
                leads.append((page_index, line_index, match))
    if len(leads) < run_in.MIN_BOLD_LEADS:
        return pages
    for page_index, line_index, match in leads:
        title = match.group("star") or match.group("under")
        if run_in.needs_colon(title):
            mark = "**" if match.group("star") else "__"
            split[page_index][line_index] = f"{match.group('before')}{mark}{title}{mark}:{match.group('rest')}"
    return ["\n".join(lines) for lines in split]


# A link (or pandoc span) wrapped across lines: its "[" opens on one line and nothing closes it there;
# "](target)" or "]{.ul}" closes it on one of the next lines.
_OPEN_BRACKET = re.compile(r"(?<![!\\])\[(?=[^\[\]]*$)")
_CLOSE_LINK = re.compile(r"^(?P<words>[^\[\]]*)\](?:\([^()\s]+\)|\{[.#][\w-]+\})")
SPLIT_LINK_MAX_LINES = 3
"""Lines a wrapped link's text may run over."""


def _unwrap_split_links(lines: list[str]) -> list[str]:
    """The lines with each link wrapped across lines reduced to its words, one output line per input line."""
    out = list(lines)
    for index, line in enumerate(out):
        opening = _OPEN_BRACKET.search(line)
        if opening is None:
            continue
        for later in range(index + 1, min(index + SPLIT_LINK_MAX_LINES, len(out))):
            closing = _CLOSE_LINK.match(out[later])
            if closing is not None:
                out[index] = line[: opening.start()] + line[opening.end() :]
                out[later] = closing.group("words") + out[later][closing.end() :]
                break
            if "[" in out[later] or "]" in out[later] or not out[later].strip():
                break  # a blank line ends the paragraph; another bracket is some other markup
    return out


def clean_export_lines(lines: list[str], *, starts_file: bool, paged: bool = False) -> list[str]:
    """The lines of one page without web-export and converter artefacts, one output line per input line.

    `starts_file` says the page is the file's first, where front matter and a
    link to the original document can stand; `paged` that form feeds cut the
    file into pages, so a bare number opening or closing a page is its page
    number.
    """
    cleaned = [_clean_line(line.rstrip("\r")) for line in _blank_comment_blocks(_unwrap_split_links(lines))]
    cleaned = ["" if _PAGE_FOOTER.match(line) else line for line in cleaned]
    if paged:
        filled = [i for i, line in enumerate(cleaned) if line.strip()]
        for edge in filled[:1] + filled[-1:]:
            if _PAGE_NUMBER_LINE.match(cleaned[edge]):
                cleaned[edge] = ""
    if starts_file:
        _blank_front_matter(cleaned)
        first = next((i for i, line in enumerate(cleaned) if line.strip()), None)
        if first is not None and _LINK_ONLY.match(lines[first]):
            cleaned[first] = ""  # "[Original file](https://…)": where the copy came from
    _number_nested_lists(cleaned)
    _unwrap_split_bold(cleaned)
    for index, line in enumerate(cleaned):
        if _EQUALS_RULE.match(line) and (index == 0 or not cleaned[index - 1].strip()):
            # "===" with no title over it: a site generator's break between a post's summary and its body (Grav),
            # never a setext underline, so the dateline above does not run on into it.
            cleaned[index] = ""
            continue
        if not _THEMATIC_BREAK.match(line):
            continue
        cleaned[index] = ""
        following = index + 1
        if following < len(cleaned) and _PAGE_NUMBER_LINE.match(cleaned[following]):
            # A converter's page break: "---", then the new page's number on a line of its own.
            cleaned[following] = ""
    if starts_file and not paged:
        # A website page saved whole: its menus, breadcrumbs and footer (see `page_chrome`), judged on the raw lines.
        raw = [line.rstrip("\r") if cleaned[index].strip() else "" for index, line in enumerate(lines)]
        for index in page_chrome.chrome_lines(raw):
            cleaned[index] = ""
    return cleaned


COMMENT_MAX_LINES = 60
"""An HTML comment over several lines closes within this many lines; a "<!--" left open longer is text."""
_COMMENT_OPEN = re.compile(r"^\s*<!--(?!.*-->)")


def _blank_comment_blocks(lines: list[str]) -> list[str]:
    """`lines` with each HTML comment spread over several lines blank, one line for one ("<!---" / "Draft completed:
    2031-08-27 - Ian" / "-->": an editor's note in a site's page source, no part of the minutes); the words after the
    closing "-->" stay."""
    out = list(lines)
    index = 0
    while index < len(out):
        if not _COMMENT_OPEN.match(out[index]):
            index += 1
            continue
        close = next((at for at in range(index + 1, min(len(out), index + COMMENT_MAX_LINES)) if "-->" in out[at]), None)
        if close is None:
            index += 1
            continue
        for at in range(index, close):
            out[at] = ""
        out[close] = out[close].split("-->", 1)[1]
        index = close + 1
    return out


def _clean_line(line: str) -> str:
    if _COMMENT_LINE.match(line) or _LINK_REFERENCE.match(line) or _BLOCK_TAG_LINE.match(line):
        return ""
    line = _NBSP_ENTITY.sub(" ", line)
    line = _BULLET_CONTROL.sub("\\1\u2022", line)
    line = _CONTROL.sub("", line).translate(_GLYPH_BULLETS)
    quoted = _BLOCKQUOTE.match(line) is not None
    line = _BLOCKQUOTE.sub("", line)
    if quoted:
        line = _CALLOUT.sub("", line, count=1)
    if line.rstrip().endswith("\\"):
        line = _HARD_BREAK.sub("", line.rstrip())
    if "<" in line:
        line = _INLINE_TAG.sub("", _LINE_BREAK_TAG.sub(" ", _HTML_BOLD.sub(_markdown_bold, line)))
    line = _PANDOC_SPAN.sub(r"\1", line)
    line = _INLINE_LINK.sub(r"\1", line)
    line = _ESCAPE.sub(r"\1", line)
    if "&" in line:
        line = _ENTITY.sub(lambda match: html.unescape(match.group(0)), line)
    return _SPLIT_BOLD.sub(r"\1", line)


# Bold wrapped across lines by a converter that breaks lines at a fixed width ("b) **Footpath consultation on the changes to the"
# / "bridleway**"): a "**" that opens on one line (a word straight after it) and a "**" that closes on a later line
# of the same paragraph (a word straight before it), each the one left over once the line's own pairs are matched.
_OPEN_MARK = re.compile(r"\*\*(?=[^\s*])")
_CLOSE_MARK = re.compile(r"(?<=[^\s*])\*\*")
_MARK_PAIRS = re.compile(r"\*\*[^*]*?\S\*\*")
SPLIT_BOLD_MAX_LINES = 12
"""Lines a bold run wrapped across lines may cover, its paragraph's blank line ending it sooner."""


def _unwrap_split_bold(lines: list[str]) -> None:
    """Drop the marks of each bold run wrapped across lines, so no "**" is left in the text, as the HTML, Word and PDF
    readers leave none: its words stay on their lines, one output line per input line. Marks paired on their own
    line are left to the line's reader (`strip_emphasis`); a lone "**" with spaces on both sides (a footnote mark) or
    none closing it within the paragraph is left as it stands."""
    for index, line in enumerate(lines):
        if line.count("**") % 2 == 0 or _split_cells(line) is not None:
            continue
        opening = _last_unpaired(line, _OPEN_MARK)
        if opening is None:
            continue
        for later in range(index + 1, min(index + SPLIT_BOLD_MAX_LINES, len(lines))):
            other = lines[later]
            if not other.strip() or _split_cells(other) is not None:
                break  # a blank line ends the paragraph; a table row is no part of it
            if other.count("**") % 2 == 0:
                continue
            closing = _CLOSE_MARK.search(other)
            first_pair = next((pair.start() for pair in _MARK_PAIRS.finditer(other)), len(other))
            if closing is not None and closing.start() <= first_pair:
                lines[index] = line[:opening] + line[opening + 2 :]
                lines[later] = other[: closing.start()] + other[closing.end() :]
            break


def _last_unpaired(line: str, mark: re.Pattern[str]) -> int | None:
    """Where the "**" left over once `line`'s own pairs are matched stands, when `mark` says it opens a run."""
    rest = _MARK_PAIRS.sub(lambda match: " " * len(match.group(0)), line)
    found = list(mark.finditer(rest))
    return found[-1].start() if found else None


def _markdown_bold(match: re.Match[str]) -> str:
    """An HTML bold run as Markdown bold, the spaces inside its tags kept outside the marks."""
    inner = match.group("inner") if match.group("inner") is not None else match.group("spanned")
    if not inner.strip():
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    return f"{lead}**{inner.strip()}**{trail}"


def _number_nested_lists(lines: list[str]) -> None:
    """Give a nested Markdown ordered-list line its parent's number: "3. Matters" then "   1. Vacancy" → "3.1. Vacancy".

    Indentation is lost once lines are read, and with it which list a "1." belongs to.
    """
    parents: list[tuple[int, str]] = []
    for index, line in enumerate(lines):
        match = _ORDERED_ITEM.match(line)
        if match is None:
            if line.strip() and not line.startswith(" "):
                parents = []  # an unindented paragraph ends the list
            continue
        indent = len(match.group("indent"))
        while parents and parents[-1][0] + NESTED_LIST_INDENT > indent:
            parents.pop()
        number = match.group("number")
        if parents:
            number = f"{parents[-1][1]}.{number}"
            lines[index] = f"{match.group('indent')}{number}.{match.group('rest')}"
        parents.append((indent, number))


def front_matter_end(lines: list[str]) -> int | None:
    """The index of the last line of the front matter opening `lines`, else None.

    Three forms: YAML between "---" fences, Hugo's TOML between "+++" fences,
    and a post's header without fences ("Title: …", "Category: …" lines up to
    the first blank line). Blank lines before a fence-less header are skipped.
    """
    if not lines:
        return None
    fence, key, entry = (_FENCE, _FRONT_MATTER_KEY, _FRONT_MATTER_LINE)
    if _TOML_FENCE.match(lines[0].rstrip("\r")):
        fence, key, entry = (_TOML_FENCE, _TOML_KEY, _TOML_LINE)
    elif not _FENCE.match(lines[0].rstrip("\r")):
        return _site_header_end(lines)
    for index in range(1, min(len(lines), FRONT_MATTER_MAX_LINES)):
        line = lines[index].rstrip("\r")
        if fence.match(line):
            return index if any(key.match(other.rstrip("\r")) for other in lines[1:index]) else None
        if not entry.match(line):
            return None
    return None


def _site_header_end(lines: list[str]) -> int | None:
    """The index of the last "Key: value" line of a post's header without fences opening `lines`, else None."""
    keys: set[str] = set()
    end = None
    for index, line in enumerate(lines):
        if not line.strip():
            if keys:
                break
            continue
        match = _SITE_KEY.match(line)
        if match is None or match.group("key").lower() not in _SITE_KEYS or index >= FRONT_MATTER_MAX_LINES:
            if _is_site_header(keys):
                break  # the page's text straight under its header, no blank line between ("<!-- … -->")
            return None
        keys.add(match.group("key").lower())
        end = index
    return end if _is_site_header(keys) else None


def _is_site_header(keys: set[str]) -> bool:
    """Whether the keys read make a post's header: its title and a key only site generators write ("slug")."""
    return "title" in keys and bool(keys & _SITE_ONLY_KEYS)


def _blank_front_matter(lines: list[str]) -> None:
    """Blank a front matter block ("---", "key: value" lines, "---"; or TOML between "+++") at the very start."""
    end = front_matter_end(lines)
    if end is not None:
        lines[: end + 1] = [""] * (end + 1)


def read_front_matter(lines: list[str]) -> dict[str, str]:
    """The top-level "key: value" pairs of the front matter opening `lines`, keys lower-case, values without quotes.

    A site generator's page says there what it is called and when it was
    posted ("title: Minutes (May, 2031)", "date: 2031-05-19"); the block itself
    is blanked from the text, so this is where its values are kept. Keys whose
    value is a nested list or mapping are left out.
    """
    end = front_matter_end(lines)
    if end is None:
        return {}
    toml = bool(_TOML_FENCE.match(lines[0].rstrip("\r")))
    fields: dict[str, str] = {}
    for line in lines[: end + 1]:
        text = line.rstrip("\r")
        if toml and _TOML_KEY.match(text):
            key, _, value = text.partition("=")
        elif not toml and (_FRONT_MATTER_KEY.match(text) or _SITE_KEY.match(text)):
            key, _, value = text.partition(":")
        else:
            continue
        value = value.strip().strip("\"'").strip()
        if value and not value.startswith(("[", "{")):  # a list or table ("tags = []") names nothing
            fields.setdefault(key.strip().lower(), value)
    return fields


# Text exported from a PDF with its layout kept (as `pdftotext -layout` writes it): what the page printed in columns
# stands apart by runs of spaces ("COUNCIL MEMBERS PRESENT:        Ann Lee", "… the Clerk will write.        CLERK").
_LAYOUT_GAP = re.compile(r"(?<=\S) {3,}(?=\S)")
_LAYOUT_RUN = re.compile(r"\S+(?: {1,2}\S+)*")
MIN_LAYOUT_LINES = 3
"""Lines with a gap of three spaces or more inside them that make a file one that keeps its printed layout..."""
LAYOUT_LINE_SHARE = 0.05
"""...and the share of its lines with text they must be at least."""
TEXT_CHAR_POINTS = 6.0
"""The width given to one character of such a file in the spans of its lines (a monospaced 10-point character)."""


def keeps_layout(pages: Sequence[str]) -> bool:
    """True when a text file keeps its printed layout in spaces: columns a run of spaces apart on enough lines."""
    pages_lines = [page.splitlines() for page in pages]
    if sum(1 for raw in pages_lines for line in raw if _LAYOUT_GAP.search(line)) < MIN_LAYOUT_LINES:
        return False  # most files: too few gaps to look further, no tables read twice
    # Table rows (pipes, tabs, a Markdown or pandoc table padded with spaces) are read as tables whatever the layout.
    lines: list[str] = []
    for raw in pages_lines:
        tables = pandoc_tables(raw)
        lines += [line for index, line in enumerate(raw) if line.strip() and index not in tables and _split_cells(line) is None]
    gapped = sum(1 for line in lines if _LAYOUT_GAP.search(line) and not _GRID_BORDER.match(line))
    return gapped >= MIN_LAYOUT_LINES and gapped >= LAYOUT_LINE_SHARE * len(lines)


def _with_layout(row: RowSpec, raw: str) -> RowSpec:
    """A plain line of a file that keeps its layout, as a PDF line reads: its runs a column apart joined by the
    column separator, and where each is printed (`Line.spans`), one character `TEXT_CHAR_POINTS` wide."""
    runs = [(found.start(), found.group()) for found in _LAYOUT_RUN.finditer(raw.expandtabs())]
    if not runs or row.heading is not None or row.bold:
        return row
    spans = tuple(
        Span(x0=start * TEXT_CHAR_POINTS, x1=(start + len(run)) * TEXT_CHAR_POINTS, text=strip_emphasis(run))
        for start, run in runs
    )
    if len(spans) == 1:
        return replace(row, spans=spans)
    return replace(row, text=layout.COLUMN_SEPARATOR.join(span.text for span in spans), spans=spans)


def read_text_rows(text: str, *, page_index: int = 0, paged: bool = False, columns: bool = False) -> list[RowSpec]:
    """Row specs for one page of text or Markdown (`paged` when the file has several pages; `columns` when the file
    keeps its printed layout in spaces, see `keeps_layout`)."""
    rows: list[RowSpec] = []
    table_rows: Counter[object] = Counter()  # rows read so far of each table, by key
    table_no = 0
    in_table = False
    raw_lines = text.splitlines()
    pandoc = pandoc_tables(raw_lines)
    for index, raw in enumerate(clean_export_lines(raw_lines, starts_file=page_index == 0, paged=paged)):
        if index in pandoc:
            first, cells_or_none = pandoc[index]
            if first:
                table_no += 1
            in_table = False
            if cells_or_none is None:
                rows.append(RowSpec(text=""))
            else:
                rows.append(RowSpec(
                    text=_SPACES.sub(" ", " ".join(cell for cell in cells_or_none if cell)),
                    cells=cells_or_none,
                    table_key=(page_index, table_no),
                ))
                table_rows[(page_index, table_no)] += 1
            continue
        # "1.<TAB>Apologies: …": a word processor's numbered paragraph, its number set off by a tab, is no table row.
        raw = _NUMBER_THEN_TAB.sub(r"\g<number> ", raw, count=1) if "\t" in raw else raw
        cells = _split_cells(raw)
        if cells is not None:
            if _SEPARATOR_ROW.match(raw):
                if rows:  # no line of its own, but still a line of the file
                    header = rows[-1]
                    if header.cells is not None and table_rows[header.table_key] > 1:
                        # A header row over its separator starts a table of its own, even right after another table.
                        table_no += 1
                        table_rows[header.table_key] -= 1
                        header = replace(header, table_key=(page_index, table_no))
                        table_rows[header.table_key] = 1
                    rows[-1] = replace(header, skipped=header.skipped + 1)
                continue
            if not in_table:
                table_no += 1
                in_table = True
            rows.append(RowSpec(
                text=_SPACES.sub(" ", " ".join(cell for cell in cells if cell)),
                cells=cells,
                table_key=(page_index, table_no),
            ))
            table_rows[(page_index, table_no)] += 1
            continue
        stripped = raw.strip()
        if stripped:
            in_table = False
        row = _read_plain_line(stripped)
        rows.append(_with_layout(row, raw) if columns and stripped else row)
    return rows


_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_GRID_LINE = re.compile(r"^\s*\|.*\|\s*$")
_DASH_RULE = re.compile(r"^\s*-{3,}(?:[ ]+-{3,})+\s*$")
_DASH_BORDER = re.compile(r"^\s*-{3,}\s*$")

PandocLine = tuple[bool, "tuple[str, ...] | None"]
"""Whether the line opens its table, and its cells (None for a border, rule or continuation line, read blank)."""


def pandoc_tables(lines: list[str]) -> dict[int, PandocLine]:
    """The lines of pandoc grid, simple and multiline tables among `lines`, by index."""
    found: dict[int, PandocLine] = {}
    index = 0
    while index < len(lines):
        table = _grid_table(lines, index) or _dash_table(lines, index)
        if table is None:
            index += 1
            continue
        start = min(table)
        for line_index in sorted(table):
            found[line_index] = (line_index == start, table[line_index])
        index = max(table) + 1
    return found


def _grid_table(lines: list[str], start: int) -> dict[int, tuple[str, ...] | None] | None:
    """A grid table opening at `start` ("+---+---+", "| a | b |" lines, "+===+" header rule), else None."""
    if not _GRID_BORDER.match(lines[start]):
        return None
    end = start + 1
    while end < len(lines) and (_GRID_BORDER.match(lines[end]) or _GRID_LINE.match(lines[end])):
        end += 1
    last = max(i for i in range(start, end) if _GRID_BORDER.match(lines[i]))
    if last == start:
        return None
    columns = lines[start].strip().count("+") - 1
    table: dict[int, tuple[str, ...] | None] = {}
    row_lines: list[int] = []
    for index in range(start, last + 1):
        if _GRID_BORDER.match(lines[index]):
            _close_row(table, row_lines, [_grid_cells(lines[i], columns) for i in row_lines])
            row_lines = []
            table[index] = None
        else:
            row_lines.append(index)
    return table


def _grid_cells(line: str, columns: int) -> list[str]:
    parts = line.strip()[1:-1].split("|")
    if len(parts) != columns:  # a "|" inside a cell: keep the line whole in the first cell
        parts = ["|".join(parts)] + [""] * (columns - 1)
    return parts


def _close_row(table: dict[int, tuple[str, ...] | None], row_lines: list[int], parts: list[Sequence[str]]) -> None:
    """Join a row's lines cell by cell onto its first line, the other lines blank."""
    if not row_lines:
        return
    columns = max(len(line_parts) for line_parts in parts)
    joined = tuple(
        _SPACES.sub(" ", " ".join(
            _clean_line(line_parts[column]).strip() for line_parts in parts if column < len(line_parts)
        )).strip()
        for column in range(columns)
    )
    table[row_lines[0]] = joined if any(joined) else None
    for index in row_lines[1:]:
        table[index] = None


def _dash_table(lines: list[str], start: int) -> dict[int, tuple[str, ...] | None] | None:
    """A simple or multiline table opening at `start`, else None.

    Three openings: a header line over a rule of dash runs ("Item   Cost" /
    "------ ------"), a single dash border over header lines and their rule
    (a multiline table, closed by another dash border, its rows parted by
    blank lines), or a rule of dash runs with no header (closed by another).
    The line before the opening is blank.
    """
    if start > 0 and lines[start - 1].strip():
        return None
    line = lines[start]
    if _DASH_BORDER.match(line):
        rule = next((i for i in range(start + 1, min(start + 8, len(lines))) if not lines[i].strip()
                     or _DASH_RULE.match(lines[i])), None)
        if rule is None or not _DASH_RULE.match(lines[rule]) or rule == start + 1:
            return None
        close = _closing_border(lines, rule + 1)
        if close is None:
            return None
        table: dict[int, tuple[str, ...] | None] = {start: None, rule: None, close: None}
        spans = _dash_spans(lines[rule])
        header = list(range(start + 1, rule))
        _close_row(table, header, [_aligned_cells(lines[i], spans) for i in header])
        group: list[int] = []
        for index in range(rule + 1, close + 1):
            if index == close or not lines[index].strip():
                _close_row(table, group, [_aligned_cells(lines[i], spans) for i in group])
                group = []
                if index != close:
                    table[index] = None
            else:
                group.append(index)
        return table
    if _DASH_RULE.match(line):  # headerless: a rule, rows, a closing rule
        close = _closing_border(lines, start + 1)
        if close is None or close == start + 1:
            return None
        spans = _dash_spans(line)
        table = {start: None, close: None}
        for index in range(start + 1, close):
            table[index] = _aligned_cells(lines[index], spans) if lines[index].strip() else None
        return table
    if not line.strip() or start + 1 >= len(lines) or not _DASH_RULE.match(lines[start + 1]):
        return None
    if len(_CELL_GAP_RUNS.findall(line)) < 2:  # "Minutes of the meeting" over "--- ---": a header names columns
        return None
    spans = _dash_spans(lines[start + 1])
    table = {start: _aligned_cells(line, spans), start + 1: None}
    index = start + 2
    while index < len(lines) and lines[index].strip():
        table[index] = None if _DASH_RULE.match(lines[index]) else _aligned_cells(lines[index], spans)
        index += 1
    return table if index > start + 2 else None


def _closing_border(lines: list[str], start: int) -> int | None:
    for index in range(start, len(lines)):
        if _DASH_BORDER.match(lines[index]) or _DASH_RULE.match(lines[index]):
            return index
        if _GRID_BORDER.match(lines[index]) or lines[index].lstrip().startswith("#"):
            return None
    return None


def _dash_spans(rule: str) -> list[int]:
    """Where each column of a dash rule starts."""
    return [match.start() for match in re.finditer(r"-+", rule)]


def _aligned_cells(line: str, starts: list[int]) -> tuple[str, ...]:
    """A line of a space-aligned table cut into cells under the rule's columns.

    Words parted by two or more spaces are separate pieces; as many pieces as
    columns fill them in order (a link's markup can push a piece past its
    column), else each piece goes to the column it starts in.
    """
    pieces = [(match.start(), match.group()) for match in _CELL_GAP_RUNS.finditer(line)]
    cells = [""] * len(starts)
    if len(pieces) == len(starts):
        return tuple(_clean_line(text).strip() for _, text in pieces)
    for position, text in pieces:
        column = max((i for i, start in enumerate(starts) if start <= position), default=0)
        cells[column] = f"{cells[column]} {text}".strip()
    return tuple(_clean_line(cell).strip() for cell in cells)


_CELL_GAP_RUNS = re.compile(r"\S+(?:[ ]\S+)*")


# A list number alone before the line's one tab: "1.<TAB>Minutes", "4.2<TAB>Finance", "(b)<TAB>Grants", and with
# a space typed before the tab: "41. <TAB>Accounts".
_NUMBER_THEN_TAB = re.compile(
    r"^(?P<number>[ \t]*(?:\d{1,4}(?:\.\d{1,3})*[.)]?|[a-z][.)]|\([a-z]\)|\(?[ivx]{1,5}[.)]))[ ]*\t+(?=[^\t]*\S[^\t]*$)"
)


def _split_cells(raw: str) -> tuple[str, ...] | None:
    """Cells of a TAB-separated or pipe-separated line, or None for an ordinary line.

    As in `make_document`, a line with " | " splits at every pipe, keeping
    empty cells (so "No. | Item |" ends with an empty cell); a Markdown row
    that opens with a pipe ("| a | b |") loses the empty cells outside its
    outer pipes.
    """
    if "\t" in raw and raw.strip():
        cells = tuple(cell.strip() for cell in raw.split("\t"))
        if re.fullmatch(r"#{1,6}", cells[0]) and sum(1 for cell in cells[1:] if cell) == 1:
            return None  # "##<TAB>Harbour repairs": a Markdown heading with a tab after its marks, not a row
        return cells
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return tuple(part.strip() for part in stripped.strip("|").split("|"))
    if " | " in raw:
        return tuple(part.strip() for part in raw.split("|"))
    return None


def _read_plain_line(stripped: str) -> RowSpec:
    heading = None
    if stripped.startswith("#"):
        hashes = len(stripped) - len(stripped.lstrip("#"))
        rest = stripped[hashes:]
        if rest[:1] in (" ", "\t", "") or hashes > 1:
            heading = min(hashes, MAX_HEADING_LEVEL)
            stripped = rest.strip()
    bold = False
    if len(stripped) > 4 and (
        (stripped.startswith("**") and stripped.endswith("**"))
        or (stripped.startswith("__") and stripped.endswith("__"))
    ):
        bold = True
        stripped = stripped[2:-2].strip()
    return RowSpec(text=strip_emphasis(stripped), heading=heading, bold=bold)


def strip_emphasis(text: str) -> str:
    """Text without Markdown emphasis markers or inline <i>/<b>-style tags."""
    text = _INLINE_TAG.sub("", text)
    text = _EMPTY_EMPHASIS.sub("", text)  # "Those Attending****:****": bold markers around nothing
    text = _BOLD_MARKS.sub(lambda m: m.group(1) or m.group(2), text)
    text = _ITALIC_MARKS.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip()
