"""Messages mostly in another language, and questions about what the bot can read.

The bot reads English: what it can read of another language's message (an id, a topic) is
answered when that answers it; otherwise it says, in English, that it reads English, with
two example questions made from what it did read (`language.mostly_foreign` decides).
"""

from __future__ import annotations

from bot.core import wording as W
from bot.core.course import CourseView
from bot.core.course_parts import help_examples
from bot.core.handlers import Reply
from bot.core.language import (
    latin_words,
    loan_words,
    request_read,
    unknown_words,
    unread_latin,
    unread_stretches,
    unread_words,
)
from bot.nlu.frame import Frame
from bot.nlu.out_of_bounds import plays_a_role_for_answers

# Replies that do not answer a message the bot could not read: it was not understood.
# (Another course's reply stands: only a subject named in English is read as another
# course in such a message, pipeline.)
_NOT_UNDERSTOOD = frozenset({"unknown", "off_topic", "complaint", "own_work", "clarify",
                             "help"})
# Replies about a coursework's deadline or its hand-in: from a message of which this many
# words went unread (a stretch of unread script counted as one), what the bot read ("cw2",
# the submission system, "deadline") may be a mishap told around them ("I uploaded the old
# file and the deadline has passed"), a personal matter for a TA, not the question it is taken for.
_ABOUT_HAND_IN = frozenset({"deadline", "logistics"})
UNREAD_MANY = 4
# Words of a message read in no way (more of them than the English or course words in it),
# beside none of its request read, that make it one read only from its loan words; and the
# rule that is no more than that reading (help with coursework refused for "coursework"),
# unlike a refusal read from the other language's words, a personal matter or a crisis.
LOAN_WORDS_ONLY = 2
_READ_FROM_WORDS = frozenset({"assessed_work"})
# Replies that stand however little was read: a personal matter heard (its reply offers a
# TA's private help), nothing understood, a greeting.
_HEARD_AS_SAID = frozenset({"personal", "unknown", "greeting"})


def examples(frames: list[Frame], view: CourseView) -> tuple[str, str]:
    """Two questions to ask in English, about what the message names if the bot read any:
    its coursework, else a subject of the course, else the course's usual examples."""
    cw = next((c for f in frames if f.query is not None for c in f.query.coursework), None)
    if cw is not None:
        name = cw.lower()
        return (W.EXAMPLE_DUE.format(coursework=name), W.EXAMPLE_MARKS.format(coursework=name))
    vocabulary = view.understander.vocabulary
    topic = next((w for f in frames if f.query is not None for w in f.query.subject_words
                  if w in vocabulary), None)
    if topic is not None:
        return W.EXAMPLE_COVERS.format(topic=topic), W.EXAMPLE_EXPLAIN.format(topic=topic)
    cw_example = help_examples(view.schedule)["coursework"]
    return W.EXAMPLE_DUE.format(coursework=cw_example), W.EXAMPLE_ON


def in_english_only(reply: Reply, frames: list[Frame], message: str,
                    view: CourseView) -> Reply:
    """The reply to a message mostly in another language: as it is when it answers from
    what the bot read, or says what the page lacks of it (said to be read in part when
    words went unread), else that the bot
    reads English, with two questions to ask (and a TA's private help): so too for a
    deadline or hand-in answer to a message of which many words went unread. A rule's
    decision (a refusal, a personal matter, a crisis) stands."""
    if (only := loan_words_only(reply, frames, message, view)) is not None:
        return only
    if any(f.decided_by.startswith("rule:") and f.decided_by != "rule:empty" for f in frames):
        return reply
    unread = unread_stretches(message) + unknown_words(message)
    if reply.intent in _ABOUT_HAND_IN and unread >= UNREAD_MANY:
        first, second = examples(frames, view)
        return Reply("unknown", False, 0.0, W.ENGLISH_ONLY.format(first=first, second=second))
    if reply.intent not in _NOT_UNDERSTOOD and not reply.text.startswith(W.UNKNOWN):
        if unread_words(message) >= 2 and (words := latin_words(message)):
            reply.text = f"{reply.text}\n{W.READ_IN_PART.format(words=', '.join(words))}"
        elif reply.answered:
            # "¿a qué hora es la tutoría de mañana?": answered, and said to be in English
            reply.text = f"{W.ANSWERED_IN_ENGLISH}\n{reply.text}"
        return reply
    first, second = examples(frames, view)
    return Reply("unknown", False, 0.0, W.ENGLISH_ONLY.format(first=first, second=second))


def loan_words_only(reply: Reply, frames: list[Frame], message: str,
                    view: CourseView) -> Reply | None:
    """The "I read English only" reply to a message in another language of which nothing of
    the request was read but its loan words, when they made an answer or a refusal of it;
    None when the reply stands."""
    reads = view.understander.reads_word
    unread = len(unread_latin(message, reads))
    if (reply.intent not in _HEARD_AS_SAID and unread >= LOAN_WORDS_ONLY
            and unread > len(loan_words(message, reads)) and not request_read(message)
            and all(f.refusal in _READ_FROM_WORDS or not f.decided_by.startswith("rule:")
                    for f in frames)
            # (answers asked through a role, read from the other language's own words: the
            # assessed-work refusal stands)
            and not plays_a_role_for_answers(message)):
        # "coursework 2 ke liye ... bilkul samajh nahi aa raha": of the request nothing was
        # read but English or course words said inside it; what they alone make of it (an
        # answer, a refusal of something else, a question back) is not what was asked
        first, second = examples(frames, view)
        return Reply("unknown", False, 0.0, W.ENGLISH_ONLY.format(first=first, second=second))
    return None


def about_reading(view: CourseView) -> Reply:
    """"Can you read screenshots", "what languages can I use with you": what the bot reads."""
    c = view.schedule.course
    first, second = examples([], view)
    return Reply("help", True, 0.9, W.BOT_READS.format(code=c.code, title=c.title,
                                                       first=first, second=second))
