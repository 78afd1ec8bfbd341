"""Web pages whose markup names the main content: only it is read, so widgets around the minutes give no items."""

from __future__ import annotations

from pathlib import Path

import pytest

from minutebook.extract.items import extract_items
from minutebook.ingest import parse_file

_MINUTES = (
    "<h1>Minutes 3 March 2031</h1>"
    "<p>Minutes of the meeting of Ashwell Marsh Parish Council held on 3 March 2031 at the Reading Room.</p>"
    "<p>Present: Cllr A Moss (Chair), Cllr B Reed, Mrs C Dane (Clerk)</p>"
    "<h3>Apologies</h3><p>Apologies were received from Cllr Ford.</p>"
    "<h3>Minutes of the last meeting</h3><p>The minutes of 3 February were approved and signed.</p>"
    "<h3>Planning</h3><p>No objection was raised to the extension at Orchard House.</p>"
    "<h3>Finance</h3><p>The payments in the schedule were approved.</p>"
    '<div class="share-buttons"><h3>Share this:</h3><a href="/a">Email</a> <a href="/b">Print</a> <a href="/c">Facebook</a> <a href="/d">Bluesky</a></div>'
)
_WIDGETS = (
    '<div class="widget-area"><section><h2>Local Weather</h2><p>Light rain, 9°C</p></section>'
    "<section><h2>Upcoming Meetings</h2><p>Full Council, 7 April 2031</p></section>"
    "<section><h2>Contact the Clerk</h2><p>Telephone the Clerk on 01632 960000.</p></section></div>"
)
_ITEMS = ["Apologies", "Minutes of the last meeting", "Planning", "Finance"]


def _titles(tmp_path: Path, html: str) -> list[str]:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return [item.title for item in extract_items(parse_file(path))]


@pytest.mark.parametrize(
    "wrapped",
    [
        f"<main>{_MINUTES}</main>",
        f'<div role="main" class="content">{_MINUTES}</div>',
        f"<div><article>{_MINUTES}</article></div>",
    ],
)
@pytest.mark.parametrize("widgets_first", [True, False])
def test_only_the_main_content_is_read(tmp_path: Path, wrapped: str, widgets_first: bool) -> None:
    body = _WIDGETS + wrapped if widgets_first else wrapped + _WIDGETS
    assert _titles(tmp_path, f"<html><body>{body}<div class='site-info'><h3>Useful Links</h3></div></body></html>") == _ITEMS


def test_several_articles_leave_the_page_whole(tmp_path: Path) -> None:
    html = f"<html><body><article>{_MINUTES}</article><article><h3>Village Show</h3><p>It was a fine day out.</p></article></body></html>"
    assert "Village Show" in [line.text for line in parse_file(_write(tmp_path, html)).lines]


def test_a_small_main_leaves_the_page_whole(tmp_path: Path) -> None:
    html = f"<html><body><main><p>Skip to the minutes below.</p></main><div>{_MINUTES}</div></body></html>"
    texts = [line.text for line in parse_file(_write(tmp_path, html)).lines]
    assert "Skip to the minutes below." in texts and "Finance" in texts


def _write(tmp_path: Path, html: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    return path


_SECTIONS = (
    "<h1>Village of Ash Prairie</h1><p>Board meeting minutes, June 2, 2031</p>"
    "<h2>CALL TO ORDER</h2><p>President Lou Marsh called the meeting to order at 7:00 p.m.</p>"
    "<h2>CONSENT AGENDA</h2><ol type='A'><li>Minutes of May 5, 2031</li><li>Payment of bills</li></ol>"
    "<p>Motion by Marsh, second by Pell to approve the consent agenda. Motion carried.</p>"
    "<h2>NEW BUSINESS</h2><ol><li>Culvert on Pine Lane<p>The engineer will visit next week.</p></li>"
    "<li>Hall roof repair<p>Two bids were received.</p></li></ol>"
    "<h2>ADJOURNMENT</h2><p>The meeting adjourned at 8:00 p.m.</p>"
)


@pytest.mark.parametrize("wrap", ["{}", "<main>{}</main>"])
def test_numbered_lists_of_titles_under_headings_keep_their_numbers(tmp_path: Path, wrap: str) -> None:
    path = _write(tmp_path, f"<html><body>{wrap.format(_SECTIONS)}</body></html>")
    assert [(item.number, item.title) for item in extract_items(parse_file(path))] == [
        (None, "CALL TO ORDER"),
        (None, "CONSENT AGENDA"),
        ("A", "Minutes of May 5, 2031"),
        ("B", "Payment of bills"),
        (None, "NEW BUSINESS"),
        ("1", "Culvert on Pine Lane"),
        ("2", "Hall roof repair"),
        (None, "ADJOURNMENT"),
    ]


def test_a_list_after_a_sentence_or_of_sentences_keeps_no_numbers(tmp_path: Path) -> None:
    html = (
        "<h2>Finance</h2><p>The following payments were approved:</p><ol><li>Mowing contract</li><li>Clerk salary</li></ol>"
        "<h2>Decisions</h2><ol><li>The fence will be repaired.</li><li>The hall fees stay the same.</li></ol>"
    )
    texts = [line.text for line in parse_file(_write(tmp_path, f"<html><body>{html}</body></html>")).lines]
    assert "Mowing contract" in texts and "The fence will be repaired." in texts
