"""Whether a question compares the course with what its page cannot speak of: an earlier run
of it, or another module as a whole. The page is this run's and judges no other module."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bot.core.lexicon import COURSE_AS_A_WHOLE, HARDER_THAN, asks_of_an_earlier_run

if TYPE_CHECKING:
    from bot.core.understand import Query


def asks_beyond_this_run(q: Query) -> str | None:
    """"earlier" when the course is compared with an earlier run of it ("alumnus here, has
    the syllabus changed?"), "modules" when it is compared as a whole with another module
    ("is this module harder than <another>"), else None; not when a thing of the course is
    named or asked (its own question: "a friend says the book changed, which book is it")."""
    if (q.coursework or q.lectures or q.tutorials or q.notes or q.kinds
            or q.has("exam", "book", "weight", "submit", "gpu", "forum")):
        return None
    if asks_of_an_earlier_run(q.text):
        return "earlier"
    if HARDER_THAN.search(q.text) and (q.other_course or COURSE_AS_A_WHOLE.search(q.text)):
        return "modules"
    return None
