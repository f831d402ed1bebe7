"""Help with one's own work whose passage is not in a section about what goes wrong but is
as close to what the student describes as such a section's must be ("sigmoids in every
layer and the first layers' gradients are tiny": the section on vanishing gradients) is
shown from the notes at their usual threshold, hedged, with the offer of a TA; a question
of practice keeps its own path (the rules of any question about the material)."""

from __future__ import annotations

import pytest

from bot.core import wording as W


@pytest.mark.parametrize(("message", "said"), [
    ("i use sigmoid in all 12 layers and the early layers basically never update, grads are "
     "tiny", "vanish"),
    ("sigmoids in every hidden layer of my deep net and the layers close to the input hardly "
     "learn, their grads are tiny", "vanish"),
    ("sigmoid everywhere in my deep net, layer one's weights stay frozen and its grads are "
     "tiny", "vanish"),
    ("my conv net output is smaller than I expected after each conv layer, I lose pixels at "
     "the border", "padding"),
])
def test_a_symptom_close_to_a_passage_is_shown_from_the_notes(ask, message, said):
    a = ask(message)
    assert a.intent == "own_work" and a.quotes, message
    assert said in a.text.lower(), a.text
    assert W.OWN_WORK_TA in a.text and "couldn't find" not in a.text
    assert not a.answered  # hedged: the notes' usual threshold, not the confident one
