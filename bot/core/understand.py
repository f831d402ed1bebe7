"""Turn a free-form question into a structured `Query`: cues, entities, time and topic.

Nothing here answers anything: understanding (bot/nlu) decides the intent from this parse,
and the handlers answer.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import lru_cache
from itertools import pairwise
from zoneinfo import ZoneInfo

from bot.core.any_of import any_of
from bot.core.chinese import read_han
from bot.core.course_words import CourseWords
from bot.core.glossary import singular
from bot.core.inflected import read_inflected
from bot.core.language import joined_pinyin, own_words
from bot.core.lexicon import (
    CUES,
    DOMAIN_WORDS,
    EVERYDAY,
    FILLER,
    FOREIGN_WORDS,
    FUNCTION_WORDS,
    GUESS_TAG_WORDS,
    IN_GENERAL,
    LIST_GOES_ON,
    MIXED_MARKS,
    NOT_A_NAME,
    VOCATIVE,
    student_group,
    unstated_predicate,
)
from bot.core.more_languages import LEADING_PARTICLES, POSTPOSED, QUESTION_PARTICLES
from bot.core.recent_texts import holds_message_text, register_holder
from bot.core.request_words import NUMBER_RANGE, NUMBERED_COURS
from bot.core.text import (
    HOMOPHONES,
    NUMBER_PATTERN,
    NUMBER_WORDS,
    SpellFixer,
    edit_distance,
    join_split_teens,
    normalize,
    number_value,
    tokens,
)
from bot.core.topics import MATCH_THRESHOLD, TopicMatch
from bot.core.when import (
    CourseCalendar,
    TimeParse,
    asked_week,
    busy_time,
    parse_time,
    read_clock_words,
)
from bot.core.whose_zone import asks_whose_zone
from bot.core.zones import find_zone
from bot.schedule.kinds import EVENT_KINDS, SESSION_KINDS
from bot.schedule.model import Schedule

_WEEK_NOW = re.compile(r"\b(?:what|which) week(?: of (?:the )?(?:term|course|semester|module))? "
                       r"(?:is it|it is|are we|we are|is this|this is|we're)\b|\bcurrent week\b")


def says_week_now(text: str) -> bool:
    """Whether the (normalised) text asks which week it is now, whatever else it asks."""
    return bool(_WEEK_NOW.search(text))


# "what now?", "now what", "ok what's next", "whats on next", "what comes next": the whole
# message asks what comes next, of nothing named.
# (After a newcomer's introduction of themselves, "i just joined", "late joiner here", "i'm a
# visiting student": who is asking, no circumstance, and what is ahead is what they need.)
_NEWCOMER = (r"(?:(?:hi|hey|hello)[\s,.!]+)?(?:i(?: have|'ve|ve)? (?:just |only just |recently )?"
             r"(?:joined|enrolled|signed up|arrived)(?: (?:on |in |to |for )?(?:the|this) "
             r"(?:course|module|class))?"
             r"(?: late)?|(?:i'?m |i am )?(?:a |the )?(?:late joiner|late starter|newcomer|"
             r"new (?:student|joiner|here)|visiting student|exchange student|new to (?:the|this) "
             r"(?:course|module|class))(?: here)?)(?:\s*(?:[-,.!:;]+|\band\b|\bso\b)\s*)+")
_WHAT_NEXT = re.compile(r"^(?:" + _NEWCOMER + r")?(?:(?:so|ok|okay|and|right|alright|hmm|well)"
                        r"[\s,.!]+)*(?:"
                        r"what(?:'s|s| is)?\s+(?:now|on now|(?:on |up |coming |happening |"
                        r"due )?next)|now what|what comes next|what do (?:we|i) (?:have|do) "
                        r"(?:now|next)|what(?:'s|s| is| do (?:we|i) have)?\s+(?:(?:on|due) "
                        r"(?:or|and) )?coming up)(?:\s+(?:then|for me|for us))?\W*$")
_NEWCOMER_INTRO = re.compile(_NEWCOMER)
_DUE_OR_COMING = re.compile(r"\bdue (?:or|and) coming up\b")
_WEEK_OF = re.compile(r"\b(?:what|which) (?:teaching |course |term |academic )?week\b")
# "its mon 1st feb", "today is the 22nd of feb": a date the asker gives as today.
_STATED_TODAY = re.compile(
    r"\b(?:it'?s|it is|today is|today'?s)\s+((?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\s+)?"
    r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
    r"nov|dec)[a-z]*)\b")
# "the lecture one of the pre-recorded ones": a count word before "of" is no number of an id.
_NOT_ONE_OF = r"(?!(?<=\bone)\s+of\b)"
# "tutorial 26 jan 11:00" with its date read: "11:00", "11am" are the time it is at, no id.
# Nor is a day before its month ("tutorial 26/1", "lecture 23.2", "tut 26-01", "16-2"): a dash
# after a number is a date as when._DASH_DATE reads one (else "lectures 3-5" is a range).
_NOT_A_DATE = (r"(?!\s?/\s?\d|-\d{1,2}-\d|-0\d|(?<=\b(?:1[3-9]|2\d|3[01]))-(?:[1-9]|1[0-2])\b)")
_NOT_A_CLOCK = r"(?![:.]\d|\s?(?:am|pm)\b)" + _NOT_A_DATE
# "L1 loss", "l2 regularisation", "L1 vs L2 norm": the norm, not lecture 1 or 2 (a bare "l"
# before a number names a lecture only when no word of norms follows).
_NOT_A_NORM = (r"(?!\s?\d{1,2}\s*(?:(?:vs\.?|versus|or|and|/|,)\s*l?\s?\d\s*)?-?\s*"
               r"(?:loss(?:es)?|norms?|regulari[sz]\w*|reg\b|penalt\w*|distances?|errors?|"
               r"weight decay|decay|sparsity|ball|unit ball)\b)")
# ... nor is a bare "l1" or "l2" in a message about losses or penalties wherever its word is
# ("which loss for outliers: mse, l1 or huber?"): the norms, not lectures 1 and 2.
_NORM_CONTEXT = re.compile(r"\b(?:loss(?:es)?|mse|mae|huber|norms?|regulari[sz]\w*|penalt\w*|"
                           r"weight decay|sparsity|sparse|lasso|ridge)\b")
_CW_NOUN = r"(?:coursework|cw|task|assignment|project|homework|hw|practical|assessment)s?"
_ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3}
# Two tasks by their places under one noun ("the 2nd and 3rd coursework", "first or second
# task"): neither ordinal is a day of a month.
_ORDINAL_PAIR = re.compile(rf"\b(first|1st|second|2nd|third|3rd)\s?(?:,|and|&|or)\s?(?:the\s+)?"
                           rf"(first|1st|second|2nd|third|3rd) {_CW_NOUN}\b")
CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "weds", "thu", "thur", "thurs", "fri", "sat", "sun", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "morning", "afternoon",
    "evening", "night", "noon", "midday", "am", "pm", "gmt", "bst", "utc", "month", "year"})
_PLURAL_KINDS = frozenset({"qas", "tutorials", "tuts", "quizzes", "quizes", "deadlines",
                           "sessions", "lectures"})
# Abbreviations the typo corrector must leave alone.
# Chat abbreviations, and English words the model's tokenizer splits ("maths" is not "mates").
PROTECTED = frozenset({"tues", "thur", "thurs", "weds", "tmrw", "tmr", "tdy", "2day", "cwk",
                       "maths", "stats", "econ", "bio", "chem", "physics", "robotics",
                       # "on thursdays": any such day (when.py), not "on thursday"
                       "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays",
                       "sundays"})
# Kinds of event named by a cue of their own ("tutorial", "quiz"); a deadline is inferred.
_NAMED_KINDS = tuple(k for k in EVENT_KINDS if k != "deadline")


class DeferredValue:
    """A dataclass field that may hold a computation deferred until its value is first
    read: a part the rules decide never reads its topic's matches, and the topic search
    may cost the model a forward pass. Unset (None), it is an empty list. Copies made
    before the first read share the one result (`defer`'s computation runs once)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self._value, self._pending = f"_{name}", f"_{name}_pending"

    def __get__(self, obj: object, owner: type | None = None):
        if obj is None:
            return None  # the field's default
        pending = obj.__dict__.pop(self._pending, None)
        if pending is not None:
            obj.__dict__[self._value] = pending()
        return obj.__dict__[self._value]

    def __set__(self, obj: object, value) -> None:
        obj.__dict__.pop(self._pending, None)
        obj.__dict__[self._value] = [] if value is None else value

    def defer(self, obj: object, compute: Callable[[], object]) -> None:
        """`compute` gives the value when it is first read (of `obj` or of a copy)."""
        result: list = []

        def once() -> object:
            if not result:
                result.append(compute())
            return result[0]

        obj.__dict__[self._pending] = once


@dataclass
class Query:
    raw: str
    text: str  # normalised, typos corrected
    words: list[str]
    cues: dict[str, set[str]]
    time: TimeParse
    coursework: list[str] = field(default_factory=list)  # CW ids
    coursework_position: str | None = None  # "first", "last", "next"
    lectures: list[str] = field(default_factory=list)
    tutorials: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    direction: str | None = None  # "next", "previous", "first", "last", "all"
    topic: str = ""  # what is left once cues, entities and time are taken out
    staff: list[str] = field(default_factory=list)  # staff names mentioned
    missing: list[str] = field(default_factory=list)  # e.g. "coursework 4": no such thing
    # A group of students a rule is asked for that the page never names ("can exchange
    # students ...", "do part-timers get longer ..."), as written.
    unnamed_group: str = ""
    # A course code named (shaped like the course's own), and whether it is the course's.
    course_code: str | None = None
    other_course: bool = False
    # Every course code named, in order ("is this <code> or <another>": both).
    course_codes: list[str] = field(default_factory=list)
    # Schedule items the topic matches, best first (set by the assistant: needs the index;
    # the search may be deferred until they are first read, `defer_topic_search`).
    topic_matches: list[TopicMatch] = DeferredValue()  # type: ignore[assignment]

    def defer_topic_search(self, search: Callable[[], list[TopicMatch]]) -> None:
        """`search` gives `topic_matches` when they are first read."""
        Query.__dict__["topic_matches"].defer(self, search)

    @property
    def subject_known(self) -> bool:
        return bool(self.topic_matches) and self.topic_matches[0].score >= MATCH_THRESHOLD

    # Topic words that are real words, not chat filler or unreadable slang ("smth", "wots").
    subject_words: list[str] = field(default_factory=list)

    # What to search the notes with, when the question alone is not enough ("... and how do
    # you fix it" borrows the first part's words).
    search_text: str = ""
    # Searches of the course notes already made for this question: (text, admin) -> result.
    passages: dict = field(default_factory=dict)
    # Subject words in the position of what is asked about ("a lecture on dropout",
    # "what is the weather"), as opposed to words around the question ("I took a break").
    focus_words: list[str] = field(default_factory=list)
    # Subject words the course's vocabulary (schedule, notes, lexicon) does not have
    # ("rain" in "is it gonna rain tomorrow").
    foreign_words: list[str] = field(default_factory=list)
    # The message mixes another language's common words into English (understand.is_mixed):
    # its other words unknown to English and to the course are that language's, no topic.
    mixed: bool = False
    # ... and those other words, unread ("hocam <word> ne zaman": what is asked may be one).
    unread: list[str] = field(default_factory=list)
    # Course weeks named besides the time's own ("week 5 and week 6"), in order.
    also_weeks: list[int] = field(default_factory=list)
    # The message is this one part (set by the pipeline): a statement told alone asks of itself.
    alone: bool = False
    # The day the asker says it is ("its sat 20 feb"), at the time of asking, if they do.
    stated_now: datetime | None = None
    # The person a message is addressed to by name ("Hi Mark, ..."), if it is, not the course
    # word the name may also be.
    addressed: str = ""
    # How a previous turn recalled for a follow-up was answered (its intent's value), if known.
    answered_as: str = ""
    # What was recognised, as written, and its kind ("cw2" -> "coursework"): the intent
    # classifier reads the question with these masked, so that it learns the shape of a
    # question rather than this course's ids and names.
    spans: list[tuple[str, str]] = field(default_factory=list)

    @property
    def asks_week_now(self) -> bool:
        """"What week is it?", with nothing else asked about."""
        return bool(_WEEK_NOW.search(self.text)) and not (
            self.subject_words or self.lectures or self.tutorials or self.kinds)

    @property
    def asks_what_next(self) -> bool:
        """"What now?", "now what", "what's on next": what comes next, of nothing named."""
        # (the words of a newcomer's introduction are who asks, not a subject asked about)
        # ("what's due or coming up": the deadlines and the sessions ahead, both)
        introduced = bool(_NEWCOMER_INTRO.match(self.text))
        kinds = self.kinds - ({"deadline"} if _DUE_OR_COMING.search(self.text) else set())
        return bool(_WHAT_NEXT.search(self.text)) and not (
            (self.subject_words and not introduced) or self.lectures or self.tutorials
            or kinds or self.coursework or self.staff)  # ("now" may set a window)

    @property
    def asks_week_of_day(self) -> date | None:
        """"Which teaching week is 10 February in?": the day, with nothing else asked about."""
        window = self.time.window
        if (window is None or window.granularity != "day" or not _WEEK_OF.search(self.text)
                or self.subject_words or self.lectures or self.tutorials or self.kinds
                or self.coursework):
            return None
        return window.start.date()

    @property
    def topic_phrase(self) -> str:
        """The topic as shown back to the asker ("I can't find "X" in the titles"): a short
        phrase of subject words only, as written together; "" when what is left of the
        question does not look like a topic (the words of a long message's context,
        "normally", "actually"), which the answer then does not quote (wording.say_topic)."""
        words = [w for w in self.topic.split() if w not in FILLER]
        subject = set(self.subject_words)
        phrase = " ".join(words)
        if (not words or len(words) > MAX_ECHO_WORDS
                or len(words) > 1 and not all(w in subject for w in words)
                or all(_ADVERB.search(w) for w in words)
                or not re.search(rf"\b{re.escape(phrase)}\b", self.text)):
            return ""  # (words from apart in a sentence, "library wondered", are no phrase)
        return phrase

    @property
    def subject_unknown(self) -> bool:
        """The question names something real that the schedule does not know."""
        return bool(self.subject_words) and not self.subject_known

    @property
    def focus_unknown(self) -> bool:
        return bool(self.focus_words) and not self.subject_known

    @property
    def only_names_items(self) -> bool:
        """"lec 14", "cw2??", "T03": the message is a lecture, tutorial, notes or coursework
        id and nothing else, which asks for that item's entry (no question word needed)."""
        if not (self.lectures or self.tutorials or self.notes or self.coursework):
            return False
        rest = self.text
        for kind, written in self.spans:
            if kind in ("lecture", "tutorial", "notes", "coursework"):
                rest = rest.replace(written, " ", 1)
        return not tokens(rest)

    @property
    def asks_item_in_general(self) -> bool:
        """"cw2 info", "tell me about lecture 5", "T03 details pls": one lecture, tutorial or
        coursework id, with only words that ask for it in general (its main facts)."""
        if len(self.lectures) + len(self.tutorials) + len(self.coursework) != 1 or self.notes:
            return False
        rest = self.text
        for kind, written in self.spans:
            if kind in ("lecture", "tutorial", "coursework"):
                rest = rest.replace(written, " ", 1)
        # ("lecture 14 about?", "what is cw2 about": what it covers, the topic's question)
        said = tokens(self.text)
        if self.lectures and {"about", "abt", "regarding"} & set(said):
            # ("tell me about lecture 16": what a lecture covers, the topic's answer, which a
            # part after it asking for "its tutorial" follows; a task's is its deadline entry)
            return False
        return set(tokens(rest)) <= IN_GENERAL and not (said and said[-1] in ("about", "abt"))

    @property
    def names_nothing_of_the_course(self) -> bool:
        """Only words the course does not know, one of them of everyday life, besides a time
        ("is it gonna rain tomorrow"): no event kind, id, person or course cue, so the time
        alone is no reason to answer with the schedule."""
        return (bool(set(self.foreign_words) & EVERYDAY)
                and len(self.foreign_words) == len(self.subject_words)
                and not (self.kinds or self.coursework or self.lectures or self.tutorials
                         or self.notes or self.staff or self.missing or self.course_code)
                and set(self.cues) <= _GENERIC_CUES)

    @property
    def asks_unstated(self) -> str | None:
        """What the question asks of a thing the page lists that no schedule states
        ("effort", "contingency", "grouping": lexicon.UNSTATED_PREDICATES), if it names such
        a thing. Not when it names a thing the page has no field for ("how big can the zip
        be": a size limit, said missing by name) or how the work is handed in."""
        if self.unnamed_group and (self.coursework or self.kinds or self.has(
                "exam", "coursework", "deadline", "weight", "assess", "examinable")):
            # (a quiz or a session too: "do MEng students sit the same quizzes")
            return "cohort"  # "can exchange students be assessed by coursework only?"
        asked = unstated_predicate(self.raw.lower())
        # (a marking scheme is a thing the page lacks, named; how it is marked is asked the
        # same way whether or not the scheme is named)
        if asked is None or self.missing or (self.has("not_on_page") and asked != "marking") or (
                asked == "effort" and self.has("submit")):
            return None
        if (asked == "effort" and _TIME_IN_SESSIONS.search(self.raw.lower())
                and self.kinds & set(SESSION_KINDS) and not self.coursework
                and not self.has("coursework", "deadline", "exam", "submit")):
            return None  # "how much time do tutorials take altogether": the sessions' own
            # times, which the page gives (summed), not the work a task is
        listed = bool(self.coursework or self.tutorials or self.lectures or self.kinds
                      or self.has("coursework", "deadline", "exam", "tutorial"))
        if asked == "grouping":
            listed = listed or self.has("individual", "who")
        if asked == "attendance" and _WHICH_TO_ATTEND.search(self.raw.lower()):
            return None  # "week 1 - what do i need to attend", "have to attend anything
            # tomorrow?": which sessions, not a rule
        if asked in ("practice_papers", "attendance"):
            listed = True  # the exam's papers, the sessions' attendance: named or not
        return asked if listed else None

    def has(self, *concepts: str) -> bool:
        # (a loop, not any() over a generator: asked some 30 times a parse)
        cues = self.cues
        for c in concepts:  # noqa: SIM110
            if cues.get(c):
                return True
        return False

    @property
    def asks_yes_no(self) -> bool:
        """"is today's tut the one on padding", "Q&A starts in 20 min right?"; also after a
        time said first ("3 days from now, do i need cw2 in already")."""
        return _asks_yes_no(self.text, self.time.phrase)

    @property
    def reports_claim(self) -> bool:
        """"TA told us cw3 is due on the 2nd", "my friend says ...": said by someone else."""
        # ("you told me cw3 is due friday": the bot's own word doubted, not another's)
        return bool(REPORTED.search(self.text)) and not _BOT_SAID.search(self.text)

    @property
    def asks_count(self) -> bool:
        """"how many ...": a number is part of the answer."""
        return bool(_HOW_MANY.search(self.text))

    @property
    def asks_remaining(self) -> bool:
        """"how many cws do I still have to hand in", "which tutorials are left": the ones
        still to come, all of them (not only the next)."""
        words = set(self.words) - ({"more"} if _COMPARED.search(self.text) else set())
        return bool(words & _REMAINING) or self.direction == "upcoming"

    @property
    def week(self) -> int | None:
        return self.time.week_number


_WORDS = re.compile(r"[^\W\d_]+")


# "what do i need to attend", "which sessions do we have to go to": the sessions to attend
# asked for, not whether attending is a rule (said by its own words)
# The time sessions take, asked as time (not as work or effort): "how much time", "how many
# hours", "how long".
_TIME_IN_SESSIONS = re.compile(r"\bhow (?:much time|many (?:hours?|hrs?)|long)\b")
_WHICH_TO_ATTEND = re.compile(
    # ("the first thing i need to attend": which one comes first, not a rule)
    r"^(?![^.?!]*\b(?:attendance|compulsory|mandatory|obligatory|optional|register)\b)"
    r"[^.?!]*\b(?:first|next|earliest|initial)\b[^.?!]{0,30}\b(?:have|need|got|supposed|"
    r"meant|expected) to (?:attend|go to|turn up to|show up to|be at)\b|"
    r"^(?![^.?!]*\b(?:attendance|compulsory|mandatory|obligatory|optional|register)\b)"
    r"[^.?!]*\b(?:what|which|wat|wht)\b[^.?!]{0,40}\b(?:have|need|got|supposed|meant|"
    r"expected) to (?:attend|go to|turn up to|show up to|be at)\b"
    # ("do i need to show up to anything tomorrow": whether anything is on, which is the same)
    r"|^(?![^.?!]*\b(?:attendance|compulsory|mandatory|obligatory|optional|register)\b)"
    r"[^.?!]*\b(?:have|need|got|supposed|meant|expected) to (?:attend|go to|turn up to|"
    r"show up to|be at|join) (?:anything|something)\b"
    # ("anything on thursdays i must go to": the same, the thing said before the duty)
    r"|^(?![^.?!]*\b(?:attendance|compulsory|mandatory|obligatory|optional|register)\b)"
    r"[^.?!]*\b(?:anything|something)\b[^.?!]{0,40}\b(?:(?:have|need|got|supposed|meant|"
    r"expected) to|must|should) (?:attend|go to|turn up (?:to|for)|show up (?:to|for)|be at|"
    r"join)\b", re.MULTILINE)


def is_mixed(text: str) -> bool:
    """A normalised message mixing another language's common words into English."""
    return len(MIXED_MARKS.intersection(_WORDS.findall(text))) >= 2


# One of FUNCTION_WORDS as a word of its own ("qué", "c'est"; not "le" of "lenet").
_FUNCTION_WORD = re.compile(r"(?<![\w'-])(?:" + "|".join(
    re.escape(w) for w in sorted(FUNCTION_WORDS, key=len, reverse=True)) + r")(?![\w'-])")


def without_function_words(text: str, message: str) -> str:
    """`text` without other languages' function words when the normalised `message` holds
    at least two of them ("c'est quoi le dropout": "dropout"); else `text` as it is (a lone
    "la" or "es" of an English question is left alone)."""
    if len(set(_FUNCTION_WORD.findall(message))) < 2:
        return text
    return re.sub(r"\s+", " ", _FUNCTION_WORD.sub(" ", text)).strip()


# An article or preposition of French or Italian elided onto the next word ("l'examen",
# "d'examen", "dell'esame").
_ELIDED = re.compile(r"(?<![\w'])(?:l|d|qu|dell|all|nell|sull|dall|un)'(?=[^\W\d_])")


def in_english(text: str, message: str | None = None) -> str:
    """A normalised message that mixes another language's common words into an English
    question ("wann ist die q&a diese woche") with those words read in English ("when is the
    q&a this week"), so that they are neither a topic, another course's name nor a typo;
    a message with fewer than two words of MIXED_MARKS is left as it is. `message`: the
    normalised message `text` is a part of, whose language the part is read in ("kam lecture
    fi week 4? w el deadline bta3 task 1 emta?": its first part has one mark of its own)."""
    # (a part with no mark of its own, "nadie se va a enterar jaja", is left as it is;
    # one of only the message's language's own words is that language's: "moeten we de
    # opdrachten alleen maken? hoe lever je ze in?")
    said = set(_WORDS.findall(text))
    whole = message if message is not None and (MIXED_MARKS.intersection(said) or (
        is_mixed(message) and said & set(own_words(_WORDS.findall(message))))) else text
    if not is_mixed(whole):
        return text
    # ("quand est l'examen", "la data dell'esame": the article elided onto the word is none)
    text = _ELIDED.sub("", text)
    whole = _ELIDED.sub("", whole)
    text = NUMBER_RANGE.sub(r"\1 to \2", text)  # ("cours 15 à 21": 15 to 21)
    text = NUMBERED_COURS.sub("lectures", text)
    own = own_words(_WORDS.findall(whole))  # ("kadai wa kojin desu ka": "wa" a particle)
    asked = [m.start() for m in _WORDS.finditer(text)
             if m.group() in own and m.group() in QUESTION_PARTICLES]
    either = set(asked[:-1])  # a question asked of two things asks which: "or"
    # ("czy A czy B": a particle before each of the two; the second is the "or")
    leading = [m.start() for m in _WORDS.finditer(text) if m.group() in LEADING_PARTICLES]
    either |= set(leading[1:])
    # Words of two or more ("hoe laat", "gia hạn") first, their English kept from the
    # word-by-word reading after (a placeholder no word matches).
    phrases: list[str] = []

    def _phrase(m: re.Match[str]) -> str:
        phrases.append(own[m.group()])
        return f"\x00{len(phrases) - 1}\x00"

    if multi := sorted((w for w in own if " " in w), key=len, reverse=True):
        text = re.sub(r"(?<![\w'])(?:" + "|".join(map(re.escape, multi)) + r")(?![\w'])",
                      _phrase, text)
    text = _WORDS.sub(lambda m: "or" if m.start() in either else own.get(
        m.group(), FOREIGN_WORDS.get(m.group(), m.group())), text)
    text = re.sub(r"\x00(\d+)\x00", lambda m: phrases[int(m.group(1))], text)
    text = POSTPOSED.sub(r"\2 \1", text)
    return re.sub(r"\s+", " ", text).strip()


# What `Understander._words_read` gives: the name greeted, mixed languages, the text read,
# the zone named (None when doubted or none) and the words that named it.
_WordsRead = tuple[str, bool, str, ZoneInfo | None, str | None]
_WORDS_KEPT = 512  # recent texts (a message, its parts, its whole), as the other text caches


class Understander:
    """Parses questions for one schedule; build once per schedule version."""

    def __init__(self, schedule: Schedule, english: frozenset[str] = frozenset(),
                 extra_vocabulary: frozenset[str] = frozenset(),
                 real_words: frozenset[str] = frozenset()):
        """`english`: real words never "corrected" (e.g. the embedding model's vocabulary);
        `extra_vocabulary`: more words to correct towards (e.g. those of the course notes);
        `real_words`: words never corrected, not corrected towards either (every word of
        the notes)."""
        self.schedule = schedule
        # Everything the page says, in lower case: a group of students it names is its own.
        self.page_text = " ".join(_strings_of(schedule)).lower()
        taught = sorted({e.week for group in (schedule.lectures, schedule.tutorials,
                                              schedule.qa_sessions, schedule.panels)
                         for e in group if e.week is not None})
        self.calendar = CourseCalendar(schedule.tz, {w.number: w.starts for w in schedule.weeks},
                                       schedule.course.numeric_dates == "month/day",
                                       tuple(taught))
        self.words = CourseWords.of(schedule)
        self.cues = self.words.cues
        self._cue_words = {w for ws in self.cues.values() for w in ws}
        # Each cue word's concepts, and the concepts' order: a question's few words look up
        # their concepts instead of every concept being intersected with them.
        self._concepts_of: dict[str, list[str]] = {}
        for concept, ws in self.cues.items():
            for w in ws:
                self._concepts_of.setdefault(w, []).append(concept)
        self._concept_rank = {concept: i for i, concept in enumerate(self.cues)}
        vocab = set(DOMAIN_WORDS) | self._cue_words | self.words.words | extra_vocabulary
        for text in _schedule_words(schedule):
            vocab.update(t for t in tokens(normalize(text)) if t.isalpha() and len(t) > 2)
        self.speller = SpellFixer(vocab, protected=self.words.stopwords | english | PROTECTED
                                  | real_words)
        self.english = english
        self.vocabulary = vocab
        self.staff_names = sorted({entry.removesuffix(" & team") for e in schedule.events()
                                   for entry in e.staff}, key=len, reverse=True)
        self._staff_patterns = [(n, re.compile(rf"\b{re.escape(n.lower())}(?:'?s)?\b"))
                                for n in self.staff_names]
        # (a message names one of them rarely: one scan rules them all out)
        self._any_staff = any_of(p for _, p in self._staff_patterns)
        self.lecture_ids = {_lecture_key(lec.number): lec.id for lec in schedule.lectures}
        # Tutorials are asked for by number ("tutorial 5") when their ids are numbered.
        numbered = {t.id: m for t in schedule.tutorials
                    if (m := re.fullmatch(r"([A-Za-z]+)0*(\d+)", t.id))}
        self.tutorial_by_number = {int(m.group(2)): tid for tid, m in numbered.items()}
        # Their ids' letters ("t" of "T05") name a tutorial too.
        self._tutorial_prefix = "|".join(sorted({"tutorial", "tut", "t"} | {
            re.escape(m.group(1).lower()) for m in numbered.values()}, key=len, reverse=True))
        self.code_digits = _code_digits(schedule.course.code)
        self._code = (re.compile(rf"(?<![\d.:/-])(\d{{{len(self.code_digits)}}})(?![\d.:/-])")
                      if self.code_digits else None)
        self.note_ids = {m.id.lower(): m.id for m in schedule.materials}
        # Families of numbered reading ids ("R" of R01 ... R20): one asked for that the page
        # lacks ("R05") is a missing id of its family, answered with its neighbours.
        self.id_families = id_families([m.id for m in schedule.materials])
        self._family_ids = (rf"\b({'|'.join(sorted(self.id_families, key=len, reverse=True))})"
                            rf"(\d{{1,2}}[a-z]?)\b") if self.id_families else None
        self.coursework_by_number = {cw.number: cw.id for cw in schedule.coursework}
        self._title_weeks = _title_weeks(schedule, self.words)
        # Words a dictated message may split ("trans formers", "tutor all"): those of the
        # schedule's titles and of its kinds of event, long enough not to be a chance join.
        titles = {t for text in _schedule_words(schedule) for t in tokens(normalize(text))}
        self._dictated = frozenset(w for w in titles | self._cue_words
                                   if w.isalpha() and len(w) >= _DICTATED_LEN)
        # Those words by all but their last letter ("convolution" + "a" of "convolutional"),
        # looked up, not searched for, in each pair of a message's words.
        self._dictated_by_stem: dict[str, list[str]] = {}
        for w in sorted(self._dictated):
            self._dictated_by_stem.setdefault(w[:-1], []).append(w)
        self._title_words = frozenset(titles)
        self._title_sounds = _title_sounds(titles)
        # A numbered id typed glued to the words around it ("wheniscw2due", "cw1deadline",
        # "isthet4 online"): the kinds' nouns and the letters of the schedule's ids.
        nouns = {"coursework", "cw", "task", "assignment", "project", "homework", "hw",
                 "lecture", "lec", "lect", "l", "week", "wk", *self._tutorial_prefix.split("|"),
                 *self.id_families}
        self._glued = re.compile(
            rf"\b([a-z]*?)({'|'.join(sorted(nouns, key=len, reverse=True))})(\d{{1,2}})"
            r"([a-z]*)\b")
        # What a side of a glued id may be: a word of the course or a function word (built
        # once; the vocabulary holds the cue words).
        self._glue_words = self.words.stopwords | self.vocabulary
        # (per understander: a new schedule's words read differently; forgotten with the
        # recent texts, for forget-me)
        self._kept_words = lru_cache(maxsize=_WORDS_KEPT)(self._read_words)
        register_holder(self.forget_recent)

    def _addressed(self, question: str) -> tuple[str, str]:
        """The name a message greets ("Hi Mark, the boiler ..."), and the message without it:
        a person's name is never read as the course word it may also be ("mark", "grade").
        Not a name of the course's staff, nor a word of its schedule ("Tuesday, ...")."""
        m = VOCATIVE.match(question)
        if m is None:
            return "", question
        name = (m.group(1) or m.group(2)).lower()
        if (name in NOT_A_NAME or name in EVENT_KINDS or name in self._title_words
                or any(name in n.lower().split() for n in self.staff_names)
                or (m.group(2) and name in self.words.words)
                or (m.group(2) and LIST_GOES_ON.match(question, m.end()))):
            return "", question
        start, end = m.span(1) if m.group(1) else m.span(2)
        return name, (question[:start] + question[end:]).strip()

    def _words_read(self, question: str, message: str | None) -> _WordsRead:
        """`question`'s words as `parse` reads them before any clock: the name it greets,
        whether it mixes languages, its text (in English, aliases, ids, spelling read) and
        the zone it names (with the words naming it taken out). Kept for recent texts: a
        message's parts, its whole and its question alone are parsed again at other moments
        (each turn's clock), and this part, most of a parse's own work, reads the same."""
        return self._kept_words(question, message)

    def _read_words(self, question: str, message: str | None) -> _WordsRead:
        addressed, said = self._addressed(question)
        said = joined_pinyin(read_han(read_inflected(said)))  # "shen me shi hou": "when"
        whole = (normalize(joined_pinyin(read_han(read_inflected(message))))
                 if message is not None else None)
        mixed = is_mixed(normalize(said)) or (whole is not None and is_mixed(whole) and bool(
            MIXED_MARKS.intersection(_WORDS.findall(normalize(said)))))
        text = self.words.read_aliases(in_english(normalize(said), whole))
        text = self._glued.sub(self._unglued, text)  # "wheniscw2due": "whenis cw2 due"
        # ("half ten" is 10:30, read before its number words become ids)
        text = self._join_dictated(_join_compounds(spoken_ids(read_clock_words(text)),
                                                   self.words.words))
        text = _LETTERED_LECTURE.sub(self._lettered_lecture, text)
        text = re.sub(r"[a-z]+", lambda m: self._fixed_or_split(m.group()), text)
        text = _TITLE_SOUND_AT.sub(self._title_sound, text)
        zone = None
        zone_said = None
        if (found := find_zone(text)) is not None:
            zone, (a, b) = found
            if asks_whose_zone(text):
                zone = None  # "at 10 my time or uk time?": doubted, the asker's own kept
            zone_said = text[a:b].strip()
            text = (text[:a] + " " + text[b:]).strip()
        return addressed, mixed, text, zone, zone_said

    def forget_recent(self) -> None:
        """Drop the kept readings of recent texts (forget-me)."""
        self._kept_words.cache_clear()

    def parse(self, question: str, now: datetime, tz: ZoneInfo,
              message: str | None = None) -> Query:
        """`message`: the whole message `question` is a part of (its language is the
        part's)."""
        addressed, mixed, text, zone, zone_said = self._words_read(question, message)
        spans: list[tuple[str, str]] = [("zone", zone_said)] if zone_said is not None else []
        stated = self.stated_today(text, now, zone or tz)
        if stated is not None:  # "(its mon 1st feb) is the q&a tmrw"
            now, (a, b) = stated
            text = (text[:a] + " " + text[b:]).strip()
        # ("the 1st and 2nd coursework": two tasks by their places, not the 1st of a month)
        pair = _ORDINAL_PAIR.search(text)
        time = parse_time(text if pair is None else f"{text[:pair.start()]} {text[pair.end():]}",
                          now, zone or tz, self.calendar)
        if time.window is None and time.weekday is None:
            time = self._topic_week(text) or time
        # (the hours are read as written: normalising drops "10am" before a dash)
        time = replace(time, busy=busy_time(question, time, zone or tz))
        rest = time.remainder if pair is None else f"{pair.group(0)} {time.remainder}"
        q = Query(raw=question, text=text, words=tokens(text), cues={}, time=time, spans=spans,
                  stated_now=stated[0] if stated else None, mixed=mixed, addressed=addressed)
        if time.phrase:
            q.spans.append(("week" if time.week_number is not None else "time", time.phrase))
        if time.no_such_day is not None:
            q.missing.append("date")  # "29 feb" in a year with no 29 February
        if time.week_number is not None and time.window is None:
            q.missing.append(f"week {time.week_number}")  # "week 10" of a 9-week course
        elif time.week_number is not None:
            # "week 5 and week 6 tutorials", "week 3 vs 4": each week named is asked about
            while (m := _ANOTHER_WEEK.search(rest)) and self.calendar.week_window(
                    int(m.group(1)), "") is not None:
                q.also_weeks.append(int(m.group(1)))
                rest = (rest[:m.start()] + " " + rest[m.end():]).strip()
        if self._code is not None and (code := self._code.search(text)) and not (
                len(self.code_digits) == 4 and 1900 <= int(code.group(1)) < 2100):  # a year
            q.course_code = code.group(1)
            q.spans.append(("course", code.group(1)))
            q.course_codes = [m.group(1) for m in self._code.finditer(text)
                              if not (len(self.code_digits) == 4
                                      and 1900 <= int(m.group(1)) < 2100)]
            # (this course named beside another: a question of this course, the other's part
            # said unknown by two_courses.py)
            q.other_course = self.code_digits not in q.course_codes
        rest = self._entities(q, rest)
        if time.mismatch is not None and not (q.coursework or q.lectures or q.tutorials):
            # "tuesday the 24th" that never agree (a task's or session's date doubted, "cw3
            # is wednesday the 9th?", is checked against its own)
            q.missing.append("date")
        rest = self._staff(q, rest)
        # (another language's function words said around an English subject are no topic)
        words = [w.removesuffix("'s").removesuffix("'")
                 for w in tokens(without_function_words(rest, normalize(question)))]
        present = set(words) & self._cue_words
        named = {c for w in present for c in self._concepts_of[w]}
        q.cues = {c: present & self.cues[c] for c in sorted(named, key=self._concept_rank.get)}
        if "%" in text:
            q.cues.setdefault("weight", set()).add("%")
        _drop_idioms(q, words)
        if q.coursework and _WHATS_LEFT.search(text) and _all_said_done(q, text):
            # "submitted cw3 lol, anything left after this?": the work named is done, the
            # context of what is asked: what is still to come, not that task's deadline
            q.coursework = []
            q.spans = [s for s in q.spans if s[0] != "coursework"]
        q.kinds = self._kinds(q, rest)
        if q.staff and not q.coursework and "deadline" in q.kinds and q.has("coursework"):
            # "when's <assessor>'s coursework due": the task(s) that person assesses
            q.coursework = [cw.id for cw in self.schedule.coursework
                            if any(entry.removesuffix(" & team") in q.staff
                                   for a in cw.assessors for entry in a.staff)]
        q.direction = self._direction(q, words)
        # Chat filler ("details please", "tbh") is no subject to look for in the titles.
        # ("when does the tutorial finish": the end asked, its verb no subject)
        end_verbs = _END_VERBS if END_ASKED.search(text) else frozenset()
        q.topic = " ".join(w for w in words if w not in self.words.stopwords
                           and w not in end_verbs
                           and w not in self._cue_words and w not in FILLER
                           and w not in CALENDAR_WORDS and not w.isdigit() and len(w) > 1
                           and w not in _PREFIXES and w not in NUMBER_WORDS
                           and not (mixed and self._foreign(w)))
        q.unread = [w for w in words if mixed and len(w) > 2 and w not in FOREIGN_WORDS
                    and w not in self.words.stopwords and self._foreign(w)]
        q.subject_words = [w for w in q.topic.split() if w not in FILLER and len(w) > 2
                           and (w in self.english or w in self.vocabulary or len(w) >= 6)]
        q.focus_words = [w for w in q.subject_words if _in_focus(w, text)]
        q.foreign_words = [w for w in q.subject_words if w not in self.vocabulary]
        group = student_group(" ".join(question.lower().split()))
        # (its qualifier looked for: "exchange" of "exchange students", "part-tim" of
        # "part-timers")
        if group and any(word not in self.page_text for word in re.split(
                r",? (?:and|or|&|/) ", re.sub(
                    r"\s+(?:students?|learners?|people|folks|ppl)$|(?:ers?|ors?|s)$", "",
                    group))):
            # as written ("MSc"), and named as a group ("exchange student here" is one)
            written = re.search(re.escape(group).replace(r"\ ", r"\s+"), question, re.I)
            said = written.group() if written else group
            q.unnamed_group = re.sub(r"(?i)\b(student|learner)$", r"\1s", said)
        return q

    def _title_sound(self, m: re.Match[str]) -> str:
        """"the gun lecture": a word before a kind that no title has, read as the one title
        word that sounds like it (the same letters but for its vowels)."""
        word = m.group(1)
        if word in self._title_words or word in self._cue_words or not word.isalpha():
            return word
        heard = self._title_sounds.get(_VOWELS.sub("*", word), set())
        return next(iter(heard)) if len(heard) == 1 else word

    def reads_word(self, word: str) -> bool:
        """Whether `word` is one of English or of the course (language.unread_latin)."""
        return not self._foreign(word)

    def _foreign(self, word: str) -> bool:
        """A word of another language in a mixed message ("bhai <topic> wala lecture"): no
        English word nor one of the course's, so no topic, not matched against the titles."""
        return word not in self.english and word not in self.vocabulary \
            and not self.speller.is_real(word)

    def _lettered_lecture(self, m: re.Match[str]) -> str:
        """"lecture seventeen a", "lecture 17 a": the lecture with that letter ("17a") when
        the course has one; otherwise the words as said ("is lecture 5 a live one")."""
        n = number_value(m.group(2))
        key = f"{n}{m.group(3)}"
        return f"{m.group(1)} {key}" if n is not None and key in self.lecture_ids else m.group(0)

    def _join_dictated(self, text: str) -> str:
        """Two words dictation split out of one of the schedule's ("trans formers",
        "tutor all", "convolution a nets") joined again: their concatenation, as written or
        as the speller reads it, is a title's or an event kind's word that neither half is.
        Halves that are both title words stay apart ("batch norm", as the titles write it)."""
        words = text.split(" ")
        out: list[str] = []
        i = 0
        while i < len(words):
            joined = self._dictated_pair(*words[i:i + 2]) if i + 1 < len(words) else None
            out.append(joined or words[i])
            i += 2 if joined else 1
        return " ".join(out)

    def _dictated_pair(self, first: str, second: str) -> str | None:
        if not (first.isalpha() and second.isalpha()) or len(first) < 3 or (
                first in self._title_words and second in self._title_words):
            return None  # (a short word said first is one: "in scaled" is no "installed")
        whole = first + second
        if len(whole) < _DICTATED_LEN:
            return None
        # As written ("transformers"), a letter short as said ("convolution a" of
        # "convolutional"), or as the speller reads it ("tutorall").
        # The speller's reading keeps the second half's sound ("all" in "tutorial"; not
        # "lecture on" read as "lecturer") and is no form of the first half ("lecture is" is
        # not "lecturers", "submit the" not "submitted").
        # A letter off; or, for a kind of event said as a word and a little word ("tutor
        # all"), two (a word of a title is not: "class if" is no "classify").
        # (The speller is asked last, only when the pair as written and a letter short are
        # no such word: most pairs are neither, and reading it is most of the cost.)
        for word in (whole, *self._dictated_by_stem.get(whole, ())):
            if self._dictated_as(word, first, second):
                return word
        heard = self._heard(first, second, whole)
        return heard if heard != whole and self._dictated_as(heard, first, second) else None

    def _unglued(self, m: re.Match[str]) -> str:
        """A word run into an id's noun before it, or into its number after it, set apart:
        each side a word (or, before, words run together) and the id one of the course's
        nouns with its number ("cw3due": "cw3 due"). A word that merely holds such letters
        ("resnet50", "at3", "task2vec") stays whole."""
        before, noun, number, after = m.groups()
        if not before and not after:
            return m.group()  # the id alone ("cw2"): most matches, nothing to set apart
        words = self._glue_words
        if after and (len(after) < 2 or after in _NOT_AFTER_AN_ID
                      or (fixed := self.speller.fix(after)) not in words
                      and fixed not in self.speller.protected and after not in words):
            return m.group()
        if before and (len(before) < 2 or len(noun) == 1 and before not in words
                       or before not in words and " " not in self._fixed_or_split(before)
                       and self.speller.fix(before) == before):
            return m.group()
        return " ".join(p for p in (before, noun + number, after) if p)

    def _fixed_or_split(self, word: str) -> str:
        """The speller's reading of `word`; or, for a word that is none and has none, the
        two words typed without their space ("whenis", "nexttut", "thelecture"): each a
        function word or a cue word (a word of the notes, "dropout", stays one)."""
        fixed = self.speller.fix(word)
        if (fixed != word or len(word) < _RUN_TOGETHER_LEN or word in self.speller.protected
                or self.speller.is_real(word)):
            return fixed
        stop, cues = self.words.stopwords, self._cue_words
        splits = [(min(i, len(word) - i), a, b)
                  for i in range(2, len(word) - 1)
                  if (a := word[:i]) in stop | cues and (b := word[i:]) in stop | cues
                  # (two cue words and no function word are one word the vocabulary lacks,
                  # "bookmarks", "workloads": not "book marks")
                  and (a in stop or b in stop)]
        if not splits:
            return word
        _, first, second = max(splits)  # the most even cut ("whenis": "when is")
        return f"{first} {second}"

    def _heard(self, first: str, second: str, whole: str) -> str:
        if len(second) < 3:
            return whole
        fixed = self.speller.fix(whole)
        if fixed == whole or not fixed.startswith(first):
            return whole  # (the usual case: the distances need not be measured)
        off = edit_distance(fixed, whole)
        return fixed if (edit_distance(fixed[len(first):], second) < len(second)
                         and (off == 1 or off == 2 and singular(fixed) in EVENT_KINDS
                              and second in self.words.stopwords)) else whole

    def _dictated_as(self, word: str, first: str, second: str) -> bool:
        """`word`, made of `first` and `second`, is a word of the schedule that neither is."""
        return ((word in self._dictated or singular(word) in self._dictated)
                and singular(word) not in (singular(first), singular(second))
                and word[len(first):].removeprefix(first[-1]) not in _FORM_ENDINGS)

    def _topic_week(self, text: str) -> TimeParse | None:
        """"the VAE/GAN week", "the transformer week": a course week named by what its
        lectures and tutorials are titled, when the words before "week" all name titles of
        that one week."""
        for m in _WEEK_WORD.finditer(text):
            words = re.findall(r"[a-z0-9][a-z0-9-]*", text[:m.start()])[-_TOPIC_WEEK_WORDS:]
            weeks: set[int] | None = None
            taken = 0
            for i, word in enumerate(reversed(words), 1):  # nearest "week" first
                if word in _JOINERS and weeks is not None:
                    continue  # "the resnet and batchnorm week"
                found = self._title_weeks.get(singular(word))
                if not found or word in self.words.stopwords:
                    break
                weeks = found if weeks is None else weeks & found
                taken = i
            if weeks is None or len(weeks) != 1:
                continue
            number = next(iter(weeks))
            start = m.start()
            for _ in range(taken):  # back over the title words and what joins them
                start = re.search(r"[a-z0-9][a-z0-9-]*[\s/&+,]*\Z", text[:start]).start()
            window = self.calendar.week_window(number, f"in week {number}")
            if window is None:
                continue
            remainder = re.sub(r"\s+", " ", text[:start] + " " + text[m.end():]).strip()
            return TimeParse(window, remainder, number, text[start:m.end()].strip())
        return None

    def stated_today(self, text: str, now: datetime, tz: ZoneInfo
                      ) -> tuple[datetime, tuple[int, int]] | None:
        """"it's sat 20 feb": the asker says what day it is for them; "tomorrow" and "next"
        are then from that day (at the same time of day)."""
        m = _STATED_TODAY.search(text)
        if m is None:
            return None
        day = parse_time(m.group(1), now, tz, self.calendar).window
        if day is None or day.granularity != "day":
            return None
        local = now.astimezone(tz)
        return datetime.combine(day.start.date(), local.timetz()), m.span()

    def _entities(self, q: Query, rest: str) -> str:
        def take(pattern: str, handle, kind: str) -> None:
            nonlocal rest
            for m in list(re.finditer(pattern, rest)):
                if handle(m):
                    rest = rest.replace(m.group(0), " ", 1)
                    q.spans.append((kind, m.group(0).strip()))

        def coursework(m: re.Match) -> bool:
            n = number_value(m.group(1))
            cw = self.coursework_by_number.get(n) if n is not None else None
            if cw and cw not in q.coursework:
                q.coursework.append(cw)
            if cw is None and n is not None and 0 < n < 20:
                q.missing.append(f"coursework {n}")
                return True
            return cw is not None

        def coursework_pair(m: re.Match) -> bool:
            # "task 2 & 3", "tasks 1 or 2": one noun for two tasks; both must exist.
            numbers = [number_value(m.group(1)), number_value(m.group(2))]
            ids = [self.coursework_by_number.get(n) for n in numbers if n is not None]
            if len(ids) != 2 or None in ids:
                return False
            q.coursework.extend(i for i in ids if i not in q.coursework)
            return True

        def coursework_position(m: re.Match) -> bool:
            word = m.group(1)
            if word in _ORDINALS:
                return coursework_number(_ORDINALS[word])
            q.coursework_position = {"final": "last"}.get(word, word)
            return True

        def coursework_number(n: int) -> bool:
            cw = self.coursework_by_number.get(n)
            if cw and cw not in q.coursework:
                q.coursework.append(cw)
            return cw is not None

        def lecture_range(m: re.Match) -> bool:
            lo = int(m.group(1))
            hi = int(m.group(2)) if m.group(2) else 99  # "onwards": to the last
            for lec in self.schedule.lectures:
                num = int(re.match(r"\d+", lec.number).group())
                if lo <= num <= hi and lec.id not in q.lectures:
                    q.lectures.append(lec.id)
            return True

        def lecture(m: re.Match) -> bool:
            raw = m.group(1)
            n = number_value(raw)
            # ("17a" keeps its letter, whichever it is)
            letter = raw[-1] if raw[-1:].isalpha() and raw[:-1].isdigit() else ""
            key = f"{n}{letter}" if n is not None else raw
            lec = self.lecture_ids.get(_lecture_key(key))
            if lec and lec not in q.lectures:
                q.lectures.append(lec)
            if lec is None and n is not None and 0 < n < 100 and m.group(0).startswith("lec"):
                q.missing.append(f"lecture {raw}")
                return True
            return lec is not None

        def tutorial(m: re.Match) -> bool:
            n = number_value(m.group(1))
            tid = self.tutorial_by_number.get(n) if n is not None else None
            if tid is not None:
                if tid not in q.tutorials:
                    q.tutorials.append(tid)
                return True
            if n is not None and 0 < n < 100 and not re.match(r"[a-z] ", m.group(0)):
                q.missing.append(f"tutorial {n}")
                return True
            return False

        def in_course(handle):
            # "the 2nd tutorial in week 4", "the first tutorial of march" count within that
            # week or span (course_wide.answer_nth), so an ordinal names T02 only when no
            # week or span of dates is named ("after": from then on, counts from the first)
            window = q.time.window
            counted = window is None or window.granularity in ("after", "day")
            return lambda m: asked_week(q.time) is None and counted and handle(m)

        def note(m: re.Match) -> bool:
            nid = self.note_ids.get(f"{m.group(1)}{m.group(2)}")
            if nid and nid not in q.notes:
                q.notes.append(nid)
            if nid is None and len(m.group(2).rstrip("abcdefghijklmnopqrstuvwxyz")) == \
                    self.id_families[m.group(1)]:
                # "is there an R05?": written as the family's ids are, a number it lacks
                q.missing.append(f"{m.group(1)}{m.group(2)}".upper())
                return True
            return nid is not None

        num = NUMBER_PATTERN
        take(rf"\b{_CW_NOUN}\s?(?:#|no\.?)?\s?({num})\s?(?:,|and|or|vs\.?|versus)\s?"
             rf"(?:{_CW_NOUN}\s?)?({num})\b(?!\s*(?:days?|weeks?|hours?|hrs?|mins?))",
             coursework_pair, "coursework")
        take(rf"\b{_CW_NOUN}\s?(?:#|no\.?|number|num)?\s?({num})\b{_NOT_ONE_OF}{_NOT_A_CLOCK}",
             coursework,
             "coursework")
        # "the 2nd and 3rd coursework", "first or second task": one noun for two ordinals
        take(_ORDINAL_PAIR.pattern, lambda m: all([coursework_number(_ORDINALS[m.group(1)]),
                                                   coursework_number(_ORDINALS[m.group(2)])]),
             "coursework")
        take(rf"\b(first|1st|second|2nd|third|3rd|last|final|next) {_CW_NOUN}\b",
             coursework_position, "coursework")
        take(r"\blec(?:ture|t)?s? ?(?:are |were )?(\d{1,2}) ?(?:-|to|through|and) ?(\d{1,2})\b",
             lecture_range,
             "lecture")
        # "lectures 15 onwards", "from lecture 15 on": that one and every later one
        take(r"\blec(?:ture|t)?s? ?(\d{1,2}) ?(?:onwards?|\+|and (?:after|later|beyond|above)"
             r"|on(?=\s*(?:[,.;:!?]|\Z)))()", lecture_range, "lecture")
        bare_l = rf"l(?!\s?[12]\b){_NOT_A_NORM}" if _NORM_CONTEXT.search(rest) else \
            rf"l{_NOT_A_NORM}"
        take(rf"\b(?:lec(?:ture|t)?s?|{bare_l}) ?(?:#|no\.?|number)? ?(\d{{1,2}}a|{num})\b"
             rf"{_NOT_ONE_OF}{_NOT_A_CLOCK}",
             lecture,
             "lecture")
        # "whats 17a": a number with a letter is no count nor clock time; it is the lecture
        # of that number when the course has one (a bare number alone stays ambiguous)
        take(r"(?<![\w:/.-])(\d{1,2}[a-z])(?![\w:/.-])",
             lambda m: _lecture_key(m.group(1)) in self.lecture_ids and lecture(m), "lecture")
        take(rf"\b(?:{self._tutorial_prefix}) ?(?:#|no\.?|number)? ?0?({num})\b{_NOT_ONE_OF}"
             rf"{_NOT_A_CLOCK}",
             tutorial,
             "tutorial")
        take(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|"
             r"eighth|8th|ninth|9th) (?:tutorial|tut)\b", in_course(tutorial), "tutorial")
        take(r"\b(first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|sixth|6th|seventh|7th|"
             r"eighth|8th|ninth|9th|tenth|10th) (?:lecture|lec)\b", in_course(lecture), "lecture")
        if self._family_ids:
            take(self._family_ids, note, "note")
        return rest

    def _staff(self, q: Query, rest: str) -> str:
        named = self._any_staff.search(rest) is not None
        for name, pattern in self._staff_patterns if named else ():
            if (m := pattern.search(rest)) is not None:
                q.staff.append(name)
                q.spans.append(("person", m.group(0)))
                rest = pattern.sub(" ", rest)
        for m in list(_NAME_WORD.finditer(rest)):
            word = m.group(1)
            name = self._named_roughly(word, rest, m.start(1))
            if name is not None and name not in q.staff:
                q.staff.append(name)
                q.spans.append(("person", m.group(0).strip()))
                rest = rest.replace(m.group(0), " ", 1)
        return rest

    def _named_roughly(self, word: str, text: str, at: int) -> str | None:
        """The one member of staff a word names as written roughly: the surname run together
        ("dipalo"), its start ("srini", four letters or more), or a letter or two off
        ("reynold", "stacy"). A word of the language or of the course ("space", "pace of")
        names someone only where a person is plainly meant: after a title ("prof", "dr"),
        with "'s", or as the one who marks, teaches or runs something."""
        if len(word) < 4 or word in self.words.stopwords:
            return None
        real = (word in self.vocabulary or word in self.english or self.speller.is_real(word)
                or word in self._title_words)
        if real and not (_TITLE_BEFORE.search(text, 0, at) or _AS_PERSON.match(text, at)
                         or _PERSON_SLOT.search(text[:at] + "<p>" + text[at + len(word):])):
            return None
        found = {n for n in self.staff_names if _rough_match(word, n.lower())}
        return found.pop() if len(found) == 1 else None

    def _kinds(self, q: Query, rest: str) -> set[str]:
        kinds = {k for k in _NAMED_KINDS if q.has(k)}
        if q.has("live") and not q.has("session"):
            kinds.add("lecture")
        asks_when = q.has("when", "how_long", "next", "previous")
        explicit_coursework = q.coursework or q.coursework_position or q.has("coursework")
        if explicit_coursework and (q.has("deadline") or asks_when or q.coursework
                                    or q.coursework_position):
            kinds.add("deadline")
        elif q.has("deadline") and not kinds & set(_NAMED_KINDS):
            kinds.add("deadline")  # "what's due" is about coursework; "the quiz due" is not
        if q.tutorials:
            kinds.add("tutorial")
        if q.lectures:
            kinds.add("lecture")
        return kinds

    @staticmethod
    def _direction(q: Query, words: list[str]) -> str | None:
        # ("how long do the tutorials last": the verb, a length asked, not the last one)
        if q.coursework_position:
            return q.coursework_position
        if "first" in words:
            return "first"
        if "final" in words or ("last" in words and not _LAST_AS_VERB.search(q.text)):
            return "previous" if q.has("past") else "last"
        if q.has("previous") or ("ago" in words):
            return "previous"
        if _WHATS_LEFT.search(q.text):
            return "upcoming"  # "what's left for this module": everything still to come
        plural = bool(set(words) & _PLURAL_KINDS) and not q.time.window
        if plural and set(words) & {"left", "remaining", "still", "upcoming"}:
            return "upcoming"  # "which tutorials are left": every one still to come
        if q.has("next"):
            return "next"
        # ("anything left at all": no list of all of them)
        # ("when does it all start": everything as one, no list of all of them)
        at_all = q.cues.get("all") == {"all"} and re.search(
            r"\bat all\b|\bit all\b|\ball of it\b", q.text)
        if (q.has("all") and not at_all) or plural:
            return "all"  # "when are the tutorials": all of them
        return None


# What is left of a hyphenated word whose second half is a cue ("pre-recorded"): no topic.
_PREFIXES = frozenset({"pre", "non", "semi"})
# Cue concepts any question may have, about the course or not.
_GENERIC_CUES = frozenset({"when", "next", "previous", "how_long", "none_left", "all", "past",
                           "personal"})
# A claim reported, said by someone else (another student or one of the staff, not the page
# or the bot: "the page says <a date>?" quotes what is known): a guess to check against the
# page ("TA told us cw3 is due on the 2nd", "prof said the deadline moved", "i heard ...").
REPORTED = re.compile(
    r"\b(?:told (?:me|us)|tells (?:me|us)|i heard|heard that|heard (?:from|on|in)|"
    r"(?:i|we) (?:was|were) told|"
    r"apparently)\b"
    r"|\b(?:friends?|mates?|someone|somebody|people|classmates?|everyone|others|group|gc|"
    r"chat|he|she|they|tas?|prof|professor|dr|doctor|lecturers?|tutors?|teachers?|instructors?|"
    r"demonstrators?|staff)\b[^.?!]{0,20}?\b(?:said|says|reckons?|mentioned|thinks?|"
    r"announced|claims?)\b")
_BOT_SAID = re.compile(r"\b(?:you|u|the bot) (?:told|tell|said|say)\b")
# A question to be answered yes or no: "is today's tut the one on padding", "Q&A starts in
# 20 min right?", "does kainz do any more sessions".
_YES_NO = re.compile(r"^(?:(?:so|and|ok|okay|hey|hi|um|wait|quick q)[ ,]+)?"
                     r"(?:is|are|was|were|does|do|did|will|has|have|isn'?t|aren'?t|wasn'?t|"
                     r"doesn'?t|didn'?t|won'?t"
                     # (an obligation asked of is a yes or no too: "must i have task 2 done
                     # by friday?", "should we submit cw1 online?", "shall we hand it in monday")
                     r"|must|mustn'?t|should|shouldn'?t|shall|shan'?t)\b"
                     rf"|\b(?:{GUESS_TAG_WORDS}|yes or no|yes|isn'?t it|aren'?t they|no|wasn'?t it|"
                     r"weren'?t they|won'?t it|doesn'?t it|didn'?t it|don'?t they|innit|"
                     r"or not|true)\W*$"
                     # a tag question after a statement ("there isn't a tut in week 8, is
                     # there?"), not a question's own end ("what is it", "when is it")
                     r"|(?<!what )(?<!whats )(?<!which )(?<!who )(?<!where )(?<!when )(?<!how )"
                     r"(?<!why )\b(?:is|are|isn'?t|aren'?t|was|wasn'?t|will|won'?t) "
                     r"(?:there|it|they)\W*$"
                     # a claim reported or doubted is a guess to check ("my friend said cw1 is
                     # due at 5", "i heard there's no tut in week 5", "are you sure?")
                     r"|\b(?:are you sure|r u sure|you sure|pretty sure)\b|" + REPORTED.pattern)
# A conclusion drawn about what there is, or is not ("so there's no q&a in week 1", "ok so no
# lectures in weeks 7 or 8", "so there's a tut tomorrow"): a guess to confirm (the "?" is gone
# once a message is split into its parts, so the "so" is what marks it).
_THERE_IS_ASKED = re.compile(r"^(?:(?:and|ok|okay|wait|but|right)[ ,]+)?so[ ,]+(?:no\b|there "
                             r"(?:is|are|isn'?t|aren'?t|will be|won'?t be)\b)")
# At most this many words are quoted back as the question's topic; more is a sentence.
MAX_ECHO_WORDS = 4
# "normally", "actually", "basically": manner words, no topic to look for.
_ADVERB = re.compile(r"(?:ally|ually|ily|ly)$")
# ... and a count asked as a noun ("the count of lectures", "total no. of q&as", "a tally of").
COUNT_NOUN = re.compile(r"\b(?:count|tally|total) of\b|\btotal (?:number|no|count)\b")
_HOW_MANY = re.compile(r"\bhow many\b|\bnumber of\b|" + COUNT_NOUN.pattern)
_REMAINING = frozenset({"left", "remaining", "remain", "still", "more"})
# "More" compares ("does the exam count more than the coursework", "worth more"), not what
# is left.
_COMPARED = re.compile(r"\bmore (?:than|important|weight|heavily)\b|\b(?:count|counts|worth|"
                       r"weighs?|weighted|matters?) more\b")
_ABOUT = r"(?:on|about|covering|regarding|re|cover|covers|covered|learn|explain|teach|teaches)"
_WHAT_IS = r"(?:what|when|where|who|which)\s+(?:is|are|was|were)\s+(?:the|a|an)"


# A part is asked whether it asks yes or no some ten times while it is answered (by the
# policy, the handlers, the parts' split): kept for recent texts.
@holds_message_text
@lru_cache(maxsize=1024)
def _asks_yes_no(text: str, said: str) -> bool:
    """`Query.asks_yes_no` of a part's text and the time phrase it says ("": none)."""
    if _YES_NO.search(text) or _THERE_IS_ASKED.match(text):
        return True
    return bool(said and text.startswith(said) and _YES_NO.match(
        text[len(said):].lstrip(" ,:;-")))


# "last" as the verb of a length asked ("how long does the q&a last"), not an order.
_LAST_AS_VERB = re.compile(r"\bhow long\b[^.?!]{0,40}?\blast\b(?! (?:one|lecture|tutorial|"
                           r"session|qa|q a|week|deadline|task|coursework|cw)s?\b)")
_WHATS_LEFT = re.compile(r"\b(?:what|anything|something)(?: is|s)? (?:still )?"
                         r"(?:left|remaining|to come)\b|\bwhat remains\b|\bstill to come\b"
                         # "is there still something to do in this module", "anything more
                         # ahead for us"
                         r"|\bstill (?:anything|something)\b"
                         r"|\b(?:anything|something) (?:more |else )?(?:to do|ahead)\b")
# A piece of coursework said done, before or after its name ("submitted cw3", "finally
# handed in task 2", "cw1 is done", "task 3 finished").
_DONE_BEFORE = re.compile(r"\b(?:submitted|finished|completed|done with|handed in|turned in|"
                          r"uploaded|sent off|sent in|got through)\s+(?:in\s+)?(?:my\s+|the\s+)?"
                          r"\Z")
_DONE_AFTER = re.compile(r"\s*(?:is |was |'s |s )?(?:(?:now|already|finally|just|all) )?"
                         r"(?:submitted|done|finished|handed in|in|over|out of the way)\b")


def _all_said_done(q: Query, text: str) -> bool:
    """Every coursework the text names is said done (its name right after or before a word
    of finishing it)."""
    named = [written for kind, written in q.spans if kind == "coursework"]
    for written in named:
        at = text.find(written)
        if at < 0 or not (_DONE_BEFORE.search(text[:at])
                          or _DONE_AFTER.match(text[at + len(written):])):
            return False
    return bool(named)


_EVENT_NOUNS = frozenset().union(*(CUES[c] for c in (*EVENT_KINDS, "session", "coursework")))


# Cue words that mean something else beside certain words: "the final Q&A" (the last one,
# not the exam), "the closed form of the KL", "an open book exam", "exclamation marks on the
# slides", "the inception score". (cue words, words after, words before)
_NOT_CUES = (
    ({"final"}, _EVENT_NOUNS, set()),
    ({"open", "closed"}, {"form", "source", "book", "books", "set", "sets", "loop", "ended",
                          "question", "questions", "problem", "problems"}, set()),
    ({"mark", "marks"}, set(), {"exclamation", "question", "quotation", "check", "tick"}),
    ({"score", "scores"}, set(), {"inception", "fid", "bleu", "f1", "attention", "alignment",
                                  "anomaly", "confidence", "z"}),
    ({"penalty", "penalties"}, set(), {"gradient", "weight", "norm", "l1", "l2", "kl",
                                       "sparsity", "lipschitz", "smoothness"}),
    # "want to book something after", "can i book a slot": booking, not the course's book
    ({"book"}, {"something", "anything", "stuff", "a", "an", "in", "it", "my", "myself",
                "another", "other", "flights", "tickets", "travel", "appointments"},
     {"to", "ll", "gonna", "wanna", "can", "could", "should", "will", "must", "i", "we"}),
    # "a weighted average of the values", "weight decay", "the model's weights": a network's
    # weights, not the assessment's
    ({"weight", "weights", "weighted"}, {"average", "averages", "averaged", "sum", "sums",
                                         "mean", "combination", "matrix", "matrices", "decay",
                                         "sharing", "shared", "tying", "tied", "init",
                                         "initialisation", "initialization", "vector",
                                         "vectors", "update", "updates", "norm", "loss"},
     {"model", "network", "net", "learned", "learnt", "learnable", "trained", "pretrained",
      "initial", "layer", "conv", "kernel", "filter", "attention", "edge", "connection"}),
    # "anything worth going over first?", "is it worth attending": advice, not a weight
    ({"worth"}, {"it", "going", "doing", "reading", "watching", "attending", "looking",
                 "learning", "revising", "reviewing", "checking", "knowing", "trying",
                 "asking", "studying", "practising", "practicing", "brushing"}, set()),
)


_ANOTHER_WEEK = re.compile(r"(?:^|\s)(?:and|&|vs|versus|or|to|,)\s+(?:week|wk)?\s*(\d{1,2})\b")


def _drop_idioms(q: Query, words: list[str]) -> None:
    idioms = {a for a, b in pairwise(words) for cues, after, _ in _NOT_CUES
              if a in cues and b in after}
    idioms |= {b for a, b in pairwise(words) for cues, _, before in _NOT_CUES
               if b in cues and a in before}
    for concept in list(q.cues):
        q.cues[concept] -= idioms
        if not q.cues[concept]:
            del q.cues[concept]


# What comes just before a word that is the focus of the question ("about X", "what is
# the X"), and the schedule idiom that is not ("what's on X"). Each is matched against the
# text before an occurrence of the word, so nothing is compiled per word: patterns made per
# question evict everything else from re's cache.
_BEFORE_ABOUT = re.compile(rf"\b{_ABOUT}\s+(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?\Z")
_BEFORE_ON = re.compile(r"\b(?:is|anything|happening|going|what|whats)\s+on\s+"
                        r"(?:the\s+)?(?:\w+\s+)?\Z")
_BEFORE_WHAT_IS = re.compile(rf"\b{_WHAT_IS}\s+(?:\w+\s+)?\Z")
# "on the tube, ...", "on my phone sorry": "on" opening a clause says where the writer is,
# not what a session is about (as "a lecture on dropout" does).
_CLAUSE_ON = re.compile(r"(?:\A|[,.;:!?]\s*)on\s+(?:the\s+|a\s+|an\s+|my\s+)?(?:\w+\s+)?\Z")


def _word_starts(word: str, text: str) -> list[int]:
    """Where `word` occurs in `text` followed by a word boundary (what comes before it is
    left to the patterns above, which all end in whitespace)."""
    def boundary(i: int) -> bool:  # \b at i: a word character on one side only
        before = i > 0 and (text[i - 1].isalnum() or text[i - 1] == "_")
        after = i < len(text) and (text[i].isalnum() or text[i] == "_")
        return before != after

    starts, at = [], text.find(word)
    while at >= 0 and word:
        if boundary(at + len(word)):
            starts.append(at)
        at = text.find(word, at + 1)
    return starts


def _in_focus(word: str, text: str) -> bool:
    starts = _word_starts(word, text)
    about = any(_BEFORE_ABOUT.search(text, 0, i) and not _CLAUSE_ON.search(text, 0, i)
                for i in starts)
    schedule_idiom = any(_BEFORE_ON.search(text, 0, i) for i in starts)
    return (about and not schedule_idiom) or any(_BEFORE_WHAT_IS.search(text, 0, i)
                                                 for i in starts)


# Ids said as they sound ("lecture twenty-two", "twenty too", "see double you two"): the
# number and the letters written as an id is, so that one id reader finds them all. A unit
# after a tens word is part of the number ("too" is "two" there, as dictated text writes it).
# A tens word before an ordinal unit is no id: see _SPOKEN_NUMBER.
_TENS = {"twenty": 2, "thirty": 3}
_UNITS = {"one": 1, "two": 2, "too": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9}
# Not a time ("twenty to ten") nor a day's ordinal ("the twenty third of feb": when.py reads
# the day in words whole; "20 third" was the 3rd).
_SPOKEN_NUMBER = re.compile(rf"\b({'|'.join(_TENS)})(?:[- ]?({'|'.join(_UNITS)}))?\b"
                            r"(?! (?:to|past)\b)(?![- ]?(?:first|second|third|fourth|fifth|sixth"
                            r"|seventh|eighth|ninth)\b)")
_SPOKEN_LETTERS = [(re.compile(r"\b(?:see|sea|c)[- ]?(?:double[- ]?(?:you|u)|w)\b"), "cw")]


# An end asked ("when does it finish", "what time is the tutorial over"), and its verbs.
END_ASKED = re.compile(r"\b(?:when|what time)\b[^.?!]{0,50}?\b(?:finish|finishes|finished|end"
                       r"|ends|over(?! (?:here|there|in|at|for|to|the)\b)|done|wrap up|wraps up"
                       r"|let out|lets out)\b")
_END_VERBS = frozenset({"end", "ends", "finish", "finishes", "finished", "over", "done", "wrap",
                        "wraps", "let", "lets", "out"})
# A word that may be a member of staff's name written roughly (with a possessive after it).
_NAME_WORD = re.compile(r"\b([a-z]{4,})(?:'?s)?\b")
_TITLE_BEFORE = re.compile(r"\b(?:prof|professor|dr|doctor|mr|mrs|ms|miss|sir|tutor|ta)\.?\s*$")
_AS_PERSON = re.compile(r"[a-z]+'s?\b")
# A word in the place of a person: "who is <p>", "is <p> marking", "does <p> teach", "<p>'s".
_PERSON_SLOT = re.compile(
    r"^\s*(?:who(?: is|'s)|is|does|did|will|has)\s+<p>\s+(?:(?:the|a|an|also|still|even)\s+)?"
    r"(?:mark|marking|marks|teach|teaching|teaches|run|running|runs|give|giving|gives|take|"
    r"taking|takes|host|hosting|hosts|lead|leading|leads|assess|assessing|assesses|lecturer|"
    r"tutor|ta|at|in|on|doing)\b|^\s*who(?: is|'s)\s+<p>\s*\W*$"
    # ("the coursework marked by <p>": the one named by a verb's agent)
    r"|\b(?:marked|assessed|graded|taught|run|led|hosted|given|set) by\s+<p>")


def _rough_match(word: str, name: str) -> bool:
    """`word` is `name` (lower case) run together, its start, or a slip of one or two
    letters from it (two for longer names, the first letter right; three for a long name
    whose first four letters are right: "bronsen", "bronsome" for a nine-letter name)."""
    whole = name.replace(" ", "")
    if len(whole) < 4 or word == name:
        return False
    if word == whole or (len(word) >= 4 and len(word) < len(whole) and whole.startswith(word)):
        return True
    if word[0] != whole[0] or abs(len(word) - len(whole)) > 2:
        return False
    slips = (1 if len(whole) <= 5 else 3 if len(whole) >= 8 and word[:4] == whole[:4] else 2)
    return edit_distance(word, whole) <= slips


# A lecture number and its letter said apart ("lecture seventeen a", "lecture 17-a").
_LETTERED_LECTURE = re.compile(rf"\b(lectures?|lec|lect)\s+({NUMBER_PATTERN})[- ]([a-d])\b"
                               r"(?!['-]|\s+(?:lot|bit|few|little|good|live|recorded|lecture|"
                               r"video|quiz|new|long|short|pre)\b)")
# "lecture number 19", "task no. 2", "tutorial #3": the number of the thing named.
_NUMBER_SAID = re.compile(rf"\b(lectures?|lec|lect|tutorials?|tut|weeks?|coursework|cw|tasks?"
                          rf"|assignments?|quiz)\s+(?:number|num|no\.?|nr|#)\s*"
                          rf"(?=(?:\d|{NUMBER_PATTERN}|[ivxl]+)\b)")
# A roman numeral after a word that takes a number ("lecture XVII", "task ii", "week iv").
# A lone "i" stays the pronoun ("in week i missed"), "x" and "l" stay letters.
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50}
_ROMAN = re.compile(r"\b(lectures?|lec|lect|tutorials?|tut|weeks?|wk|coursework|cw|tasks?"
                    r"|assignments?|quiz|quizzes|homework|hw)\s+(?!i\b|x\b|l\b|li\b)"
                    r"(l?x{0,3}(?:ix|iv|v?i{0,3}))\b(?<=[ivxl])")


def _roman_value(numeral: str) -> int:
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
               for i, v in enumerate(values))


def spoken_ids(text: str) -> str:
    """`text` (normalised) with numbers and id letters said as words written as digits and
    letters."""
    text = join_split_teens(text)
    text = _NUMBER_SAID.sub(r"\1 ", text)
    text = _ROMAN.sub(lambda m: f"{m.group(1)} {_roman_value(m.group(2))}", text)
    text = _SPOKEN_NUMBER.sub(
        lambda m: str(_TENS[m.group(1)] * 10 + (_UNITS[m.group(2)] if m.group(2) else 0)), text)
    for pattern, letters in _SPOKEN_LETTERS:
        text = pattern.sub(letters, text)
    return text


# The head of a compound cut short when said ("bat norm" for "batchnorm"): the two words are
# the subject's word when the second is its tail and the first begins its head, one or two
# letters short. (Written in full, "batch norm", the words stay as the notes' search knows them.)
_CLIPPED = 2
# The shortest run of two words typed without their space that is split ("whenis").
_RUN_TOGETHER_LEN = 5
# Letters after a number that belong to it ("the 3rd", "10am", "cw2s"), no word run into it.
_NOT_AFTER_AN_ID = frozenset({"st", "nd", "rd", "th", "am", "pm", "hr", "hrs", "min", "mins",
                              "days", "wks", "weeks"})
# The shortest word a dictated split is joined into ("tutorial").
_DICTATED_LEN = 7
# A dictated title word ("gun" for "gan") stands right before one of these (homophones.yaml).
_KIND_AFTER = "|".join(map(re.escape, HOMOPHONES["title_sound_before"]))
_TITLE_SOUND_AT = re.compile(rf"\b([a-z]{{3,6}})(?=\s+(?:{_KIND_AFTER})\b)")
_VOWELS = re.compile(r"[aeiou]")


def _title_sounds(titles: set[str]) -> dict[str, set[str]]:
    """Title words (singular too: "gans", "gan") by their letters with the vowels blanked;
    a word with no vowel ("cnn") sounds like no other spelling."""
    found: dict[str, set[str]] = {}
    for word in titles:
        for form in {word, singular(word)}:
            if form.isalpha() and _VOWELS.search(form) and len(form) >= 3:
                found.setdefault(_VOWELS.sub("*", form), set()).add(form)
    return found
# Endings that make a form of a word ("lecture" -> "lecturers", "submit" -> "submitted").
_FORM_ENDINGS = frozenset({"s", "es", "d", "ed", "r", "rs", "er", "ers", "ing", "ly"})


def _join_compounds(text: str, compounds: frozenset[str]) -> str:
    words = text.split(" ")
    tails = _by_tail(compounds)
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = words[i:i + 2]
        joined = _compound_of(*pair, tails) if len(pair) == 2 else None
        out.append(joined or words[i])
        i += 2 if joined else 1
    return " ".join(out)


@lru_cache(maxsize=4)  # one per vocabulary (a reload makes a new one)
def _by_tail(compounds: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """The words that end with each tail of three letters or more after a head of three or
    more, in sorted order: the words a pair's second word can end, looked up rather than
    scanned for every pair of every message."""
    tails: dict[str, list[str]] = {}
    for word in sorted(compounds):
        for cut in range(3, len(word) - 2):
            tails.setdefault(word[cut:], []).append(word)
    return {tail: tuple(words) for tail, words in tails.items()}


def _compound_of(first: str, second: str, tails: dict[str, tuple[str, ...]]) -> str | None:
    if not (first.isalpha() and second.isalpha() and min(len(first), len(second)) >= 3):
        return None
    for word in tails.get(second, ()):
        head = word[:-len(second)]
        if head.startswith(first) and 0 < len(head) - len(first) <= _CLIPPED:
            return word
    return None


def _lecture_key(number: str) -> str:
    """"01" and "1" are one lecture number; "17a" keeps its letter."""
    return number.lower().lstrip("0") or "0"


def _code_digits(code: str) -> str:
    """The digits of a course code ("12345", "ABC 1234" -> "1234"): other courses' codes
    have as many."""
    runs = re.findall(r"\d+", code)
    return max(runs, key=len) if runs else ""


# "the transformer week": "week" with no number after it, and how many words before it may
# name the week's titles ("the vae/gan week").
_WEEK_WORD = re.compile(r"\b(?:week|wk)\b(?!\s*#?\d)")
_TOPIC_WEEK_WORDS = 4
_JOINERS = frozenset({"and", "or"})


def _title_weeks(s: Schedule, words: CourseWords) -> dict[str, set[int]]:
    """Each content word of a lecture's or tutorial's title (abbreviations of the course
    included, singular), and the course weeks whose titles have it."""
    found: dict[str, set[int]] = {}
    titled = [(lec.title, lec.week) for lec in s.lectures]
    titled += [(t.topic or "", t.week) for t in s.tutorials]
    for title, week in titled:
        if week is None:
            continue
        text = normalize(title)
        for word in {*words.glossary.content_words(text, words.stopwords | FILLER),
                     *words.glossary.abbreviations_in(text)}:
            if not word.isdigit():
                found.setdefault(word, set()).add(week)
    return found


def _strings_of(value: object) -> list[str]:
    """Every text of a schedule (its dataclasses, lists and mappings walked)."""
    if isinstance(value, str):
        return [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _strings_of(getattr(value, f.name))]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in (*_strings_of(k), *_strings_of(v))]
    if isinstance(value, (list, tuple, set, frozenset)):
        return [s for v in value for s in _strings_of(v)]
    return []


def _schedule_words(s: Schedule) -> list[str]:
    texts = [s.course.title, s.course.book, s.course.forum.name, *s.course.gpu_services,
             *s.course.materials_locations]
    texts += [lec.title for lec in s.lectures] + [m.title for m in s.materials]
    texts += [t.topic or "" for t in s.tutorials] + [p.title for p in s.panels]
    texts += [name for e in s.events() for name in e.staff]
    return texts


def id_families(ids: list[str]) -> dict[str, int]:
    """The letters of ids numbered alike ("r" of R01, R02, ...; "rb" of RB1, RB2), with how
    many digits their numbers are written with; a prefix only one id has is no family."""
    found: dict[str, list[int]] = {}
    for i in ids:
        if m := re.fullmatch(r"([A-Za-z]+)(\d+)[a-z]?", i):
            found.setdefault(m.group(1).lower(), []).append(len(m.group(2)))
    return {prefix: max(widths) for prefix, widths in found.items() if len(widths) > 1}
