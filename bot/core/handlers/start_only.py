"""How long a session lasts, or when it ends, when the page gives only its start ("how long
does the <topic> lecture go on for", "until when is lecture 5", "is the live lecture an
hour?"): that only the start is given, what starts next that day (which bounds it), and who
can tell. Never a length guessed from the loader's default, whichever reading the question
got (how the course runs, a topic "duration")."""

from __future__ import annotations

from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.handlers.lengths import start_only_line, start_only_sessions
from bot.core.topics import MATCH_THRESHOLD
from bot.core.understand import Query
from bot.schedule.model import Event

_LIVE = frozenset({"live", "livestream", "livestreamed", "streamed"})


def _named(q: Query, view: CourseView, reader: Reader) -> list[Event]:
    """The sessions the question names one by one: by id, or a lecture by its topic or as
    the live one (the next still to come, else the last); not a kind at large."""
    ids = set(q.lectures) | set(q.tutorials)
    if not ids and "lecture" in q.kinds and q.time.window is None:
        ids = {m.item.id for m in q.topic_matches[:1] if m.score >= MATCH_THRESHOLD}
        if not ids and _LIVE & set(q.words):
            live = [e for e in view.timed if e.kind == "lecture" and e.start is not None]
            ahead = [e for e in live if e.start >= reader.now]  # type: ignore[operator]
            ids = {e.id for e in (ahead[:1] or live[-1:])}
    return [e for e in view.timed if e.id in ids]


def answer_start_only_length(q: Query, view: CourseView, reader: Reader) -> Reply | None:
    """None unless the length or end of named sessions is asked and the page gives only
    their start; then that, the session's line and a TA."""
    if q.coursework or "deadline" in q.kinds:
        return None
    group = start_only_sessions(q.text, q.raw, _named(q, view, reader), view.schedule)
    if not group:
        return None
    return Reply("schedule", False, 0.85, "\n".join([
        start_only_line(group, reader, view.schedule), *view.event_lines(group, reader),
        view.ta_offer()]), group)
