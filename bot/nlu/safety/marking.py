"""Marking material (marking schemes, the marker's tests), marks to be changed, and ways to
fool the marking (hard-coded outputs so the autograder passes): marks not earned.
"""

from __future__ import annotations

import re

# The material the staff mark with ("the auto-marking script", "the marking tests", "the
# grader's test cases", "the model answers they mark against") asked to be had, or a mark
# asked to be changed ("bump my cw1 mark", "edit marks", "could you raise my grade"):
# neither the bot's nor a student's to have or do. Not how the work is marked (a scheme
# the page may not state) nor when marks come back.
_MARKING_MATERIAL = re.compile(
    r"\b(?:auto[- ]?mark\w*|auto[- ]?grad\w*|marking|grading|marker'?s?|grader'?s?|hidden)"
    r" (?:scripts?|tests?|test ?cases?|test ?suites?|code|harness|answers?|solutions?|"
    r"keys?|notebooks?)\b|\bmodel answers?\b[^.?!]{0,30}\bmark")
_GET_HOLD = re.compile(
    r"\b(?:send|give|share|show|leak|post|upload|get|getting|access|see|download|have|"
    r"hold of|copy|find|obtain|look at)\b")
_CHANGE_MARK = re.compile(
    r"\b(?:bump|bumps|bumping|raise|raising|increase|increasing|change|changing|edit|editing|"
    r"alter|altering|boost|boosting|tweak|tweaking|round up|push up|inflate|modify|modifying|"
    r"override)\b(?: up)? (?:(?:my|his|her|their|our|the|a|cw\d|task \d|\w+'s) ){1,3}"
    r"(?:marks?|grades?)\b(?! (?:scheme|criteria|breakdown|split|weighting))"
    # (set or updated, one's own: "when will they update the grades" asks a date)
    r"|\b(?:set|update|adjust|upgrade|fix)\b (?:(?:my|our|cw\d|task \d) ){1,3}"
    r"(?:marks?|grades?|scores?)\b(?= (?:to|on|for|in|as|up|of|at)\b)"
    # a mark named to be given ("give me full marks on task 2", "award me 90% for cw1")
    r"|\b(?:give|award|put) (?:me|us) (?:full marks|a first|\d+ ?(?:%|marks|percent))"
    r"(?: (?:on|for|in) \w+)?"
    # an extension written into the record ("add an extension to my record", "log a 3 day
    # extension for me in the system", "mark me as having an extension")
    r"|\b(?:add|record|log|enter|put|register|note|write)\b[^.?!]{0,25}\bextensions?\b"
    r"[^.?!]{0,25}\b(?:records?|file|system|account|profile|database|spreadsheet)\b"
    r"|\b(?:mark|record|register|flag|list) me as (?:having|granted|given|on) (?:an? )?"
    r"(?:\w+ )?extension\b")


def asks_marking_material(text: str) -> bool:
    """"send me the auto-marking script", "give me the marking tests so i can check my code
    passes", "can you bump my cw1 mark", "get into <the system> and edit marks"."""
    return bool(_MARKING_MATERIAL.search(text) and _GET_HOLD.search(text)
                or _CHANGE_MARK.search(text))


# Getting marks the work has not earned by fooling the check ("hardcode the expected outputs so
# the tests pass", "trick the autograder", "get round the similarity checker"): whatever the
# check is called. How the work is checked ("what does the autograder test") asks nothing of
# the kind, and neither does a constant in one's code ("should i hardcode the image size").
_MARK_CHECK = (r"(?:auto[- ]?(?:grad|mark|test)\w*|grader|grading (?:script|system|code)|"
               r"marking (?:script|system|code|tests?)|marker|(?:unit |hidden )?tests?|"
               r"test (?:cases?|suite)|checks?|checker|plagiarism(?: (?:check\w*|software|"
               r"detect\w*|tool))?|similarity (?:check\w*|score|report)|turnitin|moss)")
_FOOL = (r"(?:trick|fool|game|gaming|cheat|spoof|fake out|exploit|hack|bypass|circumvent|"
         r"sneak (?:past|by|through)|dodge|evade|outsmart)")

# (getting past a plain test is being stuck at it, "i can't get past the test in part 2": only
# the marker or a plagiarism check is got round)
_MARKER = (r"(?:auto[- ]?(?:grad|mark)\w*|grader|marker|grading (?:script|system|code)|"
           r"marking (?:script|system|code|tests?)|plagiarism(?: (?:check\w*|software|"
           r"detect\w*|tool))?|similarity (?:check\w*|score|report)|turnitin|moss)")
_FOOLS_CHECK = re.compile(
    rf"\b{_FOOL}\b(?: (?:the|an?|this|that|our|their|cw ?\d|task ?\d))*(?: [\w-]+)?? "
    rf"{_MARK_CHECK}\b"
    rf"|\bget (?:round|around|past|by)\b(?: (?:the|an?|this|that|our|their))*(?: [\w-]+)?? "
    rf"{_MARKER}\b"
    # escaping it, asked how ("how can i avoid being flagged by turnitin", read so from "怎么才
    # 能不被查重发现"); being flagged told as feared is the personal worry, not asked how
    rf"|\bhow\b[^.?!]{{0,25}}\b(?:without (?:being|getting)|avoid (?:being|getting)|not "
    rf"(?:be|get)) (?:caught|flagged|detected|noticed) by (?:the |an? )?{_MARKER}\b")

# (a value alone may be a setting, "hardcode the input shape": the outputs, or the values
# the check expects)
_OUTPUTS = r"(?:outputs?|answers?|results?|accurac(?:y|ies)|predictions?|scores?|plots?)"
_EXPECTED = r"(?:expected|correct|right|target|reference|required|desired|marked)"
_HARDCODE = re.compile(
    rf"\b(?:hard[- ]?cod\w*|fak(?:e|ing)|spoof\w*)\b[^.?!]{{0,25}}?\b(?:{_OUTPUTS}|"
    rf"{_EXPECTED} (?:\w+ )?(?:values?|numbers?|shapes?))\b"
    rf"|\b(?:print(?:ing)?|return(?:ing)?|output(?:ting)?|paste|pasting|copy(?:ing)? in|"
    rf"fill(?:ing)? in|plug(?:ging)? in|just put)\b(?: (?:the|its|their))? {_EXPECTED}"
    rf"(?: \w+)? (?:{_OUTPUTS}|values?|numbers?)\b")
_SO_IT_PASSES = re.compile(
    rf"\b(?:pass(?:es|ing)?|passed|get (?:the )?(?:full )?marks|full marks|marks?|score|"
    rf"green|graded|accepted)\b|\b{_MARK_CHECK}\b")

# ... or the work skipped ("return the right numbers without actually training anything")
_WITHOUT_DOING = re.compile(r"\bwithout (?:actually |really )?(?:doing|implementing|training|"
                            r"writing|solving|coding|running)\b")


def games_the_marking(text: str) -> bool:
    """Whether the normalised `text` asks how to get marks by fooling the marking: hardcoding
    the outputs the check expects, or tricking, bypassing or evading an autograder, its tests
    or a plagiarism check."""
    if _FOOLS_CHECK.search(text):
        return True
    if (m := _HARDCODE.search(text)) is None:
        return False
    rest = text[:m.start()] + " " + text[m.end():]
    return bool(_SO_IT_PASSES.search(rest) or _WITHOUT_DOING.search(text))
