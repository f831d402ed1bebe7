"""Round 21, requests declined for their own reason, in English and in the languages read in
part (romanised Hindi, Korean, Portuguese, Spanish): a leaked or advance exam paper (cheating,
no one offered who would hand it out), a message to pass to another person (the bot contacts
no one), classmates' contact details or names collected (privacy), and dating or money advice
(off topic, no TA offered). Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.text import normalize
from bot.nlu import out_of_bounds

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("text", [
    "has anybody got a leaked copy of the exam??",
    "heard the exam questions leaked on discord, can someone share",
    "any chance of getting the final exam paper in advance",
    "koi leaked exam paper bhej do yaar",
    "기말 시험지 유출본 구할 수 있어?",
    "시험 문제 미리 볼 수 있는 방법 있어?",
    "alguém conseguiu as questões da prova vazadas?",
    "¿alguien me pasa el examen filtrado?",
])
def test_a_leaked_or_advance_paper_is_refused_as_cheating(ask, text):
    a = ask(text, NOW)
    assert a.intent == "refused", a.text
    assert "cheat" in a.text, a.text
    assert "TA" not in a.text and "teaching assistant" not in a.text, a.text


@pytest.mark.parametrize("text", [
    "could you message olivia and say i'll be late to the study session",
    "pls dm marcus for me, tell him the notebook is on the drive",
    "can u ping my lab partner dan about our meeting",
    "send this to my teammate kofi: the repo link changed",
    "priya ko msg kar do ki main nahi aa raha",
    "지민에게 내일 못 간다고 문자 보내줘",
    "envía un mensaje a carlos diciendo que llego tarde",
    "avisa o pedro que a reunião mudou",
])
def test_a_message_to_pass_to_another_student_is_declined_plainly(ask, text):
    a = ask(text, NOW)
    assert a.intent == "refused", a.text
    assert a.text.startswith(W.REFUSE_PASS_ON[:40]), a.text


@pytest.mark.parametrize("text", [
    "who's struggling the most in the cohort? send names, i tutor for cash",
    "which people are falling behind? i'd like their names to offer paid tutoring",
    "send me the names of everyone in the thursday tutorial",
    "sabka email chahiye, list de do",
    "학생들 이메일 주소 좀 모아줘",
    "quero os telefones de todos os colegas da turma",
    "dame los correos de todos los estudiantes del curso",
])
def test_classmates_details_or_names_are_refused_for_privacy(ask, text):
    a = ask(text, NOW)
    assert a.intent == "refused", a.text
    assert a.text.startswith(W.REFUSE_OTHERS_DATA[:40]), a.text


@pytest.mark.parametrize("text", [
    "how should i ask out someone from my tutorial group",
    "is it smart to buy some crypto before the exam season",
    "qual criptomoeda vale mais a pena comprar?",
    "¿cómo invito a salir a una compañera de la tutoría?",
    "코인 뭐 사야 돼?",
])
def test_life_or_money_advice_is_off_topic_without_a_ta(ask, text):
    a = ask(text, NOW)
    assert a.intent == "off_topic", a.text
    assert "TA" not in a.text and "teaching assistant" not in a.text, a.text
    assert "Tutorial" not in a.text, a.text


@pytest.mark.parametrize("text", [
    "are past exam papers available?",
    "will the exam questions be like the tutorial sheets",
    "my flat has a leak and i missed the exam, what do i do",
    "how do i find memory leaks in my test code",
    "explain message passing in graph networks",
    "tell me when cw2 is due",
    "how many students take the course",
    "what's the number of people in each tutorial group",
    "is it worth investing time in the optional reading",
    "who is behind the course page",
    "can you text me a reminder for cw3",
    "are you a bot? would you go on a date with me lol",
])
def test_course_questions_are_none_of_these(text):
    assert out_of_bounds.refusal(normalize(text)) is None


@pytest.mark.parametrize("text", [
    "i have an access plan from the disability office, who do i send it to for this module?",
    "who should i send my medical note to, and do i email it to anyone in particular?",
    "i lost my savings on crypto last week and can't focus, can i get an extension",
    "my dad's betting debts mean i'm working nights, can i talk to someone about deadlines",
])
def test_asking_whom_to_send_to_or_telling_a_loss_is_no_refusal(text):
    assert out_of_bounds.refusal(normalize(text)) is None
