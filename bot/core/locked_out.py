"""Whether a message tells of trouble getting into where a session is held ("can't see the
course's team in teams", "the meeting link won't open", "never got added to the channel",
"i can't get into the q&a"): a person has to fix access, so the reply hands it to one,
with the session concerned beside it. Not being unable to come ("can't join the tutorial
on tuesday, i have a clash"), nor something not understood ("can't see why it works")."""
from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.core.text import normalize
from bot.schedule.model import Event

_CANNOT = (r"(?:can'?t|cannot|can not|unable to|not able to|couldn'?t|could not|won'?t let me|"
           r"doesn'?t let me|does not let me|still can'?t)")
# Where a session is got into: a room online, its link or its page.
_WAY_IN = (r"(?:teams?|channels?|meetings?|calls?|links?|rooms?|pages?|sites?|streams?|"
           r"chats?|groups?|invites?|invitations?|tabs?|"
           # a part of the course's site where materials are ("the materials section")
           r"(?:materials?|course|module|class) (?:sections?|folders?|areas?|spaces?))")
# Gone from view where it was ("the channel disappeared", "the tab has vanished"): the
# same trouble as not getting in, a person's to fix.
_GONE = (r"(?:(?:has |have |just |suddenly )*(?:disappeared|vanished)|(?:is|are|'s) (?:gone|"
         r"missing)|(?:has|have) gone(?: missing)?|went missing)")
# A session itself, got into ("can't get into the tutorial"; "can't join the tutorial on
# tuesday" is not being able to come, so only the verbs of entering take it).
_SESSION = r"(?:tutorials?|qa|q&a|lectures?|sessions?|panels?|class(?:es)?)"
_FAILS = (r"(?:isn'?t|is not|aren'?t|are not|not|doesn'?t|does not|don'?t|do not|won'?t|"
          r"will not|keeps?)(?: \w+)? (?:working|work|load(?:ing)?|open(?:ing)?|show(?:ing)?|"
          r"show(?:ing)? up|appear(?:ing)?|let me in|failing|crashing)")
_LOCKED_OUT = re.compile(
    rf"\b{_CANNOT} (?:see|find|access|join|open|get (?:in|into|onto|on to|access to)|enter|"
    rf"log ?in(?:to| to)?|sign in(?:to| to)?)(?: (?!of\b)[\w&'-]+){{0,3}}? {_WAY_IN}\b"
    rf"|\b{_CANNOT} (?:get (?:in|into|onto|access to)|access|enter|log ?in(?:to| to)?)"
    rf"(?: [\w&'-]+){{0,2}}? {_SESSION}\b"
    rf"|\b{_WAY_IN} (?:for (?:the |this |today'?s )?\w+ )?{_FAILS}\b"
    rf"|\b(?:the|my|our) (?:\w+ ){{0,2}}?{_WAY_IN} (?:\w+ )?{_GONE}\b"
    r"|\b(?:not|never) (?:been |got |gotten |yet |was |were )*(?:added|invited) (?:to|into)\b"
    r"|\bnever (?:got|received|had) (?:an? |the )?(?:invite|invitation|link)\b"
    r"|\b(?:no|don'?t have|do not have|lost|without) access\b|\baccess denied\b"
    # told one is not let in ("teams says i'm not a member", "no permission to join", "i'm
    # not in the group for the course")
    r"|\b(?:i'?m|i am|i'?m still|i am still) not (?:a member|part|in|on)(?: of)? (?:the |this |"
    r"our |that )?(?:\w+ )?(?:team|teams|channel|group|class|course team|module team)\b"
    r"|\bnot (?:a )?members?\b"
    r"|\b(?:no|don'?t have|do not have|without|need|needs) (?:the )?permissions?\b"
    r"|\bpermission (?:denied|error)\b"
    r"|\bhow (?:do|can|would) (?:i|we) (?:get|be) added\b"
    # access asked for to the course's own place ("can someone add me to the course forum",
    # "could i get access to the module's teams channel"): a person's to give
    r"|\b(?:add(?:ed)? (?:me|us)?|(?:get|have|be given|give (?:me|us)|grant (?:me|us)) access)"
    r" (?:to|on ?to|in ?to) (?:the |this |our |your )?(?:course'?s? |module'?s? |class'?s? |"
    r"official )?(?:\w+ )?(?:forum|channel|teams? (?:team|channel|group)|teams|team|"
    r"materials? (?:page|section|area)|course page|module page)s?\b"
    r"|\b(?:locked|kicked|shut) out\b"
    # a link that leads nowhere ("the slides link is dead", "broken link on the page", "the
    # recording gives a 404"), or a login turned down ("can't sign in", "my password isn't
    # working"): a person has to fix either
    rf"|\b{_WAY_IN}(?: (?:to|for|of|on|in) (?:the |this |my |that )?[\w&'-]+(?: [\w&'-]+){{0,2}})?"
    r"(?:'s| is| are| was| seems| looks| seems to be| appears| still)* (?:broken|dead|"
    r"expired|down)\b"
    r"|\b(?:broken|dead|expired) (?:\w+ )?links?\b"
    r"|\b(?:gives?|giving|returns?|shows?|showing|says?|got|get|getting) (?:me )?(?:an? )?"
    r"(?:404|403|page not found|not found error)\b|\b404 (?:error|not found)\b"
    rf"|\b{_CANNOT} (?:log ?in|login|sign ?in|sign on)\b"
    r"|\b(?:password|login|log-?in|sign[- ]?in|credentials?)s? (?:\w+ )?(?:isn'?t|is not|"
    r"aren'?t|doesn'?t|does not|not|won'?t|keeps? (?:getting )?)(?: \w+)? (?:working|work|"
    r"accepted|rejected|recogni[sz]ed)\b"
    # the course's own systems not letting one in: told one is not on the course's list
    # ("it says i'm not enrolled on the module"), or no page to hand in on ("there's no
    # upload link for cw2"): only staff can add one to the list
    r"|\b(?:says?|said|shows?|showing|tells? me|thinks?)(?: that)? (?:i'?m|i am|i was|i'?ve|"
    r"i have|we'?re|we are)(?: still)? not (?:been )?(?:registered|enrol+ed|signed up|"
    r"on the list|listed)\b"
    r"|\b(?:there'?s no|there is no|there isn'?t an?|no|(?:don'?t|do not|didn'?t) (?:have|"
    r"see|get) an?|(?:can'?t|cannot) (?:see|find) (?:an?|the|any)) (?:submission|hand-?in|"
    r"upload|submit) (?:page|link|option|button|slot|area|box|portal)s?\b")

# An account the course's systems do not know ("my account isn't recognised on the submission
# system", "it says user not found", "it doesn't recognise my login", "there's no account
# for me"): not a forgotten password, but a person who runs the accounts still has to fix it.
_ACCOUNT = re.compile(
    r"\b(?:account|user ?name|user ?id|login|log-?in|profile|shortcode|credentials?)s? "
    r"(?:\w+ ){0,3}?(?:isn'?t|is not|not|wasn'?t|was not|doesn'?t|does not|can'?t be|cannot be|"
    r"couldn'?t be|could not be|never)(?: \w+)? (?:recogni[sz]ed|found|exists?|registered|known|"
    r"linked|set up|activated|showing up|show up|on (?:the |their )?(?:system|list))\b"
    r"|\b(?:no such|unknown|invalid|nonexistent|non-existent) (?:user|account|username|user ?id)\b"
    r"|\b(?:user|account) (?:not found|unknown|does not exist|doesn'?t exist|not recogni[sz]ed)\b"
    r"|\b(?:doesn'?t|does not|didn'?t|did not|won'?t|will not|can'?t|cannot) "
    r"(?:recogni[sz]e me|(?:recogni[sz]e|find|know) my (?:account|login|log-?in|user ?name|"
    r"user ?id|email|credentials|shortcode|profile))\b"
    r"|\b(?:i|we) (?:still )?(?:don'?t|do not|never) (?:seem to )?(?:have|had|got) an? account\b"
    r"|\bno account (?:on|for|in|with|under)\b")


def account_unknown(text: str) -> bool:
    """Whether the message tells that a course system does not know the writer's account."""
    return bool(_ACCOUNT.search(normalize(text)))


# A code, key or invitation asked for to get into the forum or a course system ("where do i
# get the join code for the forum", "it wants an enrolment key to sign up"): only a person hands
# one out. (Not the course's own code, "what's the course code", which the page gives.)
_CODE = re.compile(
    r"\b(?:access|join|joining|invite|invitation|enrol(?:l?ment)?|sign[- ]?up|entry|"
    r"registration|signup|forum) (?:codes?|keys?|tokens?|passwords?|pins?)\b"
    r"|\b(?:needs?|asks? (?:me )?for|asking (?:me )?for|wants?|requires?) (?:an? |the |some )?"
    r"(?:codes?|passwords?|pins?|keys?|tokens?) (?:to|before i can|so i can) (?:join|get in|"
    r"enter|access|sign up|enrol+|register|log ?in)\b"
    # a code to join a channel or a team ("whats the teams code to join the channel", "the code
    # for the class team"): not a session's meeting id, nor the course's own code
    r"|\b(?:teams?|channel|forum|group|class|workspace|server|slack|discord) codes?\b"
    r"|\bcodes?\b[^.?!]{0,20}?\b(?:join|get in(?:to)?|enter|access) (?:the |our |this )?"
    r"(?:class |course |module )?(?:teams?|channel|forum|workspace|group chat|slack|discord)\b"
    r"|\bcodes? (?:for|of) (?:the |our |this )?(?:class |course )?(?:teams?|channel|forum|"
    r"workspace|slack|discord)\b(?! of\b)")
# (one already had or given: "i got the join code, thanks")
_HAD = re.compile(r"\b(?:i|we) (?:got|have|found|received|already have)\b[^.?!]{0,20}"
                  r"\b(?:codes?|keys?|tokens?|passwords?|pins?)\b")


def asks_access_code(text: str) -> bool:
    """Whether the message asks for (or is stuck without) a code, key or invitation to get
    into the forum or a course system: a person's to give, whatever else it asks."""
    # (read before `normalize`, which makes every code of a room "joincode": a meeting's id
    # asked for is the page's to give or say it lacks)
    t = " ".join(text.lower().replace("\u2019", "'").split())
    return bool(_CODE.search(t)) and not _HAD.search(t)


# A question that adds nothing to the trouble told beside it ("where is it??", "what do i
# do now?", "how do i get in"): the same trouble, asked after, not a question of its own.
_FOLLOW_UP = re.compile(
    r"^\W*(?:(?:so|and|but|ok|okay|pls|please|like|then|um+)\W+)*(?:where|how|what|who)"
    r"(?:'s| is| are| do| does| can| should| am| would)?(?: (?:it|they|that|this|i|we|u|you|"
    r"one))?(?: (?:do|go|get in|get it|find it|fix it|fix this|join|supposed to do|ask))?"
    r"(?: (?:now|then|here))?\W*$"
    # asked to mend it ("can you fix it?", "could someone sort this out pls")
    r"|^\W*(?:(?:so|and|but|ok|okay|pls|please)\W+)*(?:can|could|would|will) (?:you|u|someone|"
    r"anyone|somebody|the staff) (?:please |pls )?(?:fix|repair|update|check|sort|look (?:at|"
    r"into))(?: (?:it|this|that|them|the link|the links))?(?: out)?(?: (?:please|pls))?\W*$")


def asks_nothing_new(part: str) -> bool:
    """Whether a part of the message only asks after the trouble told in another part."""
    return bool(_FOLLOW_UP.search(normalize(part)))


def locked_out(text: str) -> bool:
    """Whether the message tells of trouble getting into a session's room, link or page, or
    asks for a code to get in, or that a course system does not know their account."""
    return (bool(_LOCKED_OUT.search(normalize(text))) or asks_access_code(text)
            or account_unknown(text))


_MATERIALS = re.compile(r"\b(?:materials?|notes|slides|tabs?|folders?|files?|resources?)\b")


def about_materials(text: str) -> bool:
    """Whether the trouble told is with where the materials are ("can't see the materials
    tab"): the page's places for them are a hint beside the hand-over to a person."""
    return bool(_MATERIALS.search(normalize(text)))


# How near a session must start to be the one the trouble is about: one days away is no
# aside to trouble with access ("can't open the recordings" is not about next month's lecture).
SOON = timedelta(hours=24)


def session_concerned(events: list[Event], named: set[str], kinds: set[str],
                      now: datetime) -> Event | None:
    """The session the trouble is about: of those named (by id, else by kind), the one under
    way or starting within SOON; None when none is named or that near."""
    sessions = [e for e in events if e.start is not None and e.kind != "deadline"]
    # (none named: the trouble may be with no session at all, "lost access to the repo")
    chosen = [e for e in sessions if e.id in named] or [e for e in sessions if e.kind in kinds]
    left = [e for e in chosen if (e.end or e.start) >= now and e.start - now <= SOON]
    return min(left, key=lambda e: e.start) if left else None


def deadline_concerned(events: list[Event], named: set[str], deadline_said: bool,
                       now: datetime) -> Event | None:
    """The hand-in the trouble stands in the way of: the coursework named (even when past:
    its date is context for the person who fixes it), else, a deadline being said, the next
    one to come; None otherwise."""
    deadlines = [e for e in events if e.kind == "deadline" and e.start is not None]
    chosen = [e for e in deadlines if e.id in named]
    if not chosen and deadline_said:
        chosen = [e for e in deadlines if e.start >= now]
    return min(chosen, key=lambda e: e.start) if chosen else None
