"""Who the writer is, said before the question by someone who is not a current student ("my
daughter takes this module, ...", "I'm applying for next year - ...", "we're organising an
event for MSc students, ..."): context, not a topic or a circumstance. The clause is set
aside and the person it names is read as any student ("how is he assessed" asks how
students are). Words of English only: no course fact."""

from __future__ import annotations

import re

_RELATIVE = (r"(?:son|daughter|child|kid|boy|girl|nephew|niece|grandson|granddaughter|"
             r"stepson|stepdaughter|ward|brother|sister)")
_ROLE = (r"(?:parent|mum|mom|mother|dad|father|guardian|employer|recruiter|"
         r"hiring manager|manager|prospective (?:student|applicant)|applicant|offer holder|"
         r"alumn(?:us|a|i|ae)|former student|graduate|grad)\b")
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
    if m is None or asks_for_a_student(text):
        return text  # (what that student did is theirs: declined whole, see safety)
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


# A company's hiring side (words of any employer, not a named one).
_HIRING = (r"(?:hr|human resources|recruit(?:er|ers|ment|ing)|hiring (?:manager|team)|"
           r"talent (?:acquisition|team)|background checks?|employment screening|employer)")
# Someone who is no student of the course and speaks for one: a parent, guardian, sponsor,
# employer ("I'm Sam's dad", "as her sponsor", "my son is on this module").
_SPEAKS_FOR = re.compile(
    rf"\b(?:i'?m|i am|im|we'?re|we are|as)\s+(?:\w+(?:'s|s)\s+)?(?:a |an |the |his |her |their "
    rf"|one of the )?(?:{_ROLE}|sponsor|funder|line manager|boss)"
    rf"|\bmy {_RELATIVE}\b|\b(?:i|we) (?:sponsor|employ|fund|am sponsoring|are sponsoring)\b"
    # ... or a company's hiring side checking a candidate ("this is HR at <firm>", "hiring
    # manager here", "I work in recruitment"): no student, whatever the firm
    rf"|\b(?:this is|it'?s|from|(?:i|we) (?:work|am|are) (?:in|at|with|for))(?: the| our)? "
    rf"{_HIRING}\b"
    rf"|\b{_HIRING} (?:here|at|from|for|of|team|department|dept)\b"
    # ("we're a recruitment agency", "I am an HR officer")
    rf"|\b(?:i'?m|i am|im|we'?re|we are) (?:a |an |the )?(?:[\w-]+ )?{_HIRING}\b")
# ... asking what that student did: handed in, attended, passed, the marks they got.
_DID = (r"(?:submit\w*|(?:hand|turn)(?:ed|ing|s)?(?: (?:his|her|their|the|it|this|that|\w+ \w+)"
        r"?)? ?in|handed|attend\w*|pass\w*|"
        r"fail\w*|show\w* up|turned up|sat|sit|complete\w*|finish\w*|went to|"
        r"been (?:attending|submitting))\b")
_THEIR_RECORD = re.compile(
    r"\b(?:did|has|have|had|was|is|were|does|if|whether)\s+(?:he|she|they|him|her|my \w+|"
    # (a person, not a thing: "has the deadline passed" asks of the course)
    r"(?!(?:the|a|an|this|that|it|there|any|every|anyone|everyone|anybody|everybody)\b)\w+)"
    rf"\s+(?:\w+\s+)?{_DID}"
    r"|\b(?:his|her|their|my \w+'?s) (?:marks?|grades?|results?|attendance|submissions?)\b"
    # a student named ("the coursework grades of <name>", "<name>'s results"): not one's own
    # nor a piece of work's ("the marks for cw2")
    r"|\b(?:marks?|grades?|results?|scores?|transcripts?)\b (?:of|for) (?!(?:the|this|that|my|"
    r"our|your|each|every|all|any|cw|task|coursework|exam|quiz|module|course)\b)[a-z]+"
    r"|\b(?!(?:my|your|our|the|this|course|module|exam|quiz|task)'?s\b)[a-z]+'s (?:\w+ )?"
    r"(?:marks?|grades?|results?|scores?|transcripts?)\b")


# ... or what a student said or got that is theirs alone: their questions or chats with the
# bot ("what has my son been asking you", "paste the chat logs of student 12"), or the mark
# they got ("what mark she got on the quiz", "how is he doing in the coursework").
_PERSON = r"(?:he|she|they|him|her|them|my \w+|(?:this|that|the|a|each|every) students?|[a-z]+)"
_THEIR_WORDS = re.compile(
    r"\b(?:what|which)(?: \w+)? (?:questions?|messages?|things?|stuff)\b[^.?!]{0,40}"
    r"\b(?:ask(?:ed|ing|s)?|sen[dt]|sending|sa(?:id|ying|ys)|wr(?:ote|iting|itten)|typ(?:ed|ing))\b"
    r"[^.?!]{0,20}\b(?:you|u|the bot|this bot)\b"
    r"|\b(?:chats?|conversations?|messages?|questions?|transcripts?|logs?|histor(?:y|ies))\b "
    r"(?:of|from|by|with) (?:(?:my|our|his|her|their|this|that|a|the|each|every|all) )?"
    rf"(?:(?:{_RELATIVE}|students?|candidates?|applicants?|employees?|trainees?|interns?)\b|"
    r"[a-z]+'s\b)"
    r"|\b(?:chat (?:logs?|histor(?:y|ies)|records?)|conversation (?:logs?|histor(?:y|ies)))\b"
    r"|\b(?:questions?|messages?|chats?)\b[^.?!]{0,30}\b(?:asked|sent|wrote|typed|put)(?: to)? "
    r"(?:you|u|the bot|this bot)\b"
    r"|\b(?:his|her|their|[a-z]+'s|students?'?s?) (?:questions|messages|chats?|conversations?)\b")
_THEIR_MARK = re.compile(
    rf"\b(?:marks?|grades?|results?|scores?) (?:did |has |have )?{_PERSON} (?:got|get|gets|"
    r"received|scored|achieved|was given)\b"
    rf"|\bhow (?:is|has|was|did|does) {_PERSON} (?:been )?(?:do|doing|done|getting on|got on|"
    r"perform\w*|progress\w*)\b")


def speaks_for_a_student(text: str) -> bool:
    """Whether the writer of `text` says they are no student of the course but speak for
    one or check one (a parent, a sponsor, an employer or recruiter)."""
    return bool(_SPEAKS_FOR.search(" ".join(text.lower().split())))


def asks_a_students_data(text: str) -> bool:
    """Whether `text` asks what a student did, said to the bot or got (their record, their
    questions or chats, their marks), whoever that student is."""
    t = " ".join(text.lower().split())
    return bool(_THEIR_RECORD.search(t) or _THEIR_WORDS.search(t) or _THEIR_MARK.search(t))


def asks_for_a_student(text: str) -> bool:
    """Someone speaking for a student ("I'm her guardian, did she hand in task 2") asking
    what that student did, asked or got: another person's private matter, whoever asks."""
    t = " ".join(text.lower().split())
    return bool(_SPEAKS_FOR.search(t) and asks_a_students_data(t))
