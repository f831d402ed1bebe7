"""A message in a language the bot reads only in part (Vietnamese beyond its few words) that
names a coursework or the submission system among many words the bot cannot read: what it
read may be a mishap told around them, so the bot says it reads English and offers a TA's
private help rather than answering the deadline it picked out. A short question it reads
whole is still answered."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.language import mostly_foreign, unknown_words
from tests.conftest import ids

_NOW = "2021-02-10T12:00"  # Wednesday of week 5

_MISHAPS = [
    "em nộp nhầm bài cw2 lên CATe sau khi hết hạn rồi, giờ phải làm sao ạ",
    "mình lỡ nộp file cũ cho cw3 trên CATe, hạn đã qua rồi, sửa lại được không",
    "thầy ơi em quên bấm nộp trên CATe trước deadline cw1, bây giờ còn kịp không ạ",
]


@pytest.mark.parametrize("said", _MISHAPS)
def test_accented_words_no_list_reads_are_another_language(said):
    assert unknown_words(said) >= 4 and mostly_foreign(said)


@pytest.mark.parametrize("said", _MISHAPS)
def test_a_mishap_mostly_unread_gets_english_only_and_a_ta(ask, said):
    a = ask(said, now=_NOW)
    assert a.text.startswith(W.ENGLISH_ONLY[:40])
    assert "privately" in a.text and not a.answered


@pytest.mark.parametrize("said", [
    "hạn nộp cw2 là khi nào",
    "khi nào hạn nộp bài tập cw3 ạ",
])
def test_a_short_question_read_whole_is_answered(ask, said):
    a = ask(said, now=_NOW)
    assert a.answered and ids(a)


@pytest.mark.parametrize("said", [
    "我不小心把旧的文件交到CATe了，cw2的deadline已经过了，还能改吗",
    "मैंने गलती से पुरानी फाइल CATe पर जमा कर दी और cw2 की deadline निकल गई, क्या बदल सकते हैं",
])
def test_a_mishap_in_an_unread_script_gets_english_only(ask, said):
    a = ask(said, now=_NOW)
    assert a.text.startswith(W.ENGLISH_ONLY[:40]) and not a.answered


def test_place_names_left_unread_in_a_read_question_are_answered(ask):
    # "I'm in Shanghai, what Beijing time is the second coursework due?": two stretches
    a = ask("我在上海，第二个作业北京时间几点截止？", now=_NOW)
    assert a.answered and ids(a) == ["CW2"]
