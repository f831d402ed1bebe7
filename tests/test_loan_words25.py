"""Round 25: a message mostly in a language the bot does not read, of which only English or
course words said inside it were read ("coursework 2", a name, the forum's name), gets the
"I read English only" reply, not what those words alone make of it (an answer, a refusal of
something else, a question back). What the bot reads of another language's request (a
question word, a word asked about) is answered as before. Phrasings written for the test."""

from __future__ import annotations

import pytest

from bot.core import wording as W
from bot.core.language import loan_words, mostly_foreign, request_read, unread_latin

NOW = "2021-02-20T12:00"
_ENGLISH_ONLY = W.ENGLISH_ONLY.split("{")[0]


@pytest.mark.parametrize("text", [
    "coursework 2 ke liye mujhe thoda samjhao yaar, bilkul samajh nahi aa raha",
    "mujhe coursework 2 mein bilkul samajh nahi aa raha, thodi madad karo",
    "nie wiem jak zacząć coursework 2, polecenie jest niejasne",
    "nie mogę znaleźć instrukcji do zadania na Piazzy, pomocy",
    "ragazzi, qualcuno ha capito il coursework 3? non ci capisco niente",
    "maine coursework 2 jama kar diya lekin galat file thi",
    "Ananya ne bola coursework 1 bahut lamba hai, sach mein?",
])
def test_a_message_read_only_from_its_loan_words_gets_english_only(ask, text):
    a = ask(text, NOW)
    assert a.intent == "unknown" and not a.answered, a.text
    assert a.text.startswith(_ENGLISH_ONLY), a.text
    assert not a.events, a.text


@pytest.mark.parametrize("text, intent", [
    ("quando è la scadenza del coursework 2?", "deadline"),
    ("kiedy jest termin oddania coursework 3?", "deadline"),
    ("ciao! dove trovo le slide della lezione 5?", "reading"),
    ("kya aap mujhe bata sakte hain ki coursework 2 kab jama karna hai", "deadline"),
    ("bhai Q&A 10am pe hai na tuesday ko? ya 11 baje?", "schedule"),
])
def test_a_request_read_in_its_own_language_is_still_answered(ask, text, intent):
    a = ask(text, NOW)
    assert a.intent == intent and a.answered, a.text


def test_a_mostly_english_message_with_a_few_foreign_words_is_answered_in_full(ask):
    a = ask("hola! una pregunta, the GAN lecture es live o pre-recorded? gracias", NOW)
    assert a.answered and _ENGLISH_ONLY not in a.text, a.text


def _reads(word: str) -> bool:
    return word in {"coursework", "the", "is", "deadline", "when", "lecture", "tomorrow",
                    "wen", "for"}


def test_plain_letter_words_read_in_no_way_count_as_foreign_only_beside_a_mark():
    # romanised Hindi with only one listed word: the rest, read in no way, are Hindi too
    assert mostly_foreign("coursework ke liye mujhe thoda samjhao bilkul samajh", _reads)
    assert not mostly_foreign("coursework ke liye mujhe thoda samjhao bilkul samajh")
    # an English message with typos and no mark of another language stays English
    assert not mostly_foreign("wen is the dedlinne for the coursewrk", _reads)


def test_what_is_read_of_a_request():
    assert request_read("kab hai coursework")  # a question word of Hindi
    assert request_read("il libro per il corso?")  # a word asked about, in a question
    assert not request_read("il libro per il corso")  # named, not asked about
    assert not request_read("coursework ke liye thoda samjhao")  # grammar only
    assert unread_latin("coursework ke liye thoda 2", _reads) == ["liye", "thoda"]
    assert loan_words("coursework ke liye thoda", _reads) == ["coursework"]
