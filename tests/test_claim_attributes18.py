"""Claims checked only on what the page states (round 18, `bot/core/claims.py`): how a
lecture is given (pre-recorded or live) is checked against the schedule; a likeness to "all
the others" is no vacuous claim of every one; what the page does not state is "?", never a
tick; a quoted chat line ("> Sam: ...") is the claim. The phrasings are the developer's own."""

from __future__ import annotations

import pytest

from bot.core.claims import claims_asked

NOW = "2021-02-10T12:00"


@pytest.mark.parametrize("text", [
    "from the whatsapp: > Jo: the gnn lecture is pre-recorded like all the others, "
    "tutorial on tuesday. is this right??",
    "copied from discord:\n> Alex: the GNN lecture is just a recording like the rest\n"
    "> Alex: cw2 due 23/2\nis that accurate?",
    "group chat: > Priya: lecture 22 is on demand as with all the others; panel in week 8. "
    "correct?",
])
def test_a_live_lecture_said_to_be_recorded_is_wrong(ask, text):
    a = ask(text, now=NOW)
    lines = a.text.splitlines()
    gnn = next(line for line in lines if "not pre-recorded" in line)
    assert gnn.startswith("\u2717") and "live" in gnn, a.text
    assert not any(line.startswith("\u2713") and ("L22" in line or "GNN" in line)
                   for line in lines), a.text


@pytest.mark.parametrize("text", [
    "pls check: the convolutions lecture is live, cw1 due 5 feb",
    "my notes: lecture 3 is given live; cw2 due 23/2 - right?",
])
def test_a_recorded_lecture_said_to_be_live_is_wrong(ask, text):
    a = ask(text, now=NOW)
    assert "not live" in a.text and a.text.startswith("Not all"), a.text


@pytest.mark.parametrize("text", [
    "check these: the attention tutorial is pre-recorded, cw1 due 5 feb",
    "are these right? 1) q&a sessions are all recorded 2) cw2 due 23/2",
])
def test_what_the_page_does_not_say_is_never_ticked(ask, text):
    a = ask(text, now=NOW)
    assert not a.text.startswith("Yes"), a.text
    recorded = next(line for line in a.text.splitlines() if "recorded" in line)
    assert recorded.startswith("?"), a.text


@pytest.mark.parametrize("text, first", [
    ("from the chat: > Sam: cw2 due 23/2, panel in week 8. correct?", "cw2 due 23/2"),
    ("> Kim: fyi q&a tue 16 feb at 10\n> Kim: cw3 due 9/3\nright?", "q&a tue 16 feb at 10"),
])
def test_a_quoted_chat_line_is_the_claim(text, first):
    claims = claims_asked(text)
    assert claims is not None and claims[0] == first, claims
