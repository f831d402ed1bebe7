"""Issue 13, round 27 (mend E): a topic asked for with no kind of session named ("when do we
get to X", "what week is X") lists the lectures whose titles name it and the tutorials that
go with them, whichever kind its words matched; naming a kind keeps to that kind."""

from __future__ import annotations

import pytest

from tests.conftest import ids

NOW = "2021-02-10T10:00"


# --- 1. a topic's lectures and tutorials, no kind named ------------------------------------

@pytest.mark.parametrize("question, wanted", [
    ("when do we get to recurrent nets", {"L18", "L19", "T08"}),
    ("when are tranformrs", {"L20", "L21", "T07"}),
    ("whens the transformer stuff happening", {"L20", "L21", "T07"}),
    ("which week is the attention material", {"L20", "T07"}),
    ("what week do we do transformers", {"L20", "L21", "T07"}),
    ("which week is recurrent networks in?", {"L18", "L19", "T08"}),
])
def test_topic_lists_lectures_and_their_tutorials(ask, question: str, wanted: set[str]):
    answer = ask(question, now=NOW)
    assert wanted <= set(ids(answer)), (question, ids(answer), answer.text)
    assert "week 6" in answer.text or "16 Feb" in answer.text


@pytest.mark.parametrize("question, kept, left", [
    ("when is the transformer lecture", {"L20", "L21"}, "T07"),
    ("what week are the lectures on transformers", {"L20", "L21"}, "T07"),
    ("when is the tutorial on attention", {"T07"}, "L20"),
    ("when is the recurrent networks tutorial", {"T08"}, "L18"),
])
def test_a_named_kind_keeps_to_it(ask, question: str, kept: set[str], left: str):
    answer = ask(question, now=NOW)
    assert kept <= set(ids(answer)), (question, ids(answer), answer.text)
    assert left not in ids(answer), (question, ids(answer), answer.text)
