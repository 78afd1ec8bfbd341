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
