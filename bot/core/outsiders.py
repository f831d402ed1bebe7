"""Who the writer is, said before the question by someone who is not a current student ("my
daughter takes this module, ...", "I'm applying for next year - ...", "we're organising an
event for MSc students, ..."): context, not a topic or a circumstance. The clause is set
aside and the person it names is read as any student ("how is he assessed" asks how
students are). Words of English only: no course fact."""

from __future__ import annotations

import re

_RELATIVE = (r"(?:son|daughter|child|kid|boy|girl|nephew|niece|grandson|granddaughter|"
             r"stepson|stepdaughter|ward|brother|sister)")
_ROLE = (r"(?:parent|mum|mom|mother|dad|father|guardian|employer|recruiter|hiring manager|"
         r"manager|prospective (?:student|applicant)|applicant|offer holder|alumn(?:us|a|i|ae)|"
         r"former student|graduate|grad)\b")
_TAKES = (r"(?:is |'s |s |has (?:just )?)?(?:taking|doing|on|in|enrolled|registered|studying|"
          r"starting|started|joined|takes|does|studies|attends|attending|applied|applying)\b")
# A clause of who the writer is, up to the punctuation that ends it.
_INTRO = re.compile(
    r"^(?P<greet>\s*(?:(?:hi|hello|hey|dear [a-z]+|good (?:morning|afternoon|evening))"
    r"[,!.]?\s+)?)"
    r"(?P<intro>(?:"
    rf"(?:my|our) {_RELATIVE}s? {_TAKES}"
    rf"|(?:i'?m|i am|im|we'?re|we are) (?:a |an |the |one of the )?{_ROLE}"
    rf"|as (?:a |an |the )?{_ROLE}"
    r"|(?:i'?m|i am|im|we'?re|we are) (?:thinking (?:of|about) |considering |planning (?:on |to )"
    r"|hoping to |looking to |interested in )?(?:applying|apply)\b"
    r"|(?:i|we) (?:work|recruit|hire) (?:at|for|in) (?:a|an|the|our)\b"
    r"|(?:i|we) (?:run|own|represent|manage) (?:a|an|the|our) (?:company|firm|business|startup|"
    r"organi[sz]ation|team|society|club)\b"
    r"|(?:we'?re|we are|i'?m|i am|im) (?:organi[sz]ing|planning|arranging|hosting|running) "
    r"(?:a|an|the|some)\b"
    r"|(?:i|we) (?:took|did|graduated from|finished|completed) (?:this|the) (?:course|module)\b"
    r")[^.,;:!?]*?(?:[.,;:!?]+|\s+-+|\s+–)\s*)",
    re.IGNORECASE)
# The person the clause named, read as any student.
_THEIR_AUX = re.compile(r"\b(?:he|she) (is|was|has|does|doesn't|isn't|hasn't|gets|needs|will|"
                        r"can|should|must|would|could)\b", re.IGNORECASE)
_AUX_PLURAL = {"is": "are", "was": "were", "has": "have", "does": "do", "doesn't": "don't",
               "isn't": "aren't", "hasn't": "haven't", "gets": "get", "needs": "need"}
_AUX_FIRST = re.compile(r"\b(is|was|has|does|will|can|should|must|would|could) (?:he|she)\b",
                        re.IGNORECASE)
_MY_RELATIVE = re.compile(rf"\b(?:my|our) {_RELATIVE}(?:'s|s')\s+", re.IGNORECASE)
_MY_RELATIVE_BARE = re.compile(rf"\b(?:my|our) {_RELATIVE}\b", re.IGNORECASE)
_HIS_HER = re.compile(r"\b(?:his|her|their)\b(?= (?:exam|exams|coursework|courseworks|cw|tasks?|"
                      r"deadlines?|lectures?|tutorials?|classes|sessions|course|module|term|"
                      r"timetable|schedule)\b)", re.IGNORECASE)
_ASKS = re.compile(r"\?|\b(?:when|what|which|where|who|how|is|are|do|does|can|will|could)\b",
                   re.IGNORECASE)


def without_intro(text: str) -> str:
    """`text` with the clause of who a non-student writer is set aside and the person it named
    read as any student, when a question follows it; else `text` unchanged."""
    m = _INTRO.match(text)
    if m is None:
        return text
    rest = text[m.end():]
    if not rest.strip() or not _ASKS.search(rest):
        return text
    rest = _MY_RELATIVE.sub("the ", rest)
    rest = _MY_RELATIVE_BARE.sub("students", rest)
    rest = _THEIR_AUX.sub(lambda a: "students " + _AUX_PLURAL.get(a.group(1).lower(),
                                                                  a.group(1)), rest)
    rest = _AUX_FIRST.sub(lambda a: _AUX_PLURAL.get(a.group(1).lower(), a.group(1))
                          + " students", rest)
    rest = _HIS_HER.sub("the", rest)
    return m.group("greet") + rest
