"""Whether a question sets one thing against another in time, and how: "is the gan lecture
before the rnn one" (a yes/no of order), "is the q&a before or after the tutorial", "which
comes first, the tutorial or the q&a" (a choice). Read from the text alone, so that the
reading of the message (nlu.policy) and the answers (handlers) share it."""

from __future__ import annotations

import re

from bot.core.text import tokens
from bot.core.understand import Query
from bot.schedule.kinds import SESSION_KINDS

# "the vae lecture or the attention one": the two sides of a choice; "is the gan lecture
# before the rnn one": the two sides of a yes or no about their order.
_EITHER_SIDE = re.compile(r"\s(?:or|vs\.?|versus)\s")
_ORDER_SIDE = re.compile(r"\s(before|after|earlier than|later than|sooner than"
                         r"|(?:at |in )?the same (?:time|slot|hour) as"
                         r"|(?:clash|overlap)(?:es)? with)\s")


def asked_order(q: Query) -> str | None:
    """"before", "after" or "same" when a yes/no question sets one thing against another by
    that word ("is the gan lecture before the rnn lecture", "is the attention tutorial at
    the same time as the rnn one"); None otherwise."""
    if not q.asks_yes_no or _EITHER_SIDE.search(q.text):
        return None
    m = _ORDER_SIDE.search(q.text)
    if m is None:
        return None
    if m.group(1) in ("before", "earlier than", "sooner than"):
        return "before"
    return "after" if m.group(1) in ("after", "later than") else "same"


def order_sides(q: Query) -> tuple[str, str] | None:
    """The words on each side of the order word of a yes/no ("is cw2 due | after | the rnn
    tutorial"); None when no order is asked."""
    m = _ORDER_SIDE.search(q.text) if asked_order(q) else None
    return None if m is None else (q.text[:m.start()], q.text[m.end():])


# The first side states or asks where a session is ("the q&a is", "does the tut come", "is
# the tutorial"), not whether there is one ("is there a tutorial after the q&a") nor what one
# does around it ("we binge the lectures together before the q&a").
_ASKS_OF_IT = re.compile(r"^\W*(?:(?:so|and|but|ok|hey)\s+)*(?:is|are|does|do|will|would|was|"
                         r"were)\b(?!\s+there\b)")
_STATES_OF_IT = re.compile(r"\b(?:is|are|comes?|happens?|starts?|runs?|held|scheduled|"
                           r"goes|go|falls?)\s*$")
# A choice of order: "<a> before or after <b>", "earlier or later than <b>"; "which comes
# first", "what is on earlier", "which one's later": the two kinds anywhere in the text.
_BOTH_WAYS = re.compile(r"\s(?:before|after|earlier|later|sooner)(?: than)? or (?:before|after|"
                        r"earlier|later|sooner)(?: than)?\s")
_WHICH_FIRST = re.compile(r"\b(?:which|what|whats)(?: one| of them| of the two)?"
                          r"(?:\s+(?:is|s|comes?|happens?|goes|runs?|starts?|on|held))*"
                          r"\s+(?:first|earlier|sooner|later|last|second)\b")


def _side_kind(q: Query, side: str) -> str | None:
    """The one kind of session a side of the order word names."""
    said = set(tokens(side))
    kinds = {k for k in q.kinds if k in SESSION_KINDS and said & set(q.cues.get(k, ()))}
    return kinds.pop() if len(kinds) == 1 else None


def kinds_in_order(q: Query) -> tuple[str, str, str] | None:
    """("before" or "after", kind A, kind B) of a yes/no setting A against B, or ("choice",
    A, B) of a question which of the two comes first (A the one said first); else None."""
    both = _BOTH_WAYS.search(q.text)
    if both is not None or _WHICH_FIRST.search(q.text):
        said = [k for k in q.kinds if k in SESSION_KINDS and q.cues.get(k)]
        if len(said) != 2:
            return None
        at = {k: min(q.text.find(w) for w in q.cues[k]) for k in said}
        if both is not None and not all(
                _side_kind(q, side) for side in (q.text[:both.start()], q.text[both.end():])):
            return None  # ("is the tutorial before or after 11": a clock time, not a kind)
        first, second = sorted(said, key=lambda k: at[k])
        return "choice", first, second
    relation = asked_order(q)
    sides = order_sides(q)
    if relation not in ("before", "after") or sides is None:
        return None
    if not (_ASKS_OF_IT.search(sides[0]) or _STATES_OF_IT.search(sides[0])):
        return None
    first, second = _side_kind(q, sides[0]), _side_kind(q, sides[1])
    if first is None or second is None or first == second:
        return None
    return relation, first, second
