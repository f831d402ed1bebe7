"""A running bot that re-reads a broken schedule keeps the last good one and logs why."""

from __future__ import annotations

import logging
import os

import pytest

from bot.schedule.loader import ScheduleError
from bot.schedule.store import ScheduleStore
from tests.conftest import ROOT


def _write(path, text, bump):
    path.write_text(text)
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + bump))  # no sleeping for mtime


def test_reload_keeps_last_good(tmp_path, caplog):
    good = (ROOT / "schedule.yaml").read_text()
    path = tmp_path / "schedule.yaml"
    _write(path, good, 0)
    store = ScheduleStore(path)
    first = store()
    assert first.coursework[1].deadline.day == 23

    _write(path, good.replace("deadline: 2021-02-23 19:00", "deadline: 2021-02-31 19:00"), 10**9)
    with caplog.at_level(logging.ERROR):
        assert store() is first
    assert "keeping the last good schedule" in caplog.text and "2021-02-31" in caplog.text
    assert isinstance(store.last_error, ScheduleError)

    _write(path, good.replace("deadline: 2021-02-23 19:00", "deadline: 2021-02-24 19:00"),
           2 * 10**9)
    moved = store()
    assert moved is not first and moved.coursework[1].deadline.day == 24
    assert store.last_error is None

    path.unlink()
    assert store() is moved  # a deleted file is an error too, not a crash


def test_first_load_must_succeed(tmp_path):
    path = tmp_path / "schedule.yaml"
    path.write_text("course: [")
    with pytest.raises(ScheduleError):
        ScheduleStore(path)


def test_assistant_follows_the_store(tmp_path, embedder):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from bot.core.answer import AskContext
    from bot.core.assistant import Assistant

    good = (ROOT / "schedule.yaml").read_text()
    path = tmp_path / "schedule.yaml"
    _write(path, good, 0)
    assistant = Assistant(ScheduleStore(path), embedder)
    ctx = AskContext(datetime(2021, 2, 1, tzinfo=ZoneInfo("UTC")), ZoneInfo("Europe/London"))
    assert "Tue 23 Feb" in assistant.answer("when is cw2 due", ctx).text
    _write(path, good.replace("deadline: 2021-02-23 19:00", "deadline: 2021-02-26 12:00"), 10**9)
    assert "Fri 26 Feb 2021, 12:00" in assistant.answer("when is cw2 due", ctx).text


def test_an_edited_vocabulary_is_picked_up_and_a_broken_one_kept_out(tmp_path, caplog):
    _write(tmp_path / "schedule.yaml", (ROOT / "schedule.yaml").read_text(), 0)
    words = tmp_path / "vocabulary.yaml"
    _write(words, "cues: {book: [d2l]}\n", 0)
    store = ScheduleStore(tmp_path / "schedule.yaml")
    first = store()
    assert first.vocabulary.cues == {"book": ["d2l"]}

    _write(words, "cues: {book: [d2l, dive]}\n", 10**9)
    second = store()
    assert second is not first and second.vocabulary.cues == {"book": ["d2l", "dive"]}

    _write(words, "cues: {books: [d2l]}\n", 2 * 10**9)
    with caplog.at_level(logging.ERROR):
        assert store() is second
    assert "vocabulary.yaml:1: cues.books" in caplog.text
