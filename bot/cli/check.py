"""`python -m bot check`: validate a schedule, vocabulary or reminder policy file and
summarise it."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from bot.reminders.policy import WEEKDAYS, ReminderPolicy, format_offset
from bot.schedule.model import Schedule
from bot.schedule.vocabulary import FILE_NAME, Vocabulary, vocabulary_beside


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
    words = vocabulary_beside(path)
    lines.append(f"Vocabulary {words.name}: {_vocabulary_counts(s.vocabulary)}"
                 if words.is_file() else f"Vocabulary none (no {words.name} beside it)")
    return "\n".join(lines)


def _vocabulary_counts(v: Vocabulary) -> str:
    cues = sum(len(words) for words in v.cues.values())
    return (f"{len(v.course_names)} course names, {cues} cue words in {len(v.cues)} concepts, "
            f"{len(v.aliases)} aliases, {len(v.abbreviations)} abbreviations, "
            f"{len(v.topics)} topic phrases, {len(v.words)} subject words")


def vocabulary_summary(v: Vocabulary, path: str) -> str:
    return f"{path}: OK (course vocabulary)\n{_vocabulary_counts(v)}"


def is_vocabulary_file(path: str, text: str) -> bool:
    """Named vocabulary.yaml, or a mapping of nothing but vocabulary keys."""
    if Path(path).name == FILE_NAME:
        return True
    keys = _top_level_keys(text)
    return bool(keys) and keys <= {f.name for f in dataclasses.fields(Vocabulary)}


def _top_level_keys(text: str) -> set[str]:
    import yaml

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return set()
    if not isinstance(root, yaml.MappingNode):
        return set()
    return {k.value for k, _ in root.value if isinstance(k, yaml.ScalarNode)}


def is_policy_file(text: str) -> bool:
    """A reminder policy names `deadlines` at the top level; a schedule names `course`."""
    keys = _top_level_keys(text)
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
