"""An "only X" beside a stop of Y keeps X and drops the rest; a stop alone drops what it
names; "just the X" is an "only"."""

import pytest

from bot.nlu import commands
from bot.nlu.commands import parse_command
from bot.reminders.policy import ALL_KINDS
from bot.schedule.kinds import SESSION_KINDS


@pytest.mark.parametrize("text, kept", [
    ("deadlines only from now on, and quit the tutorial pings", {"deadline"}),
    ("i'd like just the coursework deadlines, no more q&a reminders", {"deadline"}),
    ("keep only the tutorial reminders, drop the lecture ones", {"tutorial"}),
    ("no more deadline reminders please, only the q&as and tutorials", {"qa", "tutorial"}),
    ("just the tutorials", {"tutorial"}),
    ("only my deadlines", {"deadline"}),
    ("tutorial reminders only pls", {"tutorial"}),
])
def test_only_keeps_what_it_names(text: str, kept: set[str]) -> None:
    c = parse_command(text)
    assert c is not None and c.action == "only"
    assert c.kinds == frozenset(kept)
    assert not c.kinds & (frozenset(ALL_KINDS) - frozenset(kept))


@pytest.mark.parametrize("text, dropped", [
    ("please stop the lecture reminders", {"lecture"}),
    ("just stop reminding me about q&as", {"qa"}),
    ("no more session reminders for me", set(SESSION_KINDS)),
])
def test_a_stop_drops_only_what_it_names(text: str, dropped: set[str]) -> None:
    c = parse_command(text)
    assert c is not None and c.action == "remove"
    assert c.kinds == frozenset(dropped)
    assert "deadline" not in c.kinds


@pytest.mark.parametrize("text", [
    "i only went to the tutorial, not the lecture",
    "is there only one tutorial this week and no q&a?",
    "just wondering about the deadlines",
])
def test_only_in_other_sentences_is_no_command(text: str) -> None:
    assert parse_command(text) is None


@pytest.mark.parametrize("text", [
    "lol and stop messaging me please",
    "ugh because stop texting me",
    "yo (stop messaging me)",
])
def test_contact_said_to_the_bot_after_a_joining_word_is_still_to_the_bot(text):
    """The clauses a contact to the bot is said in split at "and", "because" and any
    punctuation (the "only" reading's own clause splitter, which splits at fewer, once
    shadowed the one `_contact_to_the_bot` reads)."""
    assert commands._contact_to_the_bot(text)
