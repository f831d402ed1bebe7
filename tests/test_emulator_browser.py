"""The emulator page in headless Chromium: type a question, read the answer and its card."""

from __future__ import annotations

import contextlib
import shutil
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.cli.serve import BackgroundServer
from bot.config import Settings
from bot.core import wording as W

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
playwright = pytest.importorskip("playwright.sync_api",
                                 reason="playwright is not installed (make test installs it)")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="Chromium not found: install Debian's chromium (make test does)")

NOW = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


@contextlib.contextmanager
def emulator_page(assistant, tmp_path, **env):
    """The emulator in headless Chromium, on a bot with these settings."""
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path / "data"), **env})
    with BackgroundServer(settings, assistant, lambda: NOW) as server, \
            playwright.sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page()
        page.goto(server.base_url + "/")
        yield page
        browser.close()


@pytest.fixture
def page(assistant, tmp_path):
    with emulator_page(assistant, tmp_path) as page:
        page.fill("#tz", "America/New_York")
        yield page


def bot_messages(page) -> list[str]:
    return page.locator(".msg.bot").all_inner_texts()


def test_question_answer_card_and_button(page):
    page.fill("#text", "what's on this week?")
    page.press("#text", "Enter")
    page.wait_for_selector(".msg.bot .card table.facts", timeout=60_000)
    text = bot_messages(page)[-1]
    assert "QA-W4" in text and "EST" in text and "Course time" in text
    assert page.locator(".msg.user").last.inner_text() == "what's on this week?"

    buttons = page.locator(".msg.bot .card .actions button")
    label = buttons.first.inner_text()
    buttons.first.click()
    page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 2",
                           timeout=60_000)
    assert label.replace("About ", "") in bot_messages(page)[-1]


def test_content_answer_and_welcome(page):
    page.click("#install")
    page.wait_for_selector(".msg.bot", timeout=60_000)
    assert "course assistant" in bot_messages(page)[0]
    page.fill("#text", "what is batch norm?")
    page.click("#send")
    page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 2",
                           timeout=60_000)
    # Given as the answer, or shown with hedged wording below the confident threshold.
    assert any(w in bot_messages(page)[-1] for w in (W.FROM_NOTES, W.FROM_NOTES_HEDGED))


@pytest.fixture
def ta_page(assistant, tmp_path):
    with emulator_page(assistant, tmp_path, BOT_TA_IDS="ta-1",
                       BOT_TA_CHANNEL="local-channel") as page:
        yield page


def as_user(page, user: str, chat: str) -> None:
    page.fill("#user", user)
    page.locator("#user").blur()  # a changed user name takes effect on blur, as for people
    page.select_option("#ctype", chat)


def say(page, text: str, replies: int) -> None:
    page.fill("#text", text)
    page.press("#text", "Enter")
    page.wait_for_function(f"document.querySelectorAll('.msg.bot').length >= {replies}",
                           timeout=60_000)


def test_a_ta_answers_from_the_channel_card(ta_page):
    page = ta_page
    as_user(page, "ta-1", "channel")
    say(page, "hello", 1)  # the bot now knows the TA channel
    as_user(page, "student-1", "personal")
    say(page, "ask a TA: is the exam open book?", 1)
    assert "teaching assistants (#1)" in bot_messages(page)[-1]
    as_user(page, "ta-1", "channel")
    page.wait_for_selector("text=New question #1", timeout=60_000)
    page.locator(".msg.bot .card .actions button", has_text="Answer").last.click()
    page.fill(".showcard textarea", "No, it is closed book.")
    page.locator(".showcard .actions button", has_text="Answer").click()
    page.wait_for_selector("text=Answer to #1 sent to 1 student(s)", timeout=60_000)
    as_user(page, "student-1", "personal")
    page.wait_for_selector("text=No, it is closed book.", timeout=60_000)


def test_notes_render_like_teams_tables_code_bold_and_the_whole_section(page, tmp_path):
    """The emulator renders cards the way Teams does: Markdown bold as bold (no asterisks),
    a comparison as a table, formulas in Unicode, and "Show the whole section" opens it."""
    say(page, "VAE vs GAN, how do they compare", 1)
    page.wait_for_selector(".msg.bot .card table.table th", timeout=60_000)
    header = page.locator(".msg.bot .card table.table tr").first.inner_text()
    assert "VAE" in header and "GAN" in header
    say(page, "what does the forget gate do in an lstm", 2)
    answer = page.locator(".msg.bot").last
    assert answer.locator("strong").count() + answer.locator("em").count() >= 1
    shown = answer.inner_text()
    assert "**" not in shown and "$" not in shown and "\\" not in shown and "forget" in shown
    # a section longer than the answer shows it: the card offers the whole of it
    say(page, "how is the normalised adjacency built", 3)
    answer = page.locator(".msg.bot").last
    assert "$" not in answer.inner_text() and "adjacency" in answer.inner_text()
    answer.locator(".actions button", has_text="Show the whole section").click()
    page.wait_for_selector(".showcard", timeout=10_000)
    section = page.locator(".showcard").inner_text()
    assert "GCNs > Building the normalised adjacency" in section
    assert "⁻¹" in section and "$" not in section
    page.screenshot(path=str(tmp_path / "notes-card.png"), full_page=True)


def test_an_open_page_catches_up_after_the_server_restarts(assistant, tmp_path):
    """An open page counted past a restarted server's numbers and showed nothing more."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path / "data")})
    transcript = tmp_path / "data" / "emulator" / "transcript.jsonl"

    def server() -> BackgroundServer:
        return BackgroundServer(settings, assistant, lambda: NOW, port=port)

    with playwright.sync_playwright() as p:
        browser = p.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=CHROMIUM, args=FLAGS, headless=True)
        page = browser.new_page()
        with server():
            page.goto(f"http://127.0.0.1:{port}/")
            say(page, "when is cw2 due?", 1)
            say(page, "who marks task 3?", 2)
        with server():  # restarted; the page stays open
            say(page, "when is the panel?", 3)
            assert "Panel" in bot_messages(page)[-1] or "panel" in bot_messages(page)[-1]
            page.reload()  # the history survived the restart
            page.wait_for_function("document.querySelectorAll('.msg.bot').length >= 3",
                                   timeout=60_000)
            assert "CW2" in bot_messages(page)[0]
        transcript.unlink()  # a restart that lost the transcript: numbering starts again
        with server():
            page.fill("#text", "what's on this week?")
            page.press("#text", "Enter")
            page.wait_for_selector("text=The bot restarted", timeout=60_000)
            page.wait_for_function(
                "[...document.querySelectorAll('.msg.user')].some("
                "m => m.textContent.includes(\"what's on this week?\"))", timeout=60_000)
            page.wait_for_selector(".msg.bot", timeout=60_000)
        browser.close()
