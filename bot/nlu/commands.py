"""Commands in chat, and their slots: reminder settings ("remind me 2 days before deadlines",
"only tutorials", "stop reminders"), asking a human ("ask a TA: ..."), "forget me", and the
TAs' commands ("answer 12 faq ...").

Whether a message is a command is decided by the policy (these rules first, then the intent
classifier); this module reads what the command says. "remind me when cw2 is due" asks for
a date: it is not a command.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from bot.core.recent_texts import holds_message_text
from bot.core.text import number_value
from bot.reminders.policy import ALL_KINDS
from bot.schedule.kinds import SESSION_KINDS

Action = Literal["subscribe", "unsubscribe", "show", "only", "add", "remove", "mute"]

_KIND_WORDS: list[tuple[str, tuple[str, ...]]] = [
    (r"deadlines?|coursework|courseworks|cw ?\d?|submissions?|due dates?|assignments?|"
     r"(?:is|are|'s|s) due",
     ("deadline",)),
    (r"q ?& ?as?|q ?and ?as?|qas?|q ?n ?as?", ("qa",)),
    (r"tutorials?|tuts?|tutes?", ("tutorial",)),
    (r"live lectures?|lectures?", ("lecture",)),
    (r"panels?", ("panel",)),
    (r"(?:weekly )?digests?|weekly (?:summary|summaries|emails?|overview)|week ahead|"
     # (not "a summary of support", "a summary of lecture 5": a summary of something else)
     r"summary(?! of)|summaries(?! of)", ("digest",)),
    (r"sessions?|classes|events?", SESSION_KINDS),
    (r"everything|all of them|all", ALL_KINDS),
]
_KIND_RE = [(re.compile(rf"\b(?:{p})\b"), kinds) for p, kinds in _KIND_WORDS]
_VOCAB = re.compile(r"\b(remind(?:er|ers|ing)?|notif(?:y|ication|ications)|alerts?|alarms?|"
                    r"subscri(?:be|bed|ption|ptions)|unsubscribe|ping me|nudge me)\b")
# Silencing said without the word "reminders" ("mute everything until 10 march", "pause it
# all till after reading week"): about reminders when what is silenced is everything or
# for a time, not a recording ("how do i pause the lecture video").
_SILENCE = re.compile(r"\b(?:mute|silence|pause|snooze|hold off(?: on)?|(?:turn|switch) "
                      r"(?:\w+ )?off)\b")
_FOR_A_TIME = re.compile(r"\b(?:until|till|til|untill|unitl)\b")
_SILENCED_ALL = re.compile(r"\b(?:everything|all|it all|them all|you|it)\b")
# A clause keeping some kinds beside a stop ("stop the q&a reminders but keep the deadline
# ones", "turn everything off except deadlines"): those kinds are not stopped.
_KEEP = re.compile(r"\b(?:but |and )?(?:keep(?:ing)?|except(?: for)?|apart from|other than|"
                   r"save for|but not|not the|leave)\b")
# A lead said as a part of the day before ("the evening before", "the night before each
# deadline") or as "the day/week before".
_EVENING = re.compile(r"\b(?:the )?(?:evening|night) before\b|\beve of\b")
_THE_UNIT_BEFORE = re.compile(r"\bthe (day|week|hour) before\b")
# Said around a follow-up that changes nothing of it ("only deadlines from now on please").
_AROUND = re.compile(r"\b(?:from now on|going forward|from here on|now|please|pls|plz|thanks|"
                     r"thank you|ok|okay|actually|then|for me|instead|reminders?|ones?)\b")
# Being written to at all ("stop messaging me", "quit texting me"): reminders are the only
# messages the bot sends unasked, so asked to stop, it is the reminders that stop.
_CONTACT = re.compile(r"\b(?:messag(?:e|es|ing)|text(?:s|ing)?|spam(?:s|ming)?|pinging|"
                      r"nag(?:s|ging)?|pester(?:s|ing)?|hassl(?:e|es|ing)|dm(?:s|ing|'ing)?|"
                      r"bother(?:s|ing)?|writing to|sending (?:me )?(?:messages|stuff|things))"
                      r" (?:me|us)\b|\bsending me (?:messages|stuff|things|notifications)\b")
# ... when said to the bot: nothing but a request, "you" or the bot stands before it in its
# clause ("stop messaging me", "can you stop texting me pls", "i want you to stop spamming
# me"), not another who writes to the writer ("my ex keeps texting me", "a classmate keeps
# messaging me about cw2, how do i make him stop").
_BEFORE_A_REQUEST = frozenset({
    "please", "pls", "plz", "kindly", "just", "now", "ok", "okay", "hey", "hi", "so", "seriously",
    "omg", "ffs", "can", "could", "would", "will", "you", "u", "ya", "ur", "bot", "it", "stop",
    "quit", "cease", "don't", "dont", "do", "not", "no", "more", "never", "keep", "keeps", "kept",
    "again", "always", "why", "are", "r", "is", "i", "want", "need", "like", "to", "ever",
    # said rudely ("ugh quit pinging me", "bro stop messaging me")
    "ugh", "urgh", "bro", "bruh", "dude", "man", "mate", "oh", "god", "jeez", "wtf", "lol",
    "yo", "oi",
})
_ONLY_FILLER = re.compile(r"^(?:(?:the|my|remind|me|us|about|of|for|on|send|get|want|"
                          r"with|ones?|live|weekly|due) )+")
_CLAUSE = re.compile(r"[^\w\s']+|\b(?:and|but|so|because|cos|cuz)\b")


def _contact_to_the_bot(text: str) -> bool:
    """Whether a "messaging me" in `text` is said of the bot (its clauses split at the
    punctuation the cleaned text loses)."""
    t = re.sub(r"\s+", " ", text.lower().replace("’", "'"))
    for m in _CONTACT.finditer(t):
        before = _CLAUSE.split(t[:m.start()])[-1].split()
        if all(w in _BEFORE_A_REQUEST for w in before):
            return True
    return False


_QUESTION_AFTER = re.compile(r"\bremind (?:me|us)\s+(?:of\s+)?(?:when|what|where|who|which|how|if|"
                             r"whether|why)\b")
# Someone else to be reminded ("remind the lecturers to ...", "remind my tutor that ..."): a
# request for a person to act, not the bot's reminders.
_REMINDS_ANOTHER = re.compile(
    r"\bremind(?:ing)? (?:the |my |our |your |a )?(?:lecturers?|staff|tas?|tutors?|teachers?|"
    r"professors?|profs?|module (?:leaders?|lead)|course (?:leaders?|lead)|markers?|him|her|"
    r"them|someone|somebody|people)\b")
# Being written to ahead of something ("can u message me the day before each quiz", "text
# me 2 days before every deadline"): a reminder asked without the word, when a lead is said.
_WRITE_VERBS = r"(?:message|msg|text|dm|email|e-mail|warn|notify)"
_WRITE_TO_ME = re.compile(rf"\b{_WRITE_VERBS} (?:me|us)\b")
# ... or in everyday words for a reminder ("give me a heads up", "drop me a line", "let me know",
# "give us a shout", "nudge me"): a reminder when a kind and a lead or "before" go with it
# ("let me know when cw2 is due" asks when; "give me a heads up on cw2" asks what).
_NUDGE_ME = re.compile(
    r"\b(?:give|send|drop|shoot|fire) (?:me|us) (?:a |an )?(?:quick |little |short |friendly )?"
    r"(?:heads[- ]?ups?|shout|nudge|ping|buzz|bell|line|note|warning|prompt|poke|text|message|"
    r"msg|reminder|alert)\b"
    r"|\b(?:ping|nudge|buzz|poke|alert) (?:me|us)\b|\blet (?:me|us) know\b|\bhit (?:me|us) up\b")
_BEFORE = re.compile(r"\b(?:before|ahead of|prior to)\b")
# Being written to, said with when ("msg me before each tutorial", "text us the morning of
# every q&a"): a reminder asked in everyday words when a kind goes with it; not "text me
# when cw2 is due" (a question) nor "email me the slides" (no when).
_WRITE_TO_ME_AHEAD = re.compile(
    rf"\b(?:{_WRITE_VERBS}|ping|nudge|alert) (?:me|us) "
    r"(?:(?:a|an|some) (?:reminder|note|line|heads[- ]?up|message|msg|text) )?"
    r"(?:before|ahead of|prior to|on the (?:morning|day) of|the (?:morning|day|evening|night) "
    r"(?:of|before))\b")
# Not forgetting asked of the bot ("don't let me forget cw2", "make sure i don't miss the
# tutorials", "never let us miss a deadline"): a reminder of the kind named; not asked how
# ("how do i make sure i don't forget ...": advice) nor said of one's past ("i let myself
# forget").
_KEEP_ME_FROM_FORGETTING = re.compile(
    r"\b(?:don'?t|do not|never) let (?:me|us) (?:forget|miss)\b"
    r"|(?<!how do i )(?<!how can i )(?<!how to )\bmake sure (?:i|we) (?:don'?t |do not |never )?"
    r"(?:forget|miss|remember)\b")
_SHOW = re.compile(r"\b(what|which|list|show|my|any|current|do i have|am i|settings?)\b")
# (said rudely too: "quit texting me", "shut up with the reminders", "enough with the
# notifications"; "remind me to quit smoking" asks a reminder of something else)
_STOP = re.compile(r"\b(stop|cancel|no more|turn off|switch off|disable|unsubscribe|"
                   r"don'?t|do not|never|mute|opt out|remove|without|no|(?<!\bto )quit|cease|"
                   r"enough|shut up|leave me alone|go away|knock it off|pack it in|pause|"
                   r"silence|hold off|(?:turn|switch) (?:it all|everything|them(?: all)?|it) off|"
                   r"snooze)\b")
# A negation that is the reason for a reminder, not a stop of one: "so i don't forget",
# "in case i miss it", "i never remember", "don't forget to ping me".
_NOT_FORGET = re.compile(r"\b(?:don'?t|do not|never|not|won'?t|wouldn'?t|can'?t|dont)"
                         r"(?: \w+| let (?:me|us))? (?:forget|forgets|forgetting|miss|misses|"
                         r"missing|remember|lose track|overlook|sleep through|oversleep)\b")


def _stops(t: str) -> re.Match[str] | None:
    """The word that stops reminders in `t`, once negations of forgetting are set aside."""
    return _STOP.search(_NOT_FORGET.sub(" ", t))


_START = re.compile(r"\b(remind (?:me|us|everyone|everybody|this channel|the channel|the team|"
                    r"this team|all)|turn on|switch on|enable|subscribe|send me|notify me|"
                    r"opt in|sign me up|start|yes|ping me|nudge me|alert me|keep me|"
                    r"set (?:me )?(?:an? )?(?:alarm|alert|reminder)s?|"
                    r"i want|i'd like|get)\b")
_ONLY = re.compile(r"\b(only|just)\b")
# A tag that makes a statement a check of a belief ("no lecture today right, just the q&a",
# "only the tutorial tomorrow, isn't it"): a question of what is on, however its "?" was
# lost, never a stop or an "only" of reminders (read on the raw text, commas kept).
_CHECK_TAG = re.compile(r"\b(?:right|correct|yeah|innit|isn'?t (?:it|there|that)|"
                        r"aren'?t (?:they|there)|am i right|is that so)\s*(?:[,?]|$)")
# The kinds an "only" names, beside a stop of others ("only deadlines please, stop the
# tutorial ones", "deadline reminders only, no more q&as"): the words right after "only"/
# "just" up to a stop or a keep, or the one or two right before a closing "only".
_ONLY_AFTER = re.compile(r"\b(?:only|just)((?: (?!(?:stop|no|don'?t|not|but|drop|cancel|"
                         r"remove|keep|except)\b)[\w&'-]+){1,4})")
_ONLY_BEFORE = re.compile(r"((?:[\w&'-]+ ){1,2})only(?: (?:please|pls|thanks|from now on|"
                          r"going forward|now|then|for now))*$")
# (its own name: `_CLAUSE` above splits the clauses a contact to the bot is said in)
_ONLY_CLAUSE = re.compile(r"[,;.!]+|\bbut\b")
_TOO = re.compile(r"^and\b|\b(too|also|as well)\b")  # "and q&as"; "cw1 and cw3 deadlines" asks
_UNIT = {"m": 1, "min": 1, "mins": 1, "minute": 1, "minutes": 1, "h": 60, "hr": 60, "hrs": 60,
         "hour": 60, "hours": 60, "d": 1440, "day": 1440, "days": 1440, "week": 10080,
         "weeks": 10080}
# "2d", "2 days", "a day": a word number needs a space and a whole unit, or "and" would
# read as "an d(ay)" ("remind me about Q&As and tutorials").
_OFFSET = re.compile(r"\b(?:(\d+)\s*(m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?)"
                     r"|(an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|"
                     r"twenty|thirty|forty-five|forty five|half an?)\s+"
                     r"(mins?|minutes?|hrs?|hours?|days?|weeks?))\b")


@dataclass(frozen=True)
class Command:
    action: Action
    kinds: frozenset[str] = frozenset()
    offsets: tuple[timedelta, ...] = field(default=())
    # "the evening before": a lead at the policy's evening hour the day before, in the
    # student's zone, besides (or, with no offsets, instead of) the offsets
    evening: bool = False
    # action "mute": when the reminders start again (the start of the day named, in the
    # asker's zone); set with the asker's clock by `with_context`
    until: datetime | None = None
    zone: str | None = None  # a zone the student names for their reminders ("I'm in Lagos")


# (read of a message up to five times: by the policy of each part and the pipeline's
# checks; a Command is frozen, so a kept one is safe to share)
@holds_message_text
@functools.lru_cache(maxsize=512)
def parse_command(text: str) -> Command | None:
    """The reminder command in `text`, or None when it is not one."""
    t = _clean(text)
    if not t or len(t) > 200:
        return None
    if _CHECK_TAG.search((text or "").lower().replace("’", "'").strip()):
        t += "?"  # (a check is asked, as if its "?" were there)
    kinds = _kinds(t)
    if re.sub(r"[?\s]", "", t) in ("reminders", "reminder", "myreminders"):
        return Command("show")
    # "send me the weekly digest" is about reminders; "all" (every kind, the digest among
    # them) is not: "ive had covid all week ... can i get an extension" is no command.
    named_digest = "digest" in kinds and kinds != frozenset(ALL_KINDS)
    vocab = (bool(_VOCAB.search(t)) or (named_digest and bool(_START.search(t)
                                                              or _stops(t)))
             or bool(_SILENCE.search(t) and (_FOR_A_TIME.search(t) or _SILENCED_ALL.search(t))
                     and not t.endswith("?"))
             # "stop everything except deadlines": all of it stopped but kinds kept
             or bool(_stops(t) and _SILENCED_ALL.search(t)
                     and (m := _KEEP.search(t)) is not None and _kinds(t[m.end():])
                     and not t.endswith("?"))
             or bool(_contact_to_the_bot(text) and _stops(t))
             # "only deadlines, and stop the tutorials": kinds kept beside kinds stopped
             or bool(_stops(t) and (only := _only_kinds(text)) and kinds - only
                     and not t.endswith("?"))
             or bool(_WRITE_TO_ME.search(t) and kinds and (_offsets(t) or _EVENING.search(t)))
             or bool(_NUDGE_ME.search(t) and kinds
                     and (_offsets(t) or _EVENING.search(t) or _BEFORE.search(t)))
             or bool((_WRITE_TO_ME_AHEAD.search(t) or _KEEP_ME_FROM_FORGETTING.search(t))
                     and kinds and kinds != frozenset(ALL_KINDS)))
    if not vocab:
        # Follow-ups that only make sense about reminders: "only deadlines", "tutorials too".
        words = _AROUND.sub(" ", t).split()
        if kinds and len(words) <= 4 and not t.endswith("?"):
            rest = _AROUND.sub(" ", _strip_kind_words(t))
            if _ONLY.search(t) and not re.sub(r"\b(only|just|please|the|my)\b", "",
                                              rest).strip():
                return Command("only", kinds)
            if _TOO.search(t) and not re.sub(r"\b(too|also|as well|and|please)\b", "",
                                             rest).strip():
                return Command("add", kinds)
        return None
    if _QUESTION_AFTER.search(t):
        return None  # "remind me when cw2 is due" is a question
    if _REMINDS_ANOTHER.search(t) and not re.search(r"\bremind (?:me|us)\b", t):
        return None  # "can you remind the lecturers to send me the slides": a request of them
    offsets = _offsets(t)
    evening = bool(_EVENING.search(t))
    if _stops(t) and not re.search(r"\bno (?:later|earlier)\b", t):
        if _FOR_A_TIME.search(t):
            return Command("mute", kinds)
        if (only := _only_kinds(text)) and only != frozenset(ALL_KINDS):
            return Command("only", only)  # "only X" keeps X: the stop of others is in it
        return _stop(t, kinds)
    if re.search(r"\breminders?\b", t) and _SHOW.search(t) and not _START.search(t) \
            and not offsets:
        return Command("show")
    if (_START.search(t) or offsets or evening or re.search(r"\breminders?\b", t)
            or _NUDGE_ME.search(t) or _WRITE_TO_ME_AHEAD.search(t)
            or _KEEP_ME_FROM_FORGETTING.search(t)):
        if _ONLY.search(t) and kinds:
            return Command("only", _only_kinds(text) or kinds, offsets, evening)
        if _TOO.search(t) and kinds and not offsets and not evening:
            return Command("add", kinds)
        return Command("subscribe", kinds, offsets, evening)
    return None


def _only_kinds(text: str) -> frozenset[str]:
    """The kinds an "only"/"just" of `text` keeps, clause by clause (a closing "only" ends
    its clause), empty when it names none."""
    found: set[str] = set()
    for clause in _ONLY_CLAUSE.split(text.lower().replace("’", "'")):
        c = _clean(clause)
        for m in (*_ONLY_AFTER.finditer(c), *_ONLY_BEFORE.finditer(c)):
            # the kinds right there, not "i only missed the tutorial"
            if _kinds(_ONLY_FILLER.sub("", m.group(1).strip()).split(" ")[0]):
                found |= _kinds(m.group(1))
    return frozenset(found)


def _stop(t: str, kinds: frozenset[str]) -> Command:
    """A stop, less the kinds a clause of it keeps ("... but keep the deadline ones")."""
    # ("but keep all the deadline ones": "all" there is no kind of its own)
    if (m := _KEEP.search(t)) is not None and (
            kept := _kinds(re.sub(r"\ball\b(?= \w)", "", t[m.end():]))):
        stopped = _kinds(t[:m.start()]) - kept
        if stopped and stopped | kept != frozenset(ALL_KINDS):
            return Command("remove", stopped)
        return Command("only", kept)  # "stop everything except deadlines"
    return Command("remove", kinds) if kinds and kinds != frozenset(ALL_KINDS) \
        else Command("unsubscribe")


def with_context(command: Command, day: datetime | None, zone: str | None) -> Command:
    """The command with what the message says beside it, read with the asker's clock: the
    day a mute lasts until (its start), and a zone named for the reminders."""
    if command.action == "mute" and day is None:
        # "mute everything until i say so": no day to start again on, so a stop
        return _stop("", command.kinds)
    until = day if command.action == "mute" else None
    return dataclasses.replace(command, until=until, zone=zone or command.zone)


def _clean(text: str) -> str:
    t = (text or "").lower().replace("’", "'").replace("\u00a0", " ")
    t = re.sub(r"[!.,;:]+", " ", t)
    return re.sub(r"\s+", " ", t).strip()


def _kinds(t: str) -> frozenset[str]:
    found: set[str] = set()
    for pattern, kinds in _KIND_RE:
        if pattern.search(t):
            found.update(kinds)
    return frozenset(found)


def _strip_kind_words(t: str) -> str:
    for pattern, _ in _KIND_RE:
        t = pattern.sub(" ", t)
    return re.sub(r"\s+", " ", t).strip()


def _offsets(t: str) -> tuple[timedelta, ...]:
    out = []
    for digits, digit_unit, word, word_unit in _OFFSET.findall(t):
        number, unit = (digits, digit_unit) if digits else (word, word_unit)
        if number.startswith("half"):
            value = 0.5
        elif number in ("a", "an"):
            value = 1
        elif number.replace(" ", "-") == "forty-five":
            value = 45
        else:
            value = int(number) if number.isdigit() else number_value(number)
        if value:
            out.append(timedelta(minutes=value * _UNIT[unit]))
    out += [timedelta(minutes=_UNIT[unit]) for unit in _THE_UNIT_BEFORE.findall(t)]
    return tuple(sorted({o for o in out if timedelta(0) < o <= timedelta(days=60)},
                        reverse=True))


TaAction = Literal["list", "show", "answer", "close", "dup", "help"]


@dataclass(frozen=True)
class TaCommand:
    action: TaAction
    group: int | None = None
    other: int | None = None
    text: str = ""
    faq: bool = False


@dataclass(frozen=True)
class AskHuman:
    question: str  # may be empty: the student's previous question is meant
    anonymous: bool
    relay: bool = False  # a message to pass on to the staff, in the student's own words


_ID = r"#?(\d{1,9})"
_TA = [
    (re.compile(r"^(?:triage|open questions|triage list|list)$"), "list"),
    (re.compile(rf"^show {_ID}$"), "show"),
    (re.compile(rf"^close {_ID}$"), "close"),
    (re.compile(rf"^dup(?:licate)? {_ID}(?: of| into)? {_ID}$"), "dup"),
    (re.compile(r"^triage help$"), "help"),
]
_ANSWER = re.compile(rf"^answer {_ID}(\s+(?:faq|--faq)\b)?\s*[:,-]?\s*(.+)$", re.DOTALL)
_ASK_HUMAN = re.compile(
    r"^(?:please |can you |could you |i need to |i wanna |"
    r"i(?:'d| would) like to |i want to )?"
    r"(?:ask|forward (?:this|it) to|pass (?:this|it) (?:on )?to|talk to|speak to|speak with|"
    r"talk with|escalate (?:this |it )?to)\s+(?:a|an|the)?\s*(?:(?:actual|real|live) )?"
    r"(?:human|person|ta|tas|teaching "
    r"assistants?|staff|tutor|lecturer)s?\b(?P<anon> anonymously)?\s*[:,-]?\s*(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL)
_NOT_THE_BOT = re.compile(r"^\W*(?:(?:and )?not|rather than|instead of) (?:a |an |the |this |you )?"
                         r"(?:bot|robot|machine|chatbot|ai)\b\W*", re.IGNORECASE)
_FORGET = re.compile(r"^(?:please )?(?:forget (?:(?:everything|all)(?: you know)? )?(?:about )?"
                     r"(?:me|my data)|delete (?:everything about me|(?:my|all my|all of my) "
                     r"(?:data|questions|info(?:rmation)?))|erase my data)\b", re.IGNORECASE)


def ta_command(text: str) -> TaCommand | None:
    t = " ".join((text or "").strip().split())
    low = t.lower()
    m = _ANSWER.match(t) if low.startswith("answer ") else None
    if m:
        return TaCommand("answer", int(m.group(1)), text=m.group(3).strip(),
                         faq=bool(m.group(2)))
    for pattern, action in _TA:
        m = pattern.match(low)
        if m:
            groups = [int(g) for g in m.groups()]
            return TaCommand(action, *(groups + [None, None])[:2])  # type: ignore[arg-type]
    return None


def ask_human(text: str) -> AskHuman | None:
    m = _ASK_HUMAN.match((text or "").strip())
    if not m:
        return None
    # "... a real person, not a bot": who is wanted, said again, is no question to pass on
    rest = _NOT_THE_BOT.sub("", m.group("rest")).strip()
    return AskHuman(rest, bool(m.group("anon")))


# A message the bot is asked to pass on to the staff, or a person asked for, in other words
# than the command's ("can you let a TA know my upload keeps failing", "could you tell Prof X
# I'll miss the panel", "pass my thanks on to the lecturers", "this bot is useless, get me a
# human"): the ask-a-TA hand-off, with the whole message as what is passed on. A title
# ("prof", "dr") names a member of staff, never a classmate. Not a question about them
# ("can you tell me who the TA is", "did the lecturer tell us when cw2 is due").
_STAFF = (r"(?:(?:a|an|the|my|our|one of the|your|some) )?(?:(?:actual|real|live|course|"
          r"module) )?(?:tas?|teaching assistants?|tutors?|lecturers?|profs?|professors?|"
          r"instructors?|teachers?|staff(?: members?)?|members? of staff|teaching team|"
          r"course team|module (?:leader|team|lead)|course (?:leader|lead|organi[sz]ers?)|"
          r"(?:dr|prof|professor|sir|mr|mrs|ms|miss)\.? [a-z][\w'-]+"
          # (a session's staff named by what they did: "whoever ran the tutorial")
          r"|(?:whoever|the (?:person|people|one|ones) (?:who|that)) (?:ran|runs|run|taught|"
          r"teaches|teach|gave|gives|give|led|leads|lead|is running|was running|hosted|hosts))\b")
_BOT_ASKED = (r"(?:^|[.!?,;:]\s*|\b(?:can|could|would|will) (?:you|u)"
              r"(?: please| pls| kindly| just)? |"
              r"\b(?:please|pls|plz|kindly|i (?:want|need) you to|i'?d like you to) )")
_RELAY = re.compile(
    rf"{_BOT_ASKED}(?:let {_STAFF} know|(?:tell|inform|notify|message|email|e-mail|ping|warn|"
    rf"alert|remind) {_STAFF}(?! (?:is|are|was|were|said|says|teach|teaches|runs?|marks?)\b)"
    rf"|(?:pass|forward|send|relay|report|flag|escalate)(?: (?:this|that|it|these|those|my|the|"
    rf"some|on|message|feedback|thanks|comments?|complaint|issue|problem|note|along))* to "
    rf"{_STAFF})", re.IGNORECASE)
_A_HUMAN = (r"(?:a |an |some )?(?:(?:actual|real|live) )?(?:human(?: being)?|person|people|"
            r"someone (?:real|human)|somebody real|real person|member of staff|ta)\b")
_HUMAN_ASKED = re.compile(
    rf"(?:^|[.!?,;:]\s*|\b(?:just|please|pls|so|now|and) )(?:get|put|connect|transfer|"
    rf"send|hand) me (?:through |over |on )?(?:to |with )?{_A_HUMAN}"
    rf"|\bi(?: want| need| wanna| would like|'d like| d like) (?:to (?:talk|speak|chat) "
    rf"(?:to|with) )?"
    rf"{_A_HUMAN}(?! (?:who|that|to)\b)", re.IGNORECASE)


def relay_request(text: str) -> AskHuman | None:
    """A request to pass a message on to the staff, or to reach a person, said in other
    words than the command's: the whole message is what is passed on (a person asked for
    alone: the previous question is)."""
    t = " ".join((text or "").split())
    if _RELAY.search(t):
        return AskHuman(t, anonymous=False, relay=True)
    if _HUMAN_ASKED.search(t):
        return AskHuman("", anonymous=False, relay=True)
    return None


def is_forget_me(text: str) -> bool:
    return bool(_FORGET.match((text or "").strip()))


# "forget me" asked in other words, wrapped in a greeting or politeness ("hi can you delete all
# my data pls", "could you kindly remove everything you have on me, thanks", "wipe my messages
# and reminders?"): a verb of erasing put to the bot (at the start of a sentence or after "can
# you", "please", "i'd like you to"), then only filler words before what it stores of the
# asker. Not "how do i remove outliers from my data": that asks how, of one's own work.
_TO_THE_BOT = (r"(?:^|[.!,;:/?]\s*|\b(?:can|could|would|will) (?:you|u)(?: please| pls| kindly)? "
               r"|\b(?:please|pls|plz|kindly) |\bi(?:'d| would) like (?:you|u) to "
               r"|\bi (?:want|need) (?:you|u) to )")
_ERASE = r"(?:delete|remove|erase|wipe|clear|purge|forget|get rid of)"
_FILLER = (r"(?:all|any|every|bit|everything|anything|of|the|that|what|whatever|you|u|have|hold|"
           r"store|stored|keep|kept|know|saved|'ve|ve|got|and|personal)")
_STORED = (r"(?:(?:my|me) (?:[\w-]+ )?(?:data(?! ?(?:sets?|loaders?|augmentation|points?))|"
           r"info(?:rmation)?|details|history|messages|chats?|conversations?|questions|records?|"
           r"account)|(?:about|on|of) me"
           # the asker's words as a whole ("forget everything i've asked you", "wipe all i
           # told you", "clear our conversation"); not one remark taken back ("forget what i
           # said, when is cw2 due")
           r"|(?:every ?thing|all(?: of)?(?: (?:the|that|my) (?:stuff|things|questions|"
           r"messages))?|all that) (?:that )?i(?:'ve| have|'d)? (?:ever |just |already )?"
           r"(?:asked|told|said|typed|written|wrote|sent|shared)"
           r"|our (?:whole |entire )?(?:chats?|conversations?|messages|chat history|history))\b")
# ... or wished done to it ("i want my data erased", "can my info be deleted", "please have
# all my messages removed").
_ERASED = r"(?:deleted|removed|erased|wiped|cleared|purged|forgotten|gone)"
_WISHED = (r"\b(?:want|wanna|like|need|get|have|can|could|may|should)(?: (?:you|u) to)?"
           r"(?: (?:all|every ?thing|all of))? (?:my|me) (?:personal )?(?:[\w-]+ )?"
           r"(?:data(?! ?(?:sets?|loaders?|augmentation|points?))|info(?:rmation)?|details|"
           r"history|messages|chats?|conversations?|records?|account)(?: (?:to be|be|been))? "
           rf"{_ERASED}\b")
_FORGET_REQUEST = re.compile(rf"{_TO_THE_BOT}(?:also |just )?{_ERASE}(?: {_FILLER})* {_STORED}"
                             rf"|{_WISHED}", re.IGNORECASE)


def asks_to_forget(text: str) -> bool:
    """Whether the normalised `text` asks the bot, in any words, to delete what it stores of
    the asker (explained, never carried out: only the command's own words do that)."""
    return bool(_FORGET_REQUEST.search(text or ""))


# A question beside the request, which the whole message is then not taken for.
_ASKS_ELSE = re.compile(r"\b(?:when|where|who|which|why|how|what time|is there|are there|due|"
                        r"deadline)\b")


def only_asks_to_forget(text: str) -> bool:
    """`asks_to_forget`, with nothing else asked beside it but a greeting or thanks ("good
    morning, please delete my conversation history and any stored data")."""
    m = _FORGET_REQUEST.search(text or "")
    return m is not None and not _ASKS_ELSE.search(text[:m.start()] + " " + text[m.end():])


@dataclass(frozen=True)
class ForgetMe:
    """Delete what the bot stores about the student. `confirmed` only when they used the
    command's own words, or confirmed a request asked in other words: deleting data is never
    done on a guess. `asked`: such a request, clear enough that a one-word reply confirms it
    (not a guess of the classifier's)."""

    confirmed: bool
    asked: bool = False


# A one-word confirmation of a request to be forgotten ("yes", "yes please", "yep, delete it"):
# nothing else in the reply (not "yes but when is cw2 due").
_CONFIRMS = re.compile(r"^\W*(?:yes|yeah|yep|yup|yh|ye|y|sure|confirm(?:ed)?|go ahead|do it|"
                       r"please do|absolutely|definitely)(?:[\s,!.]+(?:please|pls|plz|thanks|"
                       r"thank you|delete (?:it|them|everything|all)(?: now)?|go ahead|do it|"
                       r"i(?:'m| am) sure|now))*\W*$", re.IGNORECASE)


def confirms(text: str) -> bool:
    """Whether `text` is only a yes, as the reply to a question that asked for one."""
    return bool(_CONFIRMS.match(" ".join((text or "").split())))


ChatCommand = Command | AskHuman | ForgetMe | TaCommand
