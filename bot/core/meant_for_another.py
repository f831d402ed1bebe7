"""Whether a message was written to a person, not to the bot: one mentioned at its start
("@jo can u send me ur slides from the tut"), or a person greeted by a title or a name and
spoken to of their own things ("hi professor, sorry i missed your lecture", "Hey Kim, could
you share your notes"). The bot is not that person: it says so, then what the page has that
helps. Words of English only; no name of any course is known here."""
from __future__ import annotations

import re

# A person mentioned at the start, as chat apps write it; not everyone at once (a message to
# the other students is decided elsewhere) nor the bot itself.
_MENTION = re.compile(r"^\W*@(?!(?:everyone|channel|here|all)\b)([a-z][\w.-]*)",
                      re.IGNORECASE)
# ... not the bot itself ("@CourseBot", "@DL assistant"), nor a person reported on ("@jo says
# the q&a moved", "@kim and i were wondering"): the message is still the bot's.
_THE_BOT = re.compile(r"(?:bot|assistant|helper)$", re.IGNORECASE)
_REPORTED = re.compile(r"\s*(?:says|said|told|tells|thinks|thought|reckons|claims|claimed|"
                       r"mentioned|posted|wrote|asked|and|&|is|was|has|had|just)\b",
                       re.IGNORECASE)
# A person greeted by a title ("hi prof", "dear dr smith", "professor,").
_TITLE = re.compile(
    r"^\W*(?:(?:hi|hey|hello|hiya|dear|good (?:morning|afternoon|evening)|morning)\W+)?"
    r"(?P<title>prof|professor|sir|madam|miss|dr|doctor|mr|mrs|ms)\b", re.IGNORECASE)
# A person greeted by a name ("hey Kim,"): a greeting word, then a capitalised word.
_NAMED = re.compile(r"^\W*(?i:hi|hey|hello|hiya|yo|dear)\s+(?P<name>[A-Z][a-z]+)\b")
_NOT_A_PERSON = frozenset({"bot", "assistant", "there", "all", "everyone", "guys", "team",
                           "folks", "again", "chat"})
# The person's own things or doings spoken of ("your lecture", "ur notes", "you said").
_YOURS = re.compile(
    r"\b(?:your|ur|yr)\s+(?:\w+\s+)?(?:lectures?|notes|slides|tutorials?|tuts?|sessions?|"
    r"class(?:es)?|talks?|q&a|qa|labs?|recordings?|code|notebooks?|email|message|office hours|"
    r"paper|explanation|answers?|work|solutions?)\b"
    r"|\byou (?:said|mentioned|taught|told us|covered|explained|sent|posted|showed)\b",
    re.IGNORECASE)
_SORRY_MISSED = re.compile(r"\b(?:sorry|apologi[sz]e|apologies)\b[^.?!]{0,40}\bmiss(?:ed|ing)\b",
                           re.IGNORECASE)


def meant_for(text: str) -> str | None:
    """Who the message is written to ("Jo"; "" for a person greeted by a title only) when
    it is written to a person rather than to the bot; else None."""
    t = text.strip().replace("\u2019", "'")
    if (m := _MENTION.match(t)) is not None:
        if _THE_BOT.search(m.group(1)) or _REPORTED.match(t, m.end()):
            return None
        return m.group(1).capitalize()
    spoken_to = bool(_YOURS.search(t) or _SORRY_MISSED.search(t))
    if (m := _TITLE.match(t)) is not None and spoken_to:
        return ""  # (a title only: the reply says a member of staff)
    if ((m := _NAMED.match(t)) is not None and spoken_to
            and m.group("name").lower() not in _NOT_A_PERSON):
        return m.group("name")
    return None


# A mention of the bot by its display name, which Teams puts before the message ("@Signal
# Processing Bot", "@12345 Bot", "@CourseBot", "@bot"), or of everyone in the channel: the
# message is the bot's to answer. The words before the last are capitalised or numbers, as
# display names are ("@jo the bot said" names a person).
_TO_THE_BOT = re.compile(
    r"^\W*@(?:(?i:everyone|channel|here|all)\b"
    r"|(?:[A-Z0-9][\w.&-]*\s+){0,4}[\w.-]*(?i:bot|assistant|helper)\b(?!\s*(?:says|said)\b))"
    r"[\s,:;!-]*")


def without_bot_mention(text: str) -> str:
    """The message without the mention of the bot or of everyone that opens it."""
    if (m := _TO_THE_BOT.match(text)) is None or not text[m.end():].strip():
        return text
    return text[m.end():]


def without_address(text: str) -> str:
    """The message without the mention or greeting that opens it, read as a question."""
    t = text.strip().replace("\u2019", "'")
    for pattern in (_MENTION, _TITLE, _NAMED):
        if (m := pattern.match(t)) is not None:
            return t[m.end():].lstrip(" ,:;!-")
    return t


# The course's teaching or its materials spoken of: where the materials are helps.
_TEACHING = re.compile(r"\b(?:lectures?|lec|tutorials?|tuts?|notes|slides|materials?|"
                       r"recordings?|sessions?|class(?:es)?|q&a|qa|notebooks?)\b", re.IGNORECASE)


def names_teaching(text: str) -> bool:
    """Whether the message speaks of a session or the materials ("ur notes from the tut")."""
    return bool(_TEACHING.search(text))
