"""Requests outside any course: homework of other subjects, everyday tasks, errands ("order
me a pizza"). Declined as off topic rather than answered.
"""

from __future__ import annotations

import re

from bot.nlu.safety.words import _ASKED_OF_BOT

# Homework of another subject, or a coding puzzle ("solve this leetcode", "eigenvalues of a
# 3x3 matrix for my maths homework"): not the course's, declined as off topic.
_OTHER_SUBJECTS = (r"(?:maths?|mathematics|physics|chemistry|biology|statistics|stats|economics|"
                   r"econ|calculus|linear algebra|algebra|probability|finance|accounting|history|"
                   r"english|law|philosophy|geography|algorithms?|databases?|networks course|"
                   r"compilers?|operating systems?)")
_OTHER_HOMEWORK = re.compile(
    r"\b(?:leetcode|leet code|hackerrank|codewars|code ?wars|advent of code|project euler|"
    r"codeforces|coding (?:interview|puzzle|challenge)s?)\b"
    rf"|\bmy (?:[\w-]+ ){{0,3}}?{_OTHER_SUBJECTS}(?: [\w-]+){{0,3}}? (?:homework|hw|"
    r"assignments?|problem sets?|exercise sheets?|worksheets?|exam|class|module|course|test)\b"
    rf"|\b{_OTHER_SUBJECTS} (?:homework|hw|problem sets?|worksheets?)\b")

# Everyday matters no course answers: the weather, dating.
_EVERYDAY = re.compile(
    r"\bweather\b[^.?!]{0,30}\b(?:today|tomorrow|tonight|this week(?:end)?|in [a-z]+|"
    r"outside|like)\b|\b(?:is it|will it|gonna|going to) (?:rain|snow)\b"
    r"|\bask (?:her|him|them|someone|somebody|a (?:girl|guy|boy|woman|man))(?: [\w']+){0,5}? "
    r"(?:out(?! of)|on (?:a )?date)\b|\b(?:dating (?:advice|tips)|date (?:advice|ideas)|"
    r"crush on|flirt\w*|chat (?:her|him) up|pick ?up lines?)\b")

# "ask someone to help me out" is no date: a verb that takes "out" before it.
_PHRASAL_OUT = re.compile(r"\b(?:help|find|figure|work|sort|check|point|fill|print|try|hand|"
                          r"read|log|sign|miss|freak|carry|reach|lay|set)\w* (?:[\w']+ )?out$")


def _everyday(text: str) -> bool:
    """The weather or dating asked about: no course's matter."""
    return any(not _PHRASAL_OUT.search(m.group(0)) for m in _EVERYDAY.finditer(text))


# Errands the bot cannot run, whatever they are for ("book me a flight to lagos after the cw3
# deadline", "order me a pizza for the Q&A", "call me a taxi"): asked of the bot, an everyday
# thing to book, order, buy or fetch (the course's own sessions are not booked through it).
_ERRAND_VERB = (r"(?:book|order|buy|purchase|reserve|get|grab|fetch|call|hail|rent|hire|find|"
                r"arrange|organi[sz]e|sort out|pay for|deliver)")
_ERRAND_THING = (
    r"(?:flights?|plane tickets?|(?:train|bus|coach|cinema|concert|movie|gig|match|event) "
    r"tickets?|tickets?|trains?|taxis?|cabs?|ubers?|lifts?|rides?|hotels?(?: rooms?)?|airbnbs?|"
    r"hostels?|holidays?|trips?|tables?|restaurants?|pizzas?|food|takeaways?|take-?outs?|"
    r"deliver(?:y|ies)|dinner|lunch|breakfast|coffees?|drinks?|snacks?|groceries|shopping|"
    r"flowers|gifts?|presents?|cakes?|haircuts?|gym memberships?|cars?|rental cars?|flats?|"
    r"apartments?|accommodation|(?:part-?time )?jobs?|internships?|girlfriend|boyfriend|"
    r"dates?|visas?|appointments? (?:with|at) (?:a|the|my) (?:doctor|gp|dentist|barber|"
    r"hairdresser)s?)")
_ERRAND = re.compile(
    rf"(?:^|{_ASKED_OF_BOT}|\b(?:please|pls|plz|i need you to|i want you to|go) |[.!,;:]\s*)"
    rf"(?:just |also )?{_ERRAND_VERB}\b(?: (?:me|us))?(?: (?:a|an|some|the|my|our|two|2|a few|"
    rf"cheap|one|return|single))?(?: [\w-]+)?? {_ERRAND_THING}\b"
    r"|(?:^|\b(?:can|could|would|will) (?:you|u)(?: please| pls| just)? |\b(?:please|pls|plz) )"
    r"(?:do|wash|walk|feed|clean|pack) (?:my|our) (?:laundry|washing|shopping|dishes|dog|cat|"
    r"room|flat|bags?|taxes)\b")


def errand(text: str) -> bool:
    """Whether the normalised `text` asks the bot to run an errand (book, order or buy an
    everyday thing, do a chore)."""
    return bool(_ERRAND.search(text))
