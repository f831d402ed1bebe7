"""Whether a message sent after the course asks about a later run of it ("is this module on
again next term? when does it start", "is the course running this year"): the page is one
run's, over by then, so its dates are no answer; the reply says the page cannot tell. Words
of English only; the run's end comes from the schedule."""
from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from bot.schedule.model import Schedule

# A run asked of as now or to come: the course on, run, offered or taught again, this
# term/year, or a next or new run ("is it running again", "offered this semester",
# "when does the next intake start").
_PERIOD = r"(?:term|semester|year|spring|summer|autumn|fall|winter|session|academic year)"
_RUN_VERB = r"(?:run|running|runs|offered|taught|happening|held|available|going ahead)"
_LATER_RUN = re.compile(
    rf"\b(?:{_RUN_VERB}|on|back) again\b|\bagain (?:this|next) {_PERIOD}\b"
    rf"|\b(?:is|are|will|does|do)\b[^.?!]{{0,40}}\b{_RUN_VERB}\b[^.?!]{{0,20}}"
    rf"\b(?:this|next|the coming|the new) {_PERIOD}\b"
    rf"|\b(?:next|new|upcoming|coming|future) (?:run|runs|iteration|edition|offering|intake|"
    rf"cohort|presentation)\b"
    rf"|\b(?:this|next) {_PERIOD}'?s? (?:run|iteration|edition|offering|intake|cohort|course|"
    rf"module|class)\b")
# How a later run will be given ("taught in person next year or still online"): asked of
# its form, which the page's answer of how this run is given meets; not whether it runs.
_MANNER = re.compile(r"\b(?:in person|in-person|online|remote(?:ly)?|hybrid|on campus|"
                     r"face to face|recorded|the same|differently)\b")
# One's own time told ("i'm retaking it next year"): not a run asked of.
_OWN = re.compile(r"\b(?:i|i'm|im|i'll|ill|we)\b[^.?!]{0,20}\b(?:retak\w*|resit\w*|repeat\w*|"
                  r"defer\w*|tak(?:e|ing)|join\w*|start\w*)\b")


def course_end(schedule: Schedule) -> date | None:
    """The last day of the run: its last week's Sunday, or a later deadline or session."""
    days = [w.starts + timedelta(days=6) for w in schedule.weeks]
    # a dated thing after the last week (a late deadline) extends the run to its day
    days += [(e.end or e.start).astimezone(schedule.tz).date() for e in schedule.events()
             if e.start is not None]
    return max(days) if days else None


def asks_of_a_later_run(text: str, now: datetime, end: date | None,
                        last_event: datetime | None = None) -> bool:
    """Whether `text`, sent at `now`, asks about a run after this one, which is over by
    then (after `end`, `course_end`'s day, which counts the run's last dated thing; and
    after `last_event` when one is given apart)."""
    if end is None or now.date() <= end or (last_event is not None and now <= last_event):
        return False
    low = " ".join(text.lower().replace("\u2019", "'").split())
    return bool(_LATER_RUN.search(low)) and not _OWN.search(low) and not _MANNER.search(low)
