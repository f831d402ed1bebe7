"""Help with one's own work whose passage is not in a section about what goes wrong but is
as close to what the student describes as such a section's must be is shown from the
notes at their usual threshold, hedged, with the offer of a TA. The symptom search keeps
the search's order; read as a question about the material (the question adapter, the
section choice), the section that explains it comes first ("feature maps shrink after
each conv layer": padding; "tensors on cuda:0 and cpu": moving model and data to the
device)."""

from __future__ import annotations

import pytest

from bot.core import wording as W


@pytest.mark.parametrize(("message", "said"), [
    ("my conv net output is smaller than I expected after each conv layer, I lose pixels at "
     "the border", "pad"),
    ("my feature maps keep shrinking after each conv layer, losing the borders of the image",
     "pad"),
    ("got RuntimeError expected all tensors to be on the same device (cuda:0 and cpu) even "
     "though i moved my model to the gpu", "device"),
])
def test_a_symptom_close_to_a_passage_is_shown_from_the_notes(ask, message, said):
    a = ask(message)
    assert a.intent == "own_work" and a.quotes, message
    assert said in a.text.lower(), a.text
    assert W.OWN_WORK_TA in a.text and "couldn't find" not in a.text
    assert not a.answered  # hedged: the notes' usual threshold, not the confident one
