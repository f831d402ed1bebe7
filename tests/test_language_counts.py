"""`language._counts` reads a typed-English message without a look-up per letter, and
keeps its reading for the several readers of one message (pinyin, foreign share)."""

from __future__ import annotations

import pytest

from bot.core import language
from bot.core.recent_texts import forget_recent_texts

ASCII = [
    ("when's cw2 due -- the 3rd_week one?", ("when", "s", "cw", "due", "the", "rd", "week",
                                              "one")),
    ("Who runs T07 on Friday?!", ("who", "runs", "t", "on", "friday")),
    ("shen me shi hou kao shi", ("shen", "me", "shi", "hou", "kao", "shi")),
    ("re-run\tthe\x1cquiz, e.g. tomorrow", ("re", "run", "the", "quiz", "e", "g", "tomorrow")),
]


@pytest.fixture(autouse=True)
def _fresh() -> None:
    forget_recent_texts()


@pytest.mark.parametrize(("text", "words"), ASCII)
def test_ascii_message_needs_no_letter_lookup(monkeypatch: pytest.MonkeyPatch, text: str,
                                              words: tuple[str, ...]) -> None:
    def no_lookup(*_args: object) -> str:
        raise AssertionError("unicodedata.name looked up for a typed-English message")

    monkeypatch.setattr(language.unicodedata, "name", no_lookup)
    assert language._counts(text) == (words, 0)


@pytest.mark.parametrize(("text", "words", "unread"), [
    ("考试 when is it?", ("when", "is", "it"), 2),
    ("привет когда cw2", ("cw",), 2),
    ("naïve quiz", ("naïve", "quiz"), 0),
])
def test_other_scripts_still_counted(text: str, words: tuple[str, ...], unread: int) -> None:
    assert language._counts(text) == (words, unread)


def test_reading_kept_for_the_message_and_forgotten_with_recent_texts() -> None:
    text = "kao shi shi shen me shi hou"
    language.joined_pinyin(text)
    language.foreign_share(text)
    info = language._counts.cache_info()
    assert (info.misses, info.hits) == (1, 1)
    forget_recent_texts()
    assert language._counts.cache_info().currsize == 0
