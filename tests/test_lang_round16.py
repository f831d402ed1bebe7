"""Round 16: plain, non-native, terse and non-English messages about the course.

A kind named bare ("cw", "lec?") asks for that kind; when the hand-in is, asked in words of
handing in, is its deadline; a message mostly in another language is never another course's,
is answered from what the bot reads of it, or told in English that the bot reads English;
questions about what the bot reads get one honest reply; how the course is given, asked from
abroad, gets the delivery and the weekly live slots in the asker's zone; where the materials
are, asked crossly, is where they are; a rambling message asking the page's book gets it.
Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.language import asks_what_bot_reads, foreign_share, joined_pinyin, mostly_foreign
from tests.conftest import ids

NOW = "2021-02-10T12:00"
UNKNOWN = W.UNKNOWN.split(".")[0]


# --- a kind of thing named bare --------------------------------------------------------------

@pytest.mark.parametrize("text", ["cw", "coursework?", "the homework pls", "assignments??",
                                  "cw info"])
def test_the_coursework_named_bare_is_its_overview(ask, text):
    """Every task with its deadline and where it is handed in, not "I don't know"."""
    answer = ask(text, now=NOW)
    assert answer.answered and answer.intent == "deadline"
    assert {"CW1", "CW2", "CW3"} <= set(answer.text.replace("(", " ").split())
    assert "CATe" in answer.text


@pytest.mark.parametrize("text", ["lec?", "lectures", "q&a??"])
def test_a_session_kind_named_bare_is_the_next_of_it(ask, text):
    answer = ask(text, now=NOW)
    assert answer.answered and answer.intent == "schedule"
    assert UNKNOWN not in answer.text


@pytest.mark.parametrize("text", [
    "in which day we must deliver the homework",
    "what day is the coursework to give",
    "which date we send the assignment",
    "the homework, we submit it what day?",
])
def test_when_the_hand_in_is_asked_in_other_words_is_its_deadline(ask, text):
    answer = ask(text, now=NOW)
    assert answer.intent == "deadline" and answer.answered
    assert "CW2" in ids(answer)


# --- messages mostly in another language ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "今天天气怎么样",       # (Chinese with no course word of core/chinese.py's table)
    "我的猫很可爱",
    "У меня очень красивая кошка",  # (Russian with no course word; "когда лекция" is read)
    "猫がとてもかわいいですね",  # (Japanese with no course word; "講義はいつですか" is read)
])
def test_a_message_the_bot_cannot_read_says_it_reads_english(ask, text):
    answer = ask(text, now=NOW)
    assert not answer.answered
    assert answer.text.startswith("Sorry, I read English only")
    assert answer.text.count('"') >= 4  # two example questions


@pytest.mark.parametrize(("text", "wanted"), [
    ("GANs 的讲座在哪一周？", "gans"),
    ("cw3 是什么意思", "cw3"),
])
def test_the_examples_are_made_from_what_it_read(ask, text, wanted):
    answer = ask(text, now=NOW)
    if answer.answered:  # read (in part, or through core/chinese.py): the reply says so
        assert "I read English only" in answer.text or "only language I read" in answer.text
    else:
        assert wanted in answer.text.lower()


@pytest.mark.parametrize("text", [
    "cw2 什么时候截止",
    "cw3 的截止日期是哪天？",
])
def test_an_id_among_unread_words_is_answered_and_said_read_in_part(ask, text):
    answer = ask(text, now=NOW, tz="Asia/Shanghai")
    assert answer.answered and answer.intent == "deadline"
    # (read in part, or whole since core/chinese.py: either way the reply says it is English)
    assert "I read English only" in answer.text or "only language I read" in answer.text


@pytest.mark.parametrize("text", [
    "qing wen final exam he coursework de bi li shi duo shao",
    "ni hao, zhe ge course de kao shi shi shen me shi hou",
    "wo xiang zhi dao coursework de jie zhi ri qi",
    "la tarea del curso, cuándo es la entrega?",
    "die Abgabe der Hausaufgabe, wann ist sie?",
])
def test_another_language_is_never_another_course(ask, text):
    answer = ask(text, now=NOW)
    assert answer.intent != "other_course"
    assert "For another course" not in answer.text


@pytest.mark.parametrize("text", [
    "la entrega de las tareas, cuándo es?",
    "wann ist die abgabe für die hausaufgaben",
])
def test_the_hand_in_asked_in_spanish_or_german_is_the_deadline(ask, text):
    answer = ask(text, now=NOW)
    assert answer.intent == "deadline" and answer.answered


def test_pinyin_syllables_are_joined_and_counted():
    assert joined_pinyin("kao shi shi shen me shi hou") == "exam is when"
    assert joined_pinyin("ni hao, wo xiang zhi dao ri qi") == "hello, i want to know date"
    assert "how much" in joined_pinyin("qing wen exam de bi li shi duo shao")
    assert joined_pinyin("can he ban me") == "can he ban me"
    assert joined_pinyin("when is the lecture on gans") == "when is the lecture on gans"
    assert mostly_foreign("zhe ge ke de kao shi shi shen me shi hou")
    assert mostly_foreign("作业什么时候交")
    assert not mostly_foreign("when is cw2 due? sorry my english is bad")
    assert not mostly_foreign("is the attention tutorial on teams")
    assert foreign_share("what's on tomorrow") == 0


# --- what the bot reads ------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "which languages can I talk to you in",
    "do you understand french?",
    "can u look at a screenshot of my error",
    "is it possible to send you voice notes",
    "can i attach my pdf here for you to read",
    "can I ask you things in mandarin",
    "could you read an image if I upload it",
])
def test_what_the_bot_reads_is_said_honestly(ask, text):
    answer = ask(text, now=NOW)
    assert answer.intent == "help"
    assert W.READS in answer.text
    assert "not something I can help with" not in answer.text


@pytest.mark.parametrize("text", [
    "can you explain the attention paper",
    "can i submit a pdf instead of a zip",
    "do you know which lecture covers dropout",
    "what language is the coursework in",
])
def test_course_questions_are_not_about_what_the_bot_reads(text):
    assert not asks_what_bot_reads(text)


# --- how the course is given, from abroad ------------------------------------------------------

@pytest.mark.parametrize(("text", "tz", "abbrev"), [
    ("hi, I'm studying from Singapore: how is this course taught, and which bits are live "
     "for me?", "Asia/Singapore", "Singapore time"),
    ("how does this module work? what parts of it are live, I'm in Tokyo", "Asia/Tokyo", "JST"),
    ("how will the course be delivered? i'm based in new york", "America/New_York", "EST"),
])
def test_how_the_course_is_given_with_the_live_slots_in_the_askers_zone(ask, text, tz, abbrev):
    answer = ask(text, now=NOW, tz=tz)
    assert answer.answered
    assert "pre-recorded" in answer.text
    assert "Q&A sessions on Tuesdays" in answer.text and "tutorials on Tuesdays" in answer.text
    assert answer.text.count(abbrev) >= 3  # the live lecture and both weekly slots


def test_how_this_course_works_is_no_coursework(parse_text):
    assert "coursework" not in parse_text("how does this course work")
    assert "coursework" in parse_text("when is the course work due")


@pytest.fixture(scope="module")
def parse_text():
    from bot.core.text import normalize
    return normalize


# --- where the materials are -------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "this is so annoying, where on earth are the lecture notes",
    "ugh i cant find the tutorial sheets anywhere, ridiculous",
    "seriously where are the notes of the lectures, useless",
])
def test_where_the_materials_are_asked_crossly_is_where_they_are(ask, text):
    answer = ask(text, now=NOW)
    assert answer.answered
    assert "Materials and CATe" in answer.text
    assert W.COMPLAINT not in answer.text


# --- a fact of the page in a rambling message --------------------------------------------------

@pytest.mark.parametrize("text", [
    "long story, my uncle wants to buy me the textbook as a present, is it the Goodfellow "
    "one or the Murphy one, which is on the page",
    "my friend did this module last year and says the book changed, my brother thinks its "
    "Bishop, which book does the course page say",
])
def test_the_pages_book_in_a_rambling_message(ask, text):
    answer = ask(text, now=NOW)
    assert "Dive into Deep Learning" in answer.text
    assert UNKNOWN not in answer.text
    assert "chapters" not in answer.text
