"""Round 20 (issue 13): another student's marks or contact asked by a description of them
("the guy with the highest mark", "whoever came top") are refused, the whole message when it
comes back to them ("... and his email"); another student's coursework asked in Hinglish or
Spanish is refused as in English; a submission gone wrong told in Russian reaches the
submission-trouble reply. Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.personal import normalise
from bot.nlu import safety

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("text", [
    "what did the guy with the highest mark get on task 1? and can u give me his email",
    "whoever came top in the quiz, whats their email",
    "what score did the girl who got the best grade in the exam get",
    "can i have the email of the student with the top score on task 3",
    "can you email the person with the lowest grade on task 2 for me",
    "who came first in task 2 and what did she score",
])
def test_a_student_described_by_result_is_refused(ask, text):
    a = ask(text, NOW)
    assert a.intent == "refused", a.text
    # (refused whole: nothing after it answers the rest of the message)
    assert a.text.startswith(W.REFUSE_OTHERS_DATA[:40]) and "\n" not in a.text, a.text


@pytest.mark.parametrize("text", [
    "what is the highest mark you can get on task 1",
    "which task has the highest weight",
    "the model with the best accuracy on task 2, what is it called in the notes",
])
def test_the_most_one_can_get_is_no_person(text):
    assert safety.refusal(normalise(text)) != "others_data"


@pytest.mark.parametrize("text", [
    "koi apna cw3 ka code bhej do yaar, copy nahi karunga",
    "koi apna notebook bhejo na yaar task 2 ka",
    "yaar koi apni task 1 ki files share kar do",
    "alguien me puede pasar su código de la tarea 3? no lo voy a copiar",
    "pásame tu código de la tarea 2 por favor, no lo copio",
])
def test_others_work_asked_in_another_language_is_refused(ask, text):
    assert safety.refusal(normalise(text)) == "others_work"
    a = ask(text, NOW)
    assert a.intent == "refused" and a.text.startswith(W.REFUSE_OTHERS_WORK[:40]), a.text


@pytest.mark.parametrize("text", [
    "mujhe apna result kab milega",
    "cuando es su examen",
])
def test_own_words_in_another_language_are_no_request_for_work(text):
    assert safety.refusal(normalise(text)) is None


@pytest.mark.parametrize("text", [
    "Я загрузил не тот zip в систему сдачи для задания 3, дедлайн прошел, могу ли я "
    "заменить файл?",
    "я отправил неправильный файл на сдачу, срок истек, что делать?",
    "загрузил не тот архив, дедлайн прошёл, можно заменить?",
])
def test_a_submission_mishap_in_russian_reaches_the_staff(ask, text):
    a = ask(text, NOW)
    assert a.intent == "personal", a.text
    assert W.PERSONAL_SUBMISSION[:40] in a.text, a.text


@pytest.mark.parametrize("text", [
    "what if my cw partner drops out, do i have to do both halves?",
    "my teammate isn't doing anything on task 2, what do i do",
    "my partner isnt doing his half of task 2, who do i tell",
    "how do we split the work in our group for task 1",
    "my task 3 partner left the course, what happens to our submission",
])
def test_a_partner_presumed_is_corrected_when_work_is_individual(ask, text):
    a = ask(text, NOW)
    assert a.text.startswith(W.PARTNER_PRESUMED[:30]), a.text


@pytest.mark.parametrize("text", [
    "my partner just had a baby, what did i miss this week",
    "can i work with my friend on task 2",
])
def test_a_life_partner_or_a_rule_asked_is_no_partner_presumed(ask, text):
    assert not ask(text, NOW).text.startswith(W.PARTNER_PRESUMED[:30])


@pytest.mark.parametrize("text", [
    "r there quizzes? do they count",
    "are there quizzes? are they graded",
    "is there a quiz every week? does it count",
])
def test_whether_a_kind_listed_counts_is_answered_too(ask, text):
    a = ask(text, NOW)
    assert "as assessed" in a.text or "assessed" in a.text.split("\n\n")[-1], a.text
    assert "\n\n" in a.text, a.text


@pytest.mark.parametrize("text", [
    "r the vids live or pre recorded b4 the q&a",
    "are the lecture videos live or pre recorded before the q&a",
    "are the lectures recorded or live before each tutorial?",
])
def test_how_lectures_are_given_before_a_session_names_their_side(ask, text):
    a = ask(text, NOW)
    assert not a.text.startswith(("Yes", "No")) and "pre-recorded" in a.text.split("\n")[0], \
        a.text


@pytest.mark.parametrize("text", [
    "is the q&a live or recorded",
    "are tutorials live or recorded videos",
])
def test_an_either_or_of_a_session_mode_names_the_side(ask, text):
    a = ask(text, NOW)
    assert a.text.startswith(W.MODE_LIVE_SIDE), a.text
