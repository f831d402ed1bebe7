"""Whether a message is a subject with a bare schedule question beside it ("<subject> when??",
"<subject> - what week?", "so when is <subject> then"): nothing asks for the subject to be
explained, so it asks when the course covers it (the lecture or tutorial and its date), not
what the notes say of it. Read from the words alone, so any subject of any course counts."""

from __future__ import annotations

from bot.core.understand import Query

# The words of a bare "when" besides the subject: the question word itself, a schedule word
# it may be put with ("what week", "which day"), and words that ask nothing of their own.
_WHEN = frozenset({"when", "wen", "whens"})
_WHICH = frozenset({"what", "which"})
_UNIT = frozenset({"week", "day", "date"})
_EMPTY = frozenset({
    "is", "are", "was", "it", "its", "they", "that", "this", "the", "a", "so", "then",
    "again", "exactly", "please", "ok", "okay", "and", "hmm", "um", "btw", "lol", "covered",
    "taught", "done", "on", "happening", "up", "scheduled", "lecture", "lectures", "tutorial",
    "tutorials", "session", "sessions", "doing", "cover", "covering", "hey", "hi"})
# "when do we do <subject>", "when do you cover <subject>": the course's doing; a "do" with no
# one doing it is the subject's ("when do <models> beat <others>", "when does <it> hurt"), which
# the notes answer.
_DO = frozenset({"do", "does", "did"})
_DOERS = frozenset({"we", "you", "they"})


def asks_subject_when(q: Query) -> bool:
    """A subject (not a thing of the page: a lecture, coursework or session named by its id)
    and, besides it, only a bare "when" or "what/which week/day/date"; any other word ("when
    do <models> beat <others>", "what is <term>, and when") asks something else."""
    if not q.topic or q.coursework or q.lectures or q.tutorials:
        return False
    if set(q.words) & _DO and not set(q.words) & _DOERS:
        return False
    subject = set(q.topic.split())
    rest = [w for w in q.words if w not in subject | _EMPTY | _DO | _DOERS]
    if not rest:
        return False
    if set(rest) <= _WHEN:
        return True
    return (len(rest) == 2 and rest[0] in _WHICH and rest[1] in _UNIT)
