"""Round 20, issue 13: Dutch, Russian, Arabic (its script), Greek and Vietnamese messages
read as the English question they ask (deadlines, times and days, sessions, who, hand-in,
the exam's weight), and a personal matter told in them (illness, an extension, an
accessibility need) offered a TA privately. Phrasings of our own, each failing before."""

from __future__ import annotations

import pytest

from bot.core.inflected import read_inflected
from bot.core.personal import normalise, rule_verdict
from bot.core.text import normalize
from bot.core.understand import in_english

_NOW = "2021-02-10T12:00"


@pytest.mark.parametrize(("said", "words"), [
    ("когда нужно сдать курсовую работу?", ("when", "submit", "coursework")),
    ("в какой день лекция на следующей неделе?", ("what", "lecture", "next", "week")),
    ("какой учебник рекомендуют по этому курсу?", ("textbook", "recommended", "course")),
    ("متى الامتحان النهائي؟", ("when", "exam", "final")),
    ("وين أسلم المشروع؟", ("where", "submit", "project")),
    ("πότε είναι οι εξετάσεις του μαθήματος;", ("when", "exam", "lecture")),
    ("ποιο βιβλίο προτείνεται;", ("which", "book", "recommended")),
])
def test_russian_arabic_greek_read_by_their_stems(said, words):
    read = read_inflected(said)
    for word in words:
        assert word in read, read


@pytest.mark.parametrize("said", [
    "привет",  # one word: left as it is (the bot says it reads English)
    "is the tutorial on вторник",
])
def test_one_word_of_another_script_is_left_as_it_is(said):
    assert read_inflected(said) == said


@pytest.mark.parametrize(("said", "words"), [
    ("wanneer moeten we de opdracht inleveren?", ("when", "must", "coursework", "submit")),
    ("hoe laat begint het hoorcollege op vrijdag?", ("what time", "lecture", "friday")),
    ("is het tentamen individueel of in groepjes?", ("exam", "individual", " or ", "groups")),
    ("hạn chót gia hạn là khi nào", ("extension", "when")),
])
def test_dutch_and_vietnamese_words_read_in_english(said, words):
    read = in_english(normalize(said))
    for word in words:
        assert word in read, read


def test_a_dutch_part_without_a_mark_of_its_own_is_read_as_the_message_is():
    whole = normalize("zijn de opdrachten individueel? en hoe lever je ze in?")
    assert "how submit" in in_english("en hoe lever je ze in?", whole)


@pytest.mark.parametrize("said", [
    "ik lig in het ziekenhuis en kan de opdracht niet afmaken",
    "я в больнице и не могу доделать задание",
    "أنا في المستشفى ولا أستطيع إنهاء المشروع",
    "είμαι στο νοσοκομείο και δεν μπορώ να παραδώσω την εργασία",
    "em đang nằm viện nên không thể nộp bài đúng hạn",
    "у меня инвалидность, можно ли дополнительное время на экзамен?",
    "لدي إعاقة، هل يمكنني الحصول على وقت إضافي في الاختبار؟",
])
def test_a_personal_matter_told_in_these_languages_is_found(said):
    assert rule_verdict(normalise(said)) is not None


@pytest.mark.parametrize("said", [
    "wanneer moet cw3 ingeleverd zijn?",
    "متى آخر موعد لتسليم cw3؟",
])
def test_a_deadline_asked_in_another_language(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "deadline", a.text
    assert "Mar 2021" in a.text, a.text


@pytest.mark.parametrize("said", [
    "hoeveel procent van het eindcijfer is het tentamen?",
    "какой вес у экзамена в итоговой оценке?",
    "ما نسبة الاختبار النهائي من الدرجة؟",
])
def test_the_exams_weight_asked_in_another_language(ask, said):
    a = ask(said, now=_NOW)
    assert "50%" in a.text, a.text


@pytest.mark.parametrize("said", [
    "wie geeft het hoorcollege volgende week?",
    "кто проводит семинар в эту среду?",
    "من يدرس المحاضرة الأسبوع القادم؟",
])
def test_who_asked_in_another_language(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent in ("people", "schedule"), a.text
    assert not a.text.startswith("Sorry"), a.text


@pytest.mark.parametrize("said", [
    "во сколько будет семинар во вторник?",
    "om hoe laat is het werkcollege op dinsdag?",
    "في أي ساعة المحاضرة يوم الثلاثاء؟",
])
def test_a_time_asked_in_another_language(ask, said):
    a = ask(said, now=_NOW)
    assert "Tue 16 Feb 2021" in a.text, a.text


@pytest.mark.parametrize("said", [
    "ik ben al een week ziek, kan ik uitstel krijgen voor cw2?",
    "я болею уже неделю, можно ли продлить срок сдачи cw2?",
    "أنا مريضة منذ أسبوع، هل يمكن تمديد موعد cw2؟",
    "είμαι άρρωστη εδώ και μια εβδομάδα, μπορώ να πάρω παράταση για την cw2;",
    "em bị bệnh cả tuần nay, em có thể xin gia hạn cw2 không ạ?",
    "ik heb dyslexie, krijg ik extra tijd bij het tentamen?",
    "έχω δυσλεξία, δικαιούμαι επιπλέον χρόνο στις εξετάσεις;",
])
def test_a_personal_matter_in_another_language_gets_a_ta_privately(ask, said):
    a = ask(said, now=_NOW)
    assert a.intent == "personal", a.text
    assert "ask a TA" in a.text
