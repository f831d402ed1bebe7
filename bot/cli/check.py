"""`python -m bot check`: validate a schedule or reminder policy file and summarise it."""

from __future__ import annotations

from bot.reminders.policy import WEEKDAYS, ReminderPolicy, format_offset
from bot.schedule.model import Schedule


def summary(s: Schedule, path: str) -> str:
    c = s.course
    timed = sorted((e for e in s.events() if e.start), key=lambda e: e.start)  # type: ignore
    first, last = s.weeks[0], s.weeks[-1]
    lines = [
        f"{path}: OK",
        f"Course     {c.code} {c.title}, {c.term} ({c.timezone})",
        f"Weeks      {len(s.weeks)}: week {first.number} starts {first.starts}, "
        f"week {last.number} starts {last.starts}",
        f"Lectures   {len(s.lectures)} ({sum(1 for x in s.lectures if x.delivery == 'live')} live)",
        f"Materials  {len(s.materials)} (notes, slides, papers, notebooks)",
        f"Q&A        {len(s.qa_sessions)}   Tutorials {len(s.tutorials)}   "
        f"Panels {len(s.panels)}   Quizzes {len(s.quizzes)}",
        "Coursework " + ", ".join(f"{cw.id} due {cw.deadline:%Y-%m-%d %H:%M}"
                                  for cw in s.coursework),
        f"Assessment exam {s.assessment.exam_weight}% + coursework "
        f"{s.assessment.coursework_weight}%",
        f"Timed      {len(timed)} events, {timed[0].start:%Y-%m-%d} to {timed[-1].start:%Y-%m-%d}"
        if timed else "Timed      none",
    ]
    uncertain = [e for e in s.events() if e.uncertain]
    if uncertain:
        lines.append(f"Uncertain  {len(uncertain)}: " + ", ".join(e.id for e in uncertain))
    return "\n".join(lines)


def is_policy_file(text: str) -> bool:
    """A reminder policy names `deadlines` at the top level; a schedule names `course`."""
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return False
    if not isinstance(root, yaml.MappingNode):
        return False
    keys = {k.value for k, _ in root.value if isinstance(k, yaml.ScalarNode)}
    return "deadlines" in keys and "course" not in keys


def policy_summary(p: ReminderPolicy, path: str) -> str:
    digest = "none" if p.digest_weekday is None else \
        f"{WEEKDAYS[p.digest_weekday]} {p.digest_time:%H:%M} course time"
    return "\n".join([
        f"{path}: OK (reminder policy)",
        "Deadlines  " + ", ".join(format_offset(o) for o in p.deadline_offsets) + " before",
        "Sessions   " + ", ".join(format_offset(o) for o in p.session_offsets) + " before ("
        + ", ".join(sorted(p.session_kinds)) + ")",
        f"Digest     {digest}",
        "Default    " + ", ".join(sorted(p.default_kinds)),
        f"Sending    {p.per_second}/s overall, {p.per_conversation_per_second}/s per "
        f"conversation, pause after {p.pause_after_failures} permanent failures",
    ])
