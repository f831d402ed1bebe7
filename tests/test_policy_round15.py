"""Round 15: readings the policy got wrong. Spam and small talk that name a course word are
declined or answered socially, not with a schedule template; a pasted error is answered from
the notes only with what names that failure; a second part asking a fact of the thing the
first named is answered about it; the chat commands asked in natural words are recognised,
and where they are not carried out (the console, `ask`) explained."""

from __future__ import annotations

import pytest

from bot.core import failures
from bot.core import wording as W
from bot.core.text import NOT_AN_ABBREVIATION
from bot.nlu import commands
from bot.nlu.commands import AskHuman, Command, ForgetMe
from tests.conftest import from_notes, ids

MONDAY = "2021-02-08T09:00"  # week 5


@pytest.mark.parametrize("message", [
    "earn 5% on your marks with crypto, dm me",
    "BUY BITCOIN NOW 🚀🚀 guaranteed returns before the cw deadline",
    "free netflix accounts for anyone in the deep learning course, click here",
    "nft giveaway for deep learning students!!! claim your token at the link",
    "cheap assignment writing service, 100% pass on any exam, whatsapp me",
])
def test_adverts_naming_a_course_word_are_declined(ask, message):
    answer = ask(message, now=MONDAY)
    assert answer.intent == "refused" and not answer.events, answer.text
    assert "advert" in answer.text


@pytest.mark.parametrize("message", [
    "lol the tutorial was fun, anyway how r u",
    "how's your weekend going bot",
    "im bored in the lecture, wanna chat?",
    "how r u doing today bot, the lectures are killing me",
])
def test_small_talk_gets_a_short_social_reply(ask, message):
    answer = ask(message, now=MONDAY)
    assert answer.intent == "greeting" and not answer.events, answer.text
    assert "thanks for asking" in answer.text.lower()


@pytest.mark.parametrize("message, intent", [
    ("how are you supposed to submit cw1", "logistics"),
    ("how are you? also when is cw2 due", "deadline"),
])
def test_small_talk_words_in_a_course_question_leave_it_a_question(ask, message, intent):
    answer = ask(message, now=MONDAY)
    assert answer.intent == intent, answer.text
    assert "thanks for asking" not in answer.text.lower()


@pytest.mark.parametrize("message", [
    "Traceback (most recent call last):\n  File \"train.py\", line 3, in <module>\n"
    "    from torchvision import models\nImportError: cannot import name 'models'",
    "ModuleNotFoundError: No module named 'torchvision' while loading the cnn dataset",
    "ImportError: cannot import name 'VAE' from 'model' - my vae notebook wont run",
    "cuda out of memory error while training the gan generator for cw, any tips?",
])
def test_an_error_the_notes_do_not_name_is_said_to_be_uncovered(ask, message):
    answer = ask(message, now=MONDAY)
    assert answer.intent == "own_work" and not from_notes(answer), answer.text
    assert "ask a TA" in answer.text


@pytest.mark.parametrize("message, named", [
    ("getting 'Expected all tensors to be on the same device, but found at least two "
     "devices, cuda:0 and cpu!' in my training loop", "device"),
    ("my loss is nan after 3 epochs of training the vae for cw, what do i do", "nan"),
])
def test_an_error_is_answered_only_with_what_names_it(ask, message, named):
    answer = ask(message, now=MONDAY)
    assert from_notes(answer), answer.text
    bullets = [line for line in answer.text.split("\n") if line.startswith("•")]
    assert bullets and all(named in line.lower() for line in bullets), answer.text
    assert all(named in q.markdown.lower() for q in answer.quotes)


def test_items_covering_keeps_the_items_naming_the_failure():
    named = failures.named_failures("CUDA out of memory. Tried to allocate 2 GiB")
    text = "Pitfalls:\n- wrong channel order\n- a batch too big for GPU memory\n  halve it"
    assert failures.items_covering(text, named) == (
        "Pitfalls:\n- a batch too big for GPU memory\n  halve it")
    assert failures.items_covering("- wrong channel order", named) is None


@pytest.mark.parametrize("message, asked, said", [
    ("who runs T05 and is it recorded", "T05", "recorded"),
    ("when is lecture 22 and is it recorded", "L22", "recorded"),
    ("is lecture 17a examinable and when is it", "L17a", "week 5"),
    ("is the vae lecture examinable and when is it", "L16", "week 5"),
])
def test_a_second_part_is_answered_about_the_thing_the_first_names(ask, message, asked,
                                                                     said):
    answer = ask(message, now=MONDAY)
    assert asked in ids(answer), answer.text
    # said after the answer to the first part (its first line)
    assert said in "\n".join(answer.text.split("\n")[1:]), answer.text


@pytest.mark.parametrize("message, kind", [
    ("stop messaging me", Command),
    ("please stop texting me", Command),
    ("can you remind me before deadlines", Command),
    ("delete my data", ForgetMe),
    ("i want to speak to an actual person not a bot", AskHuman),
    ("i need to talk to a real person", AskHuman),
])
def test_commands_in_natural_words_are_the_commands(ask, message, kind):
    answer = ask(message, now=MONDAY)
    assert answer.commands and isinstance(answer.commands[0], kind), answer.text


def test_a_person_wanted_is_no_question_to_pass_on():
    assert commands.ask_human("i want to speak to a real person, not a bot!") == AskHuman(
        "", False)
    assert commands.parse_command("can you message me when cw2 is due") is None


@pytest.mark.parametrize("message, says", [
    ("stop messaging me", "stop reminders"),
    ("delete my data", "forget me"),
    ("can I talk to a human", "ask a TA"),
])
def test_where_commands_are_not_carried_out_they_are_explained(ask, message, says):
    answer = ask(message, now=MONDAY)
    first = answer.text.split("\n")[0]
    assert says in first and "work in a chat with me" in answer.text, answer.text


def test_an_abbreviation_ends_no_sentence_in_any_case():
    import re

    end = re.compile(rf"(?<=[.!?]){NOT_AN_ABBREVIATION}\s+")
    assert len(end.split("see E.G. the notes. Then ask")) == 2
    assert len(end.split("cw1 etc. when is it")) == 2


@pytest.mark.parametrize("message", [
    "50% off all essay writing services this week!! 🔥🔥",
    "CHEAP laptops for sale, DM me 📱",
    "free credits for GPU cloud, link in bio!!",
    "join my discord server for deep learning memes 😎 discord.gg/abc123",
    "use referral code DL2021 to get £20 off your first order",
    "selling my old textbook, anyone interested? DM me",
    "renting out my room near campus, cheap, message me",
    "get 3 months free of Colab Pro with my referral link",
    "join my server for free notes and tutoring",
])
def test_promotions_without_a_promise_are_adverts(ask, message):
    answer = ask(message, now=MONDAY)
    assert answer.intent == "refused" and "advert" in answer.text, answer.text
    assert not answer.events


@pytest.mark.parametrize("message", [
    "is there a discord server for the course",
    "does the course give free colab credits",
    "is there a cheap gpu option for the coursework",
    "any discounts on the textbook?",
])
def test_asking_of_an_offer_is_no_advert(message):
    from bot.core.text import normalize
    from bot.nlu import safety

    assert safety.refusal(normalize(message)) is None


@pytest.mark.parametrize("message", [
    "hi can you delete all my data pls",
    "could you kindly remove everything you have on me, thanks",
    "wipe my messages and reminders?",
    "hi can you delete all my data / chat history pls",
    "hello! i'd like you to erase all my data please",
    "can you forget everything about me or at least delete my reminders",
    "good morning, please delete my conversation history and any stored data",
])
def test_deletion_asked_politely_is_forget_me_explained(ask, message):
    answer = ask(message, now=MONDAY)
    # (a worded request asks for a one-word confirmation: tests/test_forget_confirm.py)
    assert answer.intent == "forget_me" and answer.text == W.FORGET_CONFIRM, answer.text
    # never carried out on other words than the command's own
    assert not any(isinstance(c, ForgetMe) and c.confirmed for c in answer.commands)


@pytest.mark.parametrize("message", [
    "how do i remove outliers from my data",
    "please remove the bias from my data loader",
])
def test_removing_from_ones_own_data_is_no_deletion_request(message):
    from bot.core.text import normalize

    assert not commands.asks_to_forget(normalize(message))


@pytest.mark.parametrize("message", [
    "should i put my student loan into dogecoin",
    "is it a good idea to invest my maintenance loan in index funds",
    "is it worth investing in ethereum this year",
])
def test_investing_is_off_topic_not_personal(ask, message):
    answer = ask(message, now=MONDAY)
    assert answer.intent == "off_topic" and "money or investing" in answer.text, answer.text


def test_money_as_a_hardship_stays_personal(ask):
    answer = ask("i lost my student loan on crypto and can't pay rent, can i get an extension",
                 now=MONDAY)
    assert answer.intent == "personal", answer.text
