"""Someone's private life (where they live, their family, health, faith...) or an opinion of
them ("which tutor is the softest marker"): not the course page's, never answered.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Literal

from bot.core.recent_texts import holds_message_text
from bot.nlu.safety.words import _NOT_SOMEONE, _PEOPLE

# What is private about a person, whoever they are (general English, no course fact): where
# they live or are, their age, family, private numbers and accounts, money, faith, health
# and origin, said of the person (`<person>`: a name the schedule's staff tables give, a
# role, or "he"/"she"). The page has none of it, and a listing of that person's sessions
# would answer as if it did; a question about the person's teaching ("is <person> giving the
# live lecture", "where is <person>'s q&a") names no such attribute and stays the page's.
_P = r"<person>(?:'s|s)?"

# (an account "personal", "private" or "secret" is theirs, not the course's)
_OWN = (r"(?:(?:personal|private|secret|real|own) )?(?:home|house|flat|apartment|"
        r"(?:home |postal )?address|postcode|age|birthday|neighbou?rhood|home area|"
        r"wife|husband|partner|kids|children|family|son|daughter|parents|girlfriend|boyfriend|"
        r"(?:personal |private |mobile |cell |home )?(?:phone|mobile)(?: number)?|number|"
        r"whatsapp|instagram|insta|ig|snapchat|snap|facebook|fb|tiktok|twitter|socials?|"
        r"social media(?: accounts?)?|dating profile|salary|pay|religion|nationality|"
        r"ethnicity|health|whereabouts|(?:personal|private|love|dating) life)")
_STATE = (r"(?:married|single|divorced|engaged|dating|pregnant|religious|ill|sick|unwell|"
          r"in hospital|on (?:holiday|vacation|leave)|(?:in|at) (?:the office|work|home|uni|"
          r"college|campus)(?! hours))")
_PRIVATE_ABOUT = re.compile(
    rf"{_P} {_OWN}\b"
    rf"|\b(?:is|are|was) {_P} (?:really |actually |still )?{_STATE}\b"
    # (where someone is "today" may ask where their session is: not whereabouts alone)
    rf"|\bwhere (?:is|are|does|do|did|was) {_P} (?:right now|at the moment|currently|"
    r"these days|live|living|stay|staying|based|from|come from|originally from|born)\b"
    rf"|\bwhere {_P} (?:lives?|stays?|is right now)\b"
    rf"|{_P} (?:lives|live (?:in|near|around|with|nearby|close to)|was born|comes? from)\b"
    # ("what area <person> lives in", "which part of town they live in")
    rf"|\b(?:area|part of (?:town|the city|london)|neighbou?rhood|street|town|city) "
    rf"(?:does |do |did )?{_P} (?:lives?|stays?)\b"
    # (their numbers named before them: "the phone number of <person>"; an e-mail the page
    # may give)
    r"|\b(?:(?:personal|private|mobile|cell|home) )?(?:phone|mobile|cell|whatsapp|"
    r"telephone|home address|address|postcode|instagram|insta|snapchat|facebook|tiktok)"
    rf"(?: numbers?| no\.?| details)? (?:of|for) (?:the )?{_P}"
    rf"|\b(?:how old|what age) (?:is|are) {_P}(?!\w)|\bwhen (?:is|was) {_P} born\b"
    rf"|\b(?:does|do|did) {_P} have (?:a |any )?(?:wife|husband|partner|kids|children|"
    r"family|girlfriend|boyfriend)\b"
    rf"|\b(?:how much|what) does {_P} (?:earn|make|get paid)\b"
    rf"|\bwhat (?:country|nationality|religion) is {_P}(?!\w)")

# What is said between people or of a person's character, not of their teaching: how two of
# them get on ("do <person> and <person> get along", "the tas hate each other", "are the
# lecturers dating"), gossip, and a judgement of them as people or markers ("which <person>
# is the softest marker", "is <person> friendlier than <person>", "is <person> a harsh
# marker"). The page states none of it, and a listing of their sessions would answer as if
# it did. Who marks what ("who marks cw2") names no judgement and stays the page's.
_GET_ON = (r"(?:get(?:s|ting)? (?:on|along)|like|likes|hate|hates|love|loves|fancy|fancies|"
           r"despise|despises|can'?t stand|cant stand|fell out|fall(?:en)? out|falling out|"
           r"argue|argued|fight|fought|dated|dating|sleep(?:ing)? with|friends with|beef with|"
           r"married to)")
_SOFTEST = (r"(?:soft|kind|friendl|nice|mean|harsh|strict|tough|lenient|generous|scar|chill|"
            r"fair|lazi|lazy|stingi|stingy|easy|easi)(?:e?st|iest)"
            r"|most (?:lenient|generous|approachable|strict|chill|fair|harsh|forgiving|kind)"
            r"|least (?:strict|harsh|lenient|fair|generous|approachable|forgiving)")
_SOFTER = (r"(?:softer|kinder|friendlier|nicer|meaner|harsher|stricter|tougher|easier|"
           r"scarier|fairer|lazier|stingier|more (?:lenient|generous|approachable|strict|chill|"
           r"fair|harsh|forgiving)|less (?:strict|harsh|lenient|fair|generous|approachable))")
_JUDGED = (r"(?:soft|kind|friendly|nice|mean|harsh|strict|tough|lenient|generous|scary|chill|"
           r"fair|unfair|lazy|stingy|easy|hard|good|bad|nasty|rude|arrogant|picky)")
_OPINION_OF = re.compile(
    # two people, or the staff among themselves
    r"<person> (?:and|&) <person>[^.?!]{0,25}\b(?:get(?:s|ting)? (?:on|along)|fell out|"
    r"fall(?:en)? out|falling out|dating|hate|despise|beef|married|a couple|an item|friends|"
    r"enemies|rivals|each other|one another)\b"
    rf"|<person>[^.?!]{{0,25}}\b{_GET_ON} (?:each other|one another|<person>)"
    r"|\b(?:beef|drama|tension|rivalry|bad blood|feud|romance|something going on) (?:between|"
    r"among(?:st)?|with) (?:the )?<person>"
    r"|\b(?:are|were|is) (?:the )?(?:two )?<person>s? (?:\w+ )?(?:dating|a couple|an item|"
    r"friends|enemies|rivals|married|together)\b"
    r"|<person>[^.?!]{0,30}\b(?:goss|gossip|rumou?rs?|drama|scandal)\b"
    r"|\b(?:goss|gossip|rumou?rs?|drama|scandal)\b[^.?!]{0,30}<person>"
    # a judgement of one of them, or two set against each other
    rf"|\b(?:who|which (?:one )?of (?:them|(?:the )?<person>)|which <person>)"
    rf"(?: is| are|'s| s| would be| will be)?(?: the)? (?:{_SOFTEST})\b"
    rf"|\b(?:the )?(?:{_SOFTEST}) <person>"
    rf"|\b(?:who|which <person>) (?:marks?|grades?) (?:the )?(?:softest|softly|easiest|"
    r"easy|kindest|most generously|generously|most leniently|leniently|nicest|best|hardest|"
    r"harshest|harshly|toughest|strictest)\b"
    rf"|<person>(?:'s| is| are| marks?)?(?: (?:much|way|far|a lot|a bit|even|actually|really|"
    rf"so))? (?:{_SOFTER})(?: \w+)? than\b"
    rf"|\b(?:{_SOFTER})(?: \w+)? than <person>"
    rf"|\b(?:is|are) <person>(?: (?:really|actually|a|an|very|so|too))* (?:{_JUDGED}) "
    r"(?:<person>|grader|person)"
    r"|\b(?:does|do) <person> mark (?:softly|easy|harshly|hard|strictly|leniently|generously)\b"
    # how they mark, said of one of them ("which <person> gives the easiest marks", "is
    # <person> strict when grading or lenient")
    rf"|(?:\bwho|<person>)[^.?!]{{0,20}}\b(?:gives?|giving|hands? out|awards?) (?:the )?"
    rf"(?:{_SOFTEST}|{_SOFTER}|highest|best|lowest|worst|higher|better|lower|worse|good|bad) "
    r"(?:marks|grades|scores)\b"
    rf"|\b(?:is|are) <person> (?:\w+ ){{0,2}}{_JUDGED}\b(?=[^.?!]{{0,25}}\b(?:grad\w*|"
    r"mark(?:s|er|ers|ing)?|lenient|strict|harsh|soft|generous|chill)\b)")

# What `private_life` finds; None when it finds neither (compared with `is not None`: a
# kind is a name, never read as true or false).
PrivateKind = Literal["private", "opinion"]
PRIVATE: PrivateKind = "private"
OPINION: PrivateKind = "opinion"

# A role word is a person only as a noun: after a subject or "to" it is the writer's verb ("i
# tutor kids on wednesdays", "i want to teach"), which says nothing of anyone else.
_ROLE = re.compile(rf"\b(?<!\bi )(?<!\bwe )(?<!\byou )(?<!\bthey )(?<!\bto )"
                   rf"(?:(?:the|our|your|my) )?{_PEOPLE}\b")
# (a title's next word is a name, not a verb: "does the professor have a wife" is a role)
_TITLED = re.compile(r"\b(?:dr|prof|professor|mr|mrs|ms|miss)\.? (?!(?:have|has|had|is|was|"
                     r"are|does|do|did|live|lives|earn|earns|make|makes|get|gets)\b)[a-z]+\b")

# A person no table names (another student, "he"/"she") is a person as the subject of a
# question whose predicate only a person has: where they live, whether they are married, have
# children, how old they are. (Not "how old is alexnet", "is the model single layer", "are
# exams at home": a thing in that place is no one.)
_ANYONE = rf"{_NOT_SOMEONE}(?!(?:one|it)\b)[a-z]+"
_SUBJECTS = (
    re.compile(rf"\b(where (?:does|do|did) ){_ANYONE}(?= (?:live|stay|reside)\b)"),
    re.compile(rf"\b((?:is|are|was) ){_ANYONE}(?= (?:married|single|divorced|dating|engaged|"
               r"gay|straight|religious|pregnant|in a relationship)\b)"),
    re.compile(rf"\b((?:does|do|did) ){_ANYONE}(?= have (?:a |any )?(?:wife|husband|kids|"
               r"children|partner|girlfriend|boyfriend|family)\b)"),
    re.compile(r"\b(how old (?:is|are) |where )(?:he|she|they)\b"))
_PRONOUN = re.compile(r"\b(?:he|she|him|her|his|they|them|their)\b")

# Who someone is who posted anonymously, and a home address whoever's it is: a person and
# what is private about them, without a name.
_UNNAMED_PRIVATE = re.compile(
    r"\bwho (?:posted|asked|wrote|sent|made|is behind)\b[^.?!]{0,30}\banonymous\w*"
    r"|\banonymous\w* (?:post|question|poster|message)\w*\b[^.?!]{0,40}\b(?:who|their "
    r"(?:name|email|e-mail|identity))\b"
    r"|(?<!\bmy )(?<!\bour )\b(?:home|house|flat) (?:address|postcode)\b")


def private_life(text: str, names: Sequence[str] = ()) -> PrivateKind | None:
    """`PRIVATE` when the normalised `text` asks something private about a person: where they
    live or are, their age, family, numbers, money, faith, health or origin, said of them, or
    who posted anonymously; `OPINION` when it asks how people get on, for gossip about them
    or for a judgement of them (the softest marker, the friendlier of two); else None. A
    person is one of `names` (the people the schedule names, when the caller has found them),
    a role ("the lecturer"), a titled name ("dr x"), anyone as the subject of a question only
    a person answers ("where does x live", "is she married") and, beside one of those,
    "he"/"she". A name alone is no such question: "is <person> giving the live lecture" asks
    of their teaching, the page's."""
    return _private_life(text, tuple(names))


# (read by each part's policy, with the names found in it, and by the refusal rules: kept
# for recent texts)
@holds_message_text
@functools.lru_cache(maxsize=512)
def _private_life(text: str, names: tuple[str, ...]) -> PrivateKind | None:
    marked = _people_marked(text, names)
    if _PRIVATE_ABOUT.search(marked) or _UNNAMED_PRIVATE.search(text):
        return PRIVATE
    if _OPINION_OF.search(marked):
        return OPINION
    return None


def _people_marked(text: str, names: Sequence[str]) -> str:
    """`text` with every person in it written `<person>`."""
    marked = text
    for name in sorted(names, key=len, reverse=True):
        marked = re.sub(rf"\b(?:(?:dr|prof|professor|mr|mrs|ms)\.? )?{re.escape(name.lower())}"
                        r"(?=(?:'s|s|')?\b)", "<person>", marked)
    marked = _TITLED.sub("<person>", marked)
    marked = _ROLE.sub("<person>", marked)
    for subject in _SUBJECTS:
        marked = subject.sub(r"\1<person>", marked)
    if "<person>" in marked:
        # "he"/"she" is that person ("how old is <staff> and is he married"); with no one
        # of the course named, it is anyone's ("my flatmate broke his phone").
        marked = _PRONOUN.sub("<person>", marked)
    return marked
