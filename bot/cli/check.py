"""`python -m bot check`: validate a schedule file and print a one-screen summary."""

from __future__ import annotations

from bot.schedule.model import Schedule


def summary(s: Schedule, path: str) -> str:
    c = s.course
    timed = [e for e in s.events() if e.start]
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
