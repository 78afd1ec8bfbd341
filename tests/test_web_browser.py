"""`minutebook serve` in a real headless Chromium: the pages an analyst uses, and what they show.

Needs Chromium and its driver (Debian: `apt-get install chromium chromium-driver`,
which `.ci/run` does) and selenium; skips without them. The screenshot of the
actions-by-owner page is kept in $MINUTEBOOK_ARTEFACTS when set (CI sets it),
else in the test's temporary folder.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser

REQUIRED = os.environ.get("MINUTEBOOK_REQUIRE_BROWSER") == "1"
"""Set by .ci/run, which installs the browser: then a missing one is a failure, not a skip."""

if not REQUIRED:
    pytest.importorskip("datasette")
    pytest.importorskip("selenium.webdriver")
from selenium import webdriver

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait
from webfixtures import build_sample_database

CHROMIUM = next(filter(None, (shutil.which(name) for name in ("chromium", "chromium-browser", "google-chrome"))), None)
CHROMEDRIVER = shutil.which("chromedriver")
if (CHROMIUM is None or CHROMEDRIVER is None) and not REQUIRED:
    pytest.skip("needs chromium and chromedriver (apt-get install chromium chromium-driver)", allow_module_level=True)

DB = "minutes"
SERVER_START_SECONDS = 60
PAGE_WAIT_SECONDS = 20
# Without these Chromium waits on the network this machine does not have, or on a GPU.
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1280,1000",
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sample_database(tmp_path_factory.mktemp("browser"))


@pytest.fixture(scope="module")
def server(sample_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`minutebook serve` on a free loopback port; yields its base URL."""
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("w") as output:
        process = subprocess.Popen(
            [sys.executable, "-m", "minutebook.cli", "--db", str(sample_db), "serve", "--port", str(port)],
            stdout=output, stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + SERVER_START_SECONDS
        while True:
            try:
                with urllib.request.urlopen(f"{base}/-/versions.json", timeout=2):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"minutebook serve did not start:\n{log.read_text()}")
                time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    from selenium.webdriver.chrome.service import Service

    assert CHROMIUM and CHROMEDRIVER, "MINUTEBOOK_REQUIRE_BROWSER is set but chromium or chromedriver is missing"
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(PAGE_WAIT_SECONDS * 2)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def artefacts(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MINUTEBOOK_ARTEFACTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _open(browser, url: str) -> None:
    browser.get(url)
    WebDriverWait(browser, PAGE_WAIT_SECONDS).until(
        lambda driver: driver.execute_script("return document.readyState") == "complete"
    )


def _column(browser, name: str) -> list[str]:
    return [cell.text for cell in browser.find_elements(By.CSS_SELECTOR, f"table.rows-and-columns td.col-{name}")]


def test_home_lists_the_questions(browser, server):
    _open(browser, f"{server}/{DB}")
    text = browser.find_element(By.TAG_NAME, "body").text
    for title in ("Actions by owner", "A person's record over time", "Resolutions by topic", "Overdue actions"):
        assert title in text
    assert "minutebook_info" not in text  # internal tables hidden


def test_actions_by_owner_form(browser, server, sample_db, artefacts):
    from minutebook.store import Store
    from minutebook.store.queries import list_actions

    _open(browser, f"{server}/{DB}/actions_by_owner")
    field = browser.find_element(By.CSS_SELECTOR, "input[name=owner]")
    field.clear()
    field.send_keys("Ms Waller")
    field.submit()
    WebDriverWait(browser, PAGE_WAIT_SECONDS).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "table.rows-and-columns td.col-owner"))
    )
    assert "owner=Ms+Waller" in browser.current_url
    with Store(str(sample_db)) as store:
        expected = list_actions(store, owner="Ms Waller")
    owners = _column(browser, "owner")
    assert owners == ["Kirsty Waller"] * len(expected.rows)
    assert _column(browser, "text") == [row.text for row in expected.rows]
    browser.save_screenshot(str(artefacts / "actions-by-owner.png"))
    assert (artefacts / "actions-by-owner.png").stat().st_size > 10_000


def test_document_link_opens_the_page(browser, server, sample_db):
    _open(browser, f"{server}/{DB}/actions_by_owner?owner=KW")
    links = browser.find_elements(By.CSS_SELECTOR, "td.col-file a.minutebook-document")
    pages = _column(browser, "page")
    assert links and len(links) == len(pages)
    link = links[-1]
    href = link.get_attribute("href")
    assert href.endswith(f"fernbridge-csp-2018-06-07.pdf#page={pages[-1]}")
    assert link.text == f"fernbridge-csp-2018-06-07.pdf p. {pages[-1]}"
    with urllib.request.urlopen(href.split("#")[0], timeout=10) as response:
        assert response.headers["content-type"] == "application/pdf"
        body = response.read()
    with sqlite3.connect(sample_db) as connection:
        (path,) = connection.execute(
            "SELECT path FROM documents WHERE file_name = 'fernbridge-csp-2018-06-07.pdf'").fetchone()
    assert body == Path(path).read_bytes()
    link.click()
    WebDriverWait(browser, PAGE_WAIT_SECONDS).until(lambda driver: "#page=" in driver.current_url)
    assert browser.current_url == href


def test_meeting_page(browser, server):
    _open(browser, f"{server}/{DB}/meeting?date=2019-03-11")
    records = _column(browser, "record")
    assert {"attended", "apologies", "item", "resolution", "action"} <= set(records)
    assert "Gordon Featherstone" in _column(browser, "text")
    assert all(cell.endswith(tuple(f"p. {n}" for n in range(1, 20))) for cell in _column(browser, "file"))
    # The meetings table shows bodies by name, not id, and links each meeting's records.
    _open(browser, f"{server}/{DB}/meetings?date=2019-03-11")
    assert "Community Safety and Licensing Working Party" in _column(browser, "body_id")[0]
    browser.find_element(By.CSS_SELECTOR, "td.col-id a").click()
    WebDriverWait(browser, PAGE_WAIT_SECONDS).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "ul li a[href*='actions?meeting_id']"))
    )
    assert "resolutions" in browser.find_element(By.TAG_NAME, "body").text


def test_person_page(browser, server):
    _open(browser, f"{server}/{DB}/person_record?name={quote('Ms Waller')}")
    what = _column(browser, "what")
    assert {"attended", "action"} <= set(what)
    dates = _column(browser, "meeting_date")
    assert dates == sorted(dates)


def test_search_by_topic(browser, server):
    _open(browser, f"{server}/{DB}/resolutions_by_topic?topic={quote('domestic abuse')}")
    topics = _column(browser, "topics")
    assert topics and all("domestic abuse" in cell for cell in topics)
    _open(browser, f"{server}/{DB}/search?query={quote('abused')}")
    snippets = _column(browser, "snippet")
    assert snippets and all("[abuse" in cell.lower() for cell in snippets)
    # The topic facet counts each topic of a row's list and narrows to one.
    _open(browser, f"{server}/{DB}/v_resolutions")
    browser.find_element(By.CSS_SELECTOR, "#facet-topics").find_element(By.LINK_TEXT, "domestic abuse").click()
    WebDriverWait(browser, PAGE_WAIT_SECONDS).until(lambda driver: "_listed_topics=" in driver.current_url)
    topics = _column(browser, "topics")
    assert topics and all("domestic abuse" in cell.split("; ") for cell in topics)
    # The table's own search box uses the FTS index.
    _open(browser, f"{server}/{DB}/search_records")
    box = browser.find_element(By.CSS_SELECTOR, "input#_search")
    box.send_keys("farm watch")
    box.submit()
    WebDriverWait(browser, PAGE_WAIT_SECONDS).until(lambda driver: "_search=" in driver.current_url)
    assert any("Farm Watch" in cell for cell in _column(browser, "text"))


def test_year_facet(browser, server):
    _open(browser, f"{server}/{DB}/v_actions")
    facet = browser.find_element(By.CSS_SELECTOR, "#facet-meeting_date")
    assert "year" in facet.text
    facet.find_element(By.PARTIAL_LINK_TEXT, "2019").click()
    WebDriverWait(browser, PAGE_WAIT_SECONDS).until(lambda driver: "startswith=2019" in driver.current_url)
    dates = _column(browser, "meeting_date")
    assert dates and all(date.startswith("2019") for date in dates)
