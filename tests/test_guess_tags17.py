"""A guess ended by a tag asking it to be confirmed ("... yep?", "... yup") is a yes/no
question whichever tag is used: one list of tags (lexicon.GUESS_TAGS) for every reader of them
(the yes/no reading, the session-exists reading, the tag stripped before a claim is read, the
pipeline's guess about sessions). Before, "yep" and "yup" were left out of all but one."""

from __future__ import annotations

import pytest

NOW = "2021-01-20T12:00"


@pytest.mark.parametrize("tag", ["yep", "yup", "yep?", "yup?"])
def test_a_wrong_day_guessed_with_any_tag_is_corrected(ask, tag):
    a = ask(f"cw2 is due on friday {tag}", now=NOW)
    assert a.text.startswith("No"), a.text


@pytest.mark.parametrize("tag", ["yep?", "yup", "yeah?"])
def test_a_wrong_time_guessed_with_any_tag_is_corrected(ask, tag):
    a = ask(f"the q&a is at half ten on tuesdays {tag}", now=NOW)
    assert a.text.startswith("No, not at 10:30"), a.text


@pytest.mark.parametrize("tag", ["yep", "yup?"])
def test_a_right_guess_with_any_tag_is_confirmed(ask, tag):
    a = ask(f"cw2 is due on the 23rd of feb {tag}", now=NOW)
    assert a.text.startswith("Yes"), a.text
