"""Round 20: a rule of the course the page does not state is said so with the TA offer; a
course-rule word is never matched to a notes topic; a fact the page lacks, read first as
such, is no clarification menu."""
import pytest

RULES = [
    "what's the resit policy",
    "explain the retake policy pls",
    "what's the late penalty",
    "is there a resit",
]


@pytest.mark.parametrize("question", RULES)
def test_course_rule_is_a_policy_with_ta_offer(ask, question):
    a = ask(question)
    assert a.intent == "policy", a.text
    assert "ask a TA" in a.text
    assert "AutoAugment" not in a.text


UNKNOWN_AMOUNTS = [
    "roughly how many hours of lecture video is there each week",
]


@pytest.mark.parametrize("question", UNKNOWN_AMOUNTS)
def test_unknown_amount_is_not_a_menu(ask, question):
    a = ask(question)
    assert a.intent != "clarify", a.text
    assert "ask a TA" in a.text
