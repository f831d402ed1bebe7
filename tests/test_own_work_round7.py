"""Help with one's own work: the sections about what goes wrong with the model the student
names, and a trailing "how fix" read as asking for that help, not for the bot's help text."""

from __future__ import annotations

HELP_TEXT = "Ask me in your own words"


def test_a_gan_symptom_gets_the_gan_failure_modes_not_the_vae_ones(ask):
    a = ask("my gan always generates the same shoe, tried restarting. how fix")
    assert a.intent == "own_work" and a.quotes
    assert "Mode collapse" in a.text and "Posterior collapse" not in a.text


def test_a_vae_symptom_keeps_the_vae_failure_modes(ask):
    a = ask("my vae gives the same smudge for every z i sample, ideas?")
    assert a.intent == "own_work" and "Posterior collapse" in a.text


def test_a_fragment_after_work_help_is_not_answered_with_the_help_text(ask):
    for message in ("cw2 gan only outputs one digit every time, mode collapse i guess? how fix",
                    "my test accuracy is way below train accuracy on task 1, overfitting? "
                    "what can do"):
        a = ask(message)
        assert a.intent == "own_work", message
        assert HELP_TEXT not in a.text, message
