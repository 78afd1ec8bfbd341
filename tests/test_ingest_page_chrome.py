"""Website pages saved as Markdown or text: menus, breadcrumbs and footers around the minutes give no items.

Every page here is invented.
"""

from __future__ import annotations

from pathlib import Path

from minutebook.extract.attendance import extract_attendees
from minutebook.extract.items import extract_items
from minutebook.ingest import page_chrome, parse_file

_MINUTES = """\
# Board of Aldermen Minutes

Regular meeting held March 4, 2031 at 7:00 p.m. in the Town Hall.

Present: Chair Ann Vale, Aldermen Tom Lee and Rosa Hart

## 1. Call to Order

The Chair called the meeting to order at 7:00 p.m.

## 2. Approval of Minutes

The minutes of February 4, 2031 were approved.

## 3. Grader Lease

Alderman Lee moved to renew the grader lease. Motion carried.

## 4. Adjournment

The meeting adjourned at 8:10 p.m.
"""
_ITEMS = [("1", "Call to Order"), ("2", "Approval of Minutes"), ("3", "Grader Lease"), ("4", "Adjournment")]

_TOWN_HEAD = """\
[Skip to main content](#main)

This site uses cookies to improve your visit.

![Town of Elmbrook](https://elmbrook.example/logo.png)

- [Residents](https://elmbrook.example/residents)
- Departments »
  - [Police](https://elmbrook.example/police)
  - [Fire](https://elmbrook.example/fire)
  - [Highway](https://elmbrook.example/highway)
- ## About
- [History](https://elmbrook.example/history)

#### Apply

- [Permits](https://elmbrook.example/permits)
- [Jobs](https://elmbrook.example/jobs)

#### Find

- [Maps](https://elmbrook.example/maps)

## You are here

1. [Home](https://elmbrook.example/) ››
2. [Government](https://elmbrook.example/gov) ››
3. Minutes

"""
_TOWN_FOOT = """\

## Contact Info

Town Hall
12 Mill Street, Elmbrook
(555) 010-2000

#### Key Contacts

- [Town Clerk](https://elmbrook.example/clerk)
- [Assessor](https://elmbrook.example/assessor)

[Facebook](https://facebook.example/elmbrook) [Twitter](https://twitter.example/elmbrook)

© 2031 Town of Elmbrook. All rights reserved.
"""

_BLOG_HEAD = """\
[Riverside Village Council](https://riverside.example/)

[Home](https://riverside.example/) | [News](https://riverside.example/news) | [Minutes](https://riverside.example/minutes) | [Contact](https://riverside.example/contact)

"""
_BLOG_MINUTES = """\
Minutes of the Village Council meeting, 4 March 2031

Present: Cllr Ann Vale (Chair), Cllr Tom Lee, Cllr Rosa Hart

1. Apologies

None were received.

2. Grader Lease

It was resolved to renew the grader lease.
"""
_BLOG_FOOT = """\

Share this:

- [Facebook](https://riverside.example/share/fb)
- [Email](mailto:?subject=minutes)

### Recent Posts

- [February minutes](https://riverside.example/2031/02/minutes)
- [January minutes](https://riverside.example/2031/01/minutes)

### Categories

- [Minutes](https://riverside.example/category/minutes)
- [News](https://riverside.example/category/news)

Powered by a blog platform
"""


def _read(tmp_path: Path, text: str, nlp: object = None) -> tuple[list[str], list[tuple[str | None, str]], list[str]]:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    document = parse_file(path)
    lines = [line.text for line in document.lines if line.text.strip()]
    items = [(item.number, item.title) for item in extract_items(document)]
    people = [person.surname for person in extract_attendees(document, nlp=nlp)] if nlp is not None else []
    return lines, items, people


def test_a_town_page_keeps_only_its_minutes(tmp_path: Path, nlp) -> None:
    lines, items, people = _read(tmp_path, _TOWN_HEAD + _MINUTES + _TOWN_FOOT, nlp)
    plain, plain_items, plain_people = _read(tmp_path, _MINUTES, nlp)
    assert lines == plain
    assert items == plain_items == _ITEMS
    assert people == plain_people == ["Vale", "Lee", "Hart"]


def test_a_blog_page_loses_its_menus_and_share_footer(tmp_path: Path, nlp) -> None:
    lines, items, people = _read(tmp_path, _BLOG_HEAD + _BLOG_MINUTES + _BLOG_FOOT, nlp)
    plain, plain_items, _ = _read(tmp_path, _BLOG_MINUTES)
    assert lines == plain
    assert items == plain_items == [("1", "Apologies"), ("2", "Grader Lease")]
    assert people == ["Vale", "Lee", "Hart"]
    assert not {"Share this:", "Recent Posts", "Categories", "February minutes"} & set(lines)


def test_links_to_reports_inside_an_item_stay(tmp_path: Path) -> None:
    text = _MINUTES.replace(
        "## 4. Adjournment",
        "Reports received:\n\n- [Treasurer's report](https://x.example/t.pdf)\n"
        "- [Highway report](https://x.example/h.pdf)\n- [Planning report](https://x.example/p.pdf)\n\n## 4. Adjournment",
    )
    lines, items, _ = _read(tmp_path, text)
    assert {"- Treasurer's report", "- Highway report", "- Planning report"} <= set(lines)
    assert items == _ITEMS


def test_reports_listed_at_the_end_stay(tmp_path: Path) -> None:
    text = _BLOG_MINUTES + "\n3. Reports\n\n- [Treasurer's report](https://x.example/t.pdf)\n- [Highway report](https://x.example/h.pdf)\n"
    lines, _, _ = _read(tmp_path, text)
    assert {"- Treasurer's report", "- Highway report"} <= set(lines)


def test_an_agendas_numbered_items_with_links_stay(tmp_path: Path) -> None:
    text = (
        "Agenda of the Planning Board, 9 April 2031\n\n"
        "1. [Call to Order](https://x.example/1)\n2. [Approval of Minutes](https://x.example/2.pdf)\n"
        "3. [Site Plan, 4 Oak Lane](https://x.example/3.pdf)\n4. [Adjournment](https://x.example/4)\n\n"
        "Present: Chair Ann Vale\n"
    )
    lines, items, _ = _read(tmp_path, text)
    plain = "\n".join(line.split("](")[0].replace("[", "") for line in text.split("\n"))
    assert (lines, items) == _read(tmp_path, plain)[:2]
    assert "2. Approval of Minutes" in lines


def test_a_page_without_chrome_signs_is_untouched() -> None:
    lines = ["Minutes", "", "[Agenda](https://x.example/a.pdf)", "", "Present: Ann Vale", "", "1. Apologies", "Contact"]
    assert page_chrome.chrome_lines(lines) == set()


def test_link_lines() -> None:
    assert page_chrome.is_link_line("- [Police](https://x.example/police)")
    assert page_chrome.is_link_line("[Home](/) | [News](/news)")
    assert page_chrome.is_link_line("1. [Home](https://x.example/) ››")
    assert not page_chrome.is_link_line("2. [Approval of Minutes](https://x.example/2.pdf)")
    assert not page_chrome.is_link_line("See the [report](https://x.example/r.pdf) for details.")


def test_attendance_below_a_long_blanked_menu_is_read(tmp_path, nlp):
    # A page whose menus run to 150 lines before the minutes: the blanked menu does not use up the lines the
    # attendance readers look through.
    from minutebook.extract.attendance import extract_attendees
    from minutebook.ingest import parse_file

    menu = "\n".join(f"- [Department {n}](https://www.example.org/dept-{n})\n" for n in range(75))
    page = (f"Skip to main content\n\n{menu}\n# Board of Selectmen Minutes\n\nMonday, June 8, 2031\n\n"
            "**Present:** Chairman Ada Quill, Selectman Tom Reyes, Town Manager Andrea Barr\n\n"
            "**Pledge of Allegiance**\n\n**Old Business**\n\nThe board discussed the mill.\n")
    path = tmp_path / "selectmen-2031-06-08.md"
    path.write_text(page, encoding="utf-8")
    assert [a.surname for a in extract_attendees(parse_file(path), nlp=nlp)] == ["Quill", "Reyes", "Barr"]
