"""Which of two things comes first: a deadline against a session ("the cw2 deadline or
bronstein's lecture"), a lecture against a tutorial, or two lectures or tutorials named on
either side of "or"."""

from __future__ import annotations

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.course_parts import event_name
from bot.core.handlers import Reply
from bot.core.order_asked import asked_order, order_sides
from bot.core.queries import compared_events, two_sessions
from bot.core.timefmt import elapsed, format_duration
from bot.core.understand import Query
from bot.schedule.model import Event


def _said_first(q: Query, events: list[Event]) -> Event | None:
    """Of one deadline and one session set against each other by an order word, the one
    named before the word: the deadline when its task is named on that side only."""
    sides = order_sides(q)
    deadlines = [e for e in events if e.kind == "deadline"]
    if sides is None or len(events) != 2 or len(deadlines) != 1:
        return None
    named = [written.lower() for kind, written in q.spans if kind == "coursework"]
    left, right = (any(w in side for w in named) for side in sides)
    if left == right:
        return None
    return deadlines[0] if left else next(e for e in events if e is not deadlines[0])


def answer_order(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """Both things with their times, then which is first and by how much; None when the
    question does not set two dated things against each other."""
    events = compared_events(q, view, reader)
    if not events:
        return None
    first, second = events[0], events[-1]
    if first.start is not None and first.start == second.start:
        verdict = W.ORDER_SAME.format(first=event_name(first), second=event_name(second))
    elif first.start is None or second.start is None:  # placed only in a week
        verdict = W.ORDER_BEFORE.format(first=event_name(first), second=event_name(second))
    else:
        verdict = W.ORDER_FIRST.format(first=event_name(first), second=event_name(second),
                                       gap=format_duration(elapsed(first.start, second.start)))
    if (relation := asked_order(q)) and len(sides := two_sessions(q, view)) == 2:
        # "is the gan lecture before the rnn lecture": yes or no first
        if relation == "same":  # "is the attention tutorial at the same time as the rnn one"
            right = first.start is not None and first.start == second.start
        else:
            right = sides[0] == first if relation == "before" else sides[0] == second
        verdict = f"{W.CONFIRM_YES if right else W.CONFIRM_NO} {verdict}"
    elif (relation := asked_order(q)) in ("before", "after") and (
            said := _said_first(q, events)) is not None:
        # "is cw2 due after the rnn tutorial": a deadline against a session, the one said
        # before the order word known by where its task is named
        right = said == (first if relation == "before" else second)
        verdict = f"{W.CONFIRM_YES if right else W.CONFIRM_NO} {verdict}"
    lines = view.event_lines(events, reader)
    # a yes/no about their order opens with its answer; which comes first ends a listing
    parts = [verdict, *lines] if verdict.startswith((W.CONFIRM_YES, W.CONFIRM_NO)) else [
        *lines, verdict]
    return Reply("schedule", True, 0.9, "\n".join(parts), events)



