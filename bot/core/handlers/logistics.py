"""Course logistics: assessment, examinable material, submission, book, GPUs, forum, places."""

from __future__ import annotations

from bot.core import wording as W
from bot.core.course import CourseView, Reader
from bot.core.handlers import Reply
from bot.core.understand import Query


def answer_logistics(q: Query, view: CourseView, reader: Reader) -> Reply:
    s = view.schedule
    c, a = s.course, s.assessment
    parts: list[str] = []
    answered = True

    if q.has("examinable") and (q.lectures or q.has("exam", "examinable")):
        if q.lectures:
            for lid in q.lectures:
                lec = s.lecture(lid)
                if lid in a.examinable_marked:
                    parts.append(W.EXAMINABLE_LECTURE.format(number=lec.number, title=lec.title,
                                                             marked=W.EXAMINABLE_MARKED))
                elif lid in a.examinable_unmarked:
                    parts.append(W.EXAMINABLE_LECTURE.format(number=lec.number, title=lec.title,
                                                             marked=""))
                else:
                    parts.append(W.EXAMINABLE_UNLISTED.format(number=lec.number, title=lec.title))
        else:
            parts.append(W.EXAMINABLE.format(note=a.examinable_note))
    if q.has("exam") and q.has("when", "where") and not q.has("weight"):
        parts.append(W.EXAM_DATE_UNKNOWN)
        answered = False
    if q.has("weight") or (q.has("exam") and not parts):
        parts.append(W.ASSESSMENT.format(exam=a.exam_weight, cw=a.coursework_weight,
                                         count=a.coursework_count, assessed=a.coursework_assessed))
    if q.has("submit"):
        parts.append(W.SUBMISSION.format(via=a.submission_via, contents=a.submission_contents,
                                         notebooks=a.notebooks_note))
    elif q.has("individual"):
        parts.append(W.INDIVIDUAL)
    if q.has("book"):
        parts.append(W.BOOK.format(book=c.book))
    if q.has("gpu"):
        parts.append(W.GPU.format(advice=c.gpu_advice))
    if q.has("forum"):
        parts.append(W.FORUM.format(forum=c.forum.name, course=c.forum.course_name))
    if q.has("revision"):
        parts.append(W.REVISION.format(notes=c.revision_notes))
    if q.has("materials_where") and not parts:
        parts.append(W.MATERIALS.format(note=c.materials_note))
    if q.has("recorded"):
        parts.append(W.DELIVERY.format(delivery=", ".join(c.delivery)))
    if q.has("where") and not parts:
        parts.append(W.WHERE_SESSIONS.format(place=_session_place(view)))
    if (q.has("session", "when") and ({"qa", "tutorial"} & q.kinds)) or q.has("timetable"):
        slots = ", ".join(f"{sl.day} {sl.start:%H:%M}-{sl.end:%H:%M} "
                          f"{'Q&A' if sl.kind == 'qa' else 'tutorial'}" for sl in c.timetable)
        parts.append(W.TIMETABLE.format(slots=slots, note=c.timetable_note))
    if q.has("course") and not parts:
        parts.append(W.COURSE_INFO.format(code=c.code, title=c.title, term=c.term,
                                          forum=c.forum.name, forum_course=c.forum.course_name,
                                          timezone=c.timezone))
    if not parts:
        return Reply("logistics", False, 0.2, W.UNKNOWN)
    return Reply("logistics", answered, 0.85 if answered else 0.5, "\n".join(parts))


def _session_place(view: CourseView) -> str:
    places = sorted({e.location for e in view.events if e.location and e.kind != "deadline"})
    return " and ".join(places) or "the places given in the schedule"


def has_logistics_cue(q: Query) -> bool:
    return q.has("exam", "examinable", "submit", "book", "gpu", "forum", "revision",
                 "recorded", "individual", "weight")
