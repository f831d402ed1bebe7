"""What a course week holds besides its sessions: the reading the page lists for it and the
coursework it lists (worked on that week, due later), for "what's in week N"."""

from __future__ import annotations

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.understand import Query
from bot.core.when import Window


def asks_whole_week(q: Query, window: Window) -> bool:
    """"what's in week 4", "everything in week 3": a numbered course week asked about with no
    kind of session named (not "tutorials in week 4", not "this week")."""
    return (window.granularity == "week" and window.course_week is not None
            and q.time.week_number is not None and not q.kinds)


def week_extras(week: int, view: CourseView, reader: Reader) -> list[str]:
    """The week's reading and the coursework listed in it whose deadline falls outside it
    (one due that week is already among its events)."""
    s = view.schedule
    lines = []
    reading = [m for m in s.materials if m.week == week]
    if reading:
        lines.append(W.WEEK_READING.format(items="; ".join(f"{m.id} {m.title}"
                                                           for m in reading)))
    listed = s.week(week)
    for cw in s.coursework:
        if week not in cw.listed_in_weeks or listed is None:
            continue
        starts = listed.starts
        due = cw.deadline.date()
        if not 0 <= (due - starts).days < 7:
            lines.append(W.WEEK_COURSEWORK.format(title=cw.title, id=cw.id,
                                                  due=view.instant(cw.deadline, reader)))
    return lines
