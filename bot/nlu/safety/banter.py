"""Opinions of the staff or of students asked for ("who is the best lecturer", who is
better): banter the bot politely does not take part in.
"""

from __future__ import annotations

import re

from bot.nlu.safety.words import _PEOPLE

_OPINION = (r"(?:best|worst|hottest|funniest|cutest|nicest|meanest|coolest|smartest|dumbest|"
            r"laziest|easiest|harshest|strictest|sexiest|most (?:boring|annoying|attractive|fun|"
            r"entertaining|useless|lenient|strict|chill|likeable)|least (?:boring|useful|fun)|"
            r"dullest|lamest|cringiest)")
_BANTER = re.compile(
    r"\bwho(?:'?d| would| will|'?ll| wins| won)? (?:win|wins)\b"
    r"|\bin an? (?:fight|battle|fist ?fight|boxing match|cage match|arm ?wrestle|wrestling "
    r"match|rap battle|duel|showdown|dance[- ]off|bake[- ]off)\b|\barm ?wrestl\w*"
    r"|\b(?:beat|defeat|thrash|destroy)\b[^.?!]{0,30}\b(?:at|in) (?:chess|a fight|a race|arm "
    r"?wrestling|poker|fifa|mario ?kart|a game of \w+|football|tennis|ping ?pong)\b"
    r"|\b(?:smarter|cleverer|dumber|stupider|more intelligent|hotter|cuter|funnier|cooler|"
    r"better looking|prettier|uglier) than (?:me|you|u|us|my \w+|a human|humans|people|an? "
    r"(?:cat|dog|toddler|baby|hamster|goldfish|\w+ year old))\b"
    r"|\bwho(?:'s| is)(?: the)? (?:hotter|hottest|cuter|cutest|funnier|funniest|sexier|sexiest)\b"
    rf"|\b(?<!learning )(?:rate|rank)\b (?:the |all the |our |each of the |every |my )?"
    rf"(?:{_PEOPLE}|lectures|tutorials)\b"
    rf"|\b(?:who|which)(?: one)?(?: of the)? {_PEOPLE}(?: is| are|'s|s)?(?: the)? {_OPINION}\b"
    rf"|\b(?:who|which {_PEOPLE}) marks? (?:the )?(?:easiest|hardest|harshest|most leniently|"
    r"leniently|harshly|easy|hard)\b"
    rf"|\b(?:which|what)(?: is| was|'s| s)? (?:the )?{_OPINION} (?:{_PEOPLE}|lecture|"
    r"tutorial|module|course|topic)\b"
    rf"|\b(?:which|what) (?:lecture|tutorial|topic|{_PEOPLE})s? (?:is|was|'s|are|were)(?: the)? "
    r"(?:most boring|worst|dullest|lamest|cringiest|hottest|funniest|most annoying)\b")

# An opinion of the staff set against each other ("is <x> a better lecturer than <y>", "who
# is more boring"): no one is rated.
_RATED = (r"(?:better|worse|duller|nicer|funnier|more (?:boring|interesting|fun|engaging|"
          r"annoying|entertaining)|less (?:boring|interesting|fun|engaging))")
_COMPARES_PEOPLE = re.compile(
    rf"\b{_RATED} {_PEOPLE} than\b"
    rf"|\bwho(?:'s| is| was)? (?:the )?{_RATED}\b"
    rf"|\bwho(?:'s| is| was) the {_OPINION} {_PEOPLE}\b")
