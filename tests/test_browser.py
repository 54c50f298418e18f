"""End to end in a real headless Chromium: `streamlit run review_app.py` on an empty database.

Needs Debian's chromium (/usr/bin/chromium) and Playwright's Python package; the
app scans the bundled sample with the real scanner, as a reviewer would see it.
Set QA_SCREENSHOTS_DIR to also save screenshots of the queue and a card there.
"""

from __future__ import annotations

import csv
import io
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync"]
STARTUP_SECONDS = 60
RERUN_MS = 120_000  # the first rerun scans the sample (loads the encoder)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's chromium at /usr/bin/chromium "
                              "(apt-get install -y chromium)"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def app_url(tmp_path):
    """A Streamlit server on a free port with a fresh database; stopped afterwards."""
    port = free_port()
    env = {**os.environ, "QA_DATABASE_URL": f"sqlite:///{tmp_path / 'review.sqlite'}",
           "PYTHONPATH": str(ROOT), "QA_CACHE_DIR": str(tmp_path / "cache")}
    log = open(tmp_path / "streamlit.log", "w")
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "review_app.py"),
         "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false"],
        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_health(url, server, tmp_path / "streamlit.log")
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def wait_for_health(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"streamlit exited with {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.2)
    pytest.fail(f"streamlit did not answer /_stcore/health within {STARTUP_SECONDS} s")


@pytest.fixture
def page():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": 1400, "height": 1000},
                                      accept_downloads=True)
        yield context.new_page()
        context.close()
        browser.close()


def settle(page) -> None:
    """Wait until Streamlit has finished the current rerun (its status widget is gone)."""
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=RERUN_MS)


def heading(page):
    return page.locator("h4").first


def cue_number(page) -> str:
    """'sample · cue 12 · …' -> '12'."""
    return heading(page).inner_text().split(" · ")[1].removeprefix("cue ")


def steady_cue_number(page) -> str:
    """The card's cue once the page has stopped redrawing it.

    A rerun draws the queue count before the card, and `settle` may return before a rerun
    that a click has only just asked for has started; so read the heading until two reads
    half a second apart, each after the rerun settled, agree.
    """
    current = cue_number(page)
    for _ in range(20):
        page.wait_for_timeout(500)
        settle(page)
        again = cue_number(page)
        if again == current:
            return current
        current = again
    return current


def screenshot(page, name: str, card_only: bool = False) -> None:
    """Save a screenshot for the README when QA_SCREENSHOTS_DIR is set: the page or the card."""
    folder = os.environ.get("QA_SCREENSHOTS_DIR")
    if not folder:
        return
    Path(folder).mkdir(parents=True, exist_ok=True)
    clip = None
    if card_only:  # from the card's heading to its row of buttons
        top = heading(page).bounding_box()
        bottom = page.get_by_role("button", name="Undo").bounding_box()
        clip = {"x": top["x"] - 12, "y": top["y"] - 12,
                "width": bottom["x"] + bottom["width"] - top["x"] + 24,
                "height": bottom["y"] + bottom["height"] - top["y"] + 24}
    page.screenshot(path=str(Path(folder) / name), clip=clip)


def test_fix_a_cue_with_the_keyboard_reload_and_download(app_url, page, tmp_path):
    from playwright.sync_api import expect

    page.goto(app_url)
    expect(heading(page)).to_contain_text("sample · cue", timeout=RERUN_MS)
    settle(page)

    page.get_by_label("Your name").fill("Ana")
    page.get_by_label("Your name").press("Enter")
    expect(page.get_by_role("button", name="Fix").first).to_be_enabled(timeout=RERUN_MS)
    # Browse every cue, flagged or not, so the test does not depend on what the scan flags.
    page.get_by_text("Flagged cues only").click()
    settle(page)
    expect(page.get_by_text("60 in the queue")).to_be_visible(timeout=RERUN_MS)
    screenshot(page, "queue.png")
    screenshot(page, "card.png", card_only=True)

    # Step to the next card first: a click of ours starts a run of its own, and the toggle's
    # run may still be catching up with the page (the card seen and the card the buttons
    # were last drawn for can differ for a moment: the known issue in the README).
    before = steady_cue_number(page)
    page.get_by_role("button", name="Next").click()
    expect(heading(page)).not_to_contain_text(f"cue {before} ·", timeout=RERUN_MS)
    settle(page)

    # A double click on Accept is one decision on one card, not two.
    accepted = steady_cue_number(page)
    page.get_by_role("button", name="Accept").dblclick()
    expect(page.get_by_text("59 in the queue")).to_be_visible(timeout=RERUN_MS)
    settle(page)
    expect(page.get_by_text("59 in the queue")).to_be_visible()
    # The count is drawn before the card: wait for the card itself to move on.
    expect(heading(page)).not_to_contain_text(f"cue {accepted} ·", timeout=RERUN_MS)

    editor = page.get_by_label("Corrected Korean (pre-filled with the suggestion)")
    expect(editor).to_have_count(1, timeout=RERUN_MS)  # the last card's editor has gone
    fixed = steady_cue_number(page)
    editor.click()
    page.keyboard.press("ControlOrMeta+A")
    page.keyboard.type("브라우저에서 고친 자막입니다.")
    page.keyboard.press("Control+Enter")  # the Fix shortcut, from inside the editor
    expect(page.get_by_text("58 in the queue")).to_be_visible(timeout=RERUN_MS)
    settle(page)
    # Moved on to the next cue (the card is drawn after the count, so wait for it).
    expect(heading(page)).not_to_contain_text(f"cue {fixed} ·", timeout=RERUN_MS)

    page.reload()
    expect(heading(page)).to_contain_text("sample · cue", timeout=RERUN_MS)
    settle(page)
    page.get_by_text("Flagged cues only").click()
    settle(page)
    status = page.locator('[data-testid="stMultiSelect"]').filter(has_text="Status")
    status.locator("input").click()
    page.keyboard.press("Backspace")  # drop the default "to review" and "skipped"
    page.keyboard.press("Backspace")
    page.get_by_role("option", name="fixed").click()
    page.keyboard.press("Escape")
    settle(page)
    expect(heading(page)).to_contain_text(f"cue {fixed} ·", timeout=RERUN_MS)
    expect(page.locator("table.qa-card")).to_contain_text("Fixed: 브라우저에서 고친 자막입니다.")

    page.get_by_text("Export", exact=True).click()
    settle(page)
    with page.expect_download(timeout=RERUN_MS) as download:
        page.get_by_role("button", name="Corrections CSV").click()
    data = Path(download.value.path()).read_bytes()
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert sorted((r["file"], r["cue"], r["reviewer"], r["decision"], r["corrected"], r["current"])
                  for r in rows) == sorted([
        ("sample", accepted, "Ana", "accept", "", "yes"),
        ("sample", fixed, "Ana", "fix", "브라우저에서 고친 자막입니다.", "yes")])
