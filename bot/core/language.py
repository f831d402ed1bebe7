"""Which language a message is in, as far as the bot needs to know: it reads English.

A message mostly in another language (Chinese characters, romanised Chinese, Spanish,
German, ...) is not another course's and not a topic to look up: what the bot can read of it
(an id, a topic, a date, a zone) is answered when the request is clear, and otherwise the
bot says, in English, that it reads English (`assistant`). Romanised Chinese written a
syllable at a time ("shen me shi hou") is joined into the words `lexicon.FOREIGN_WORDS`
reads in English ("shenmeshihou": when). Questions to the bot about what it can read (other
languages, screenshots, voice messages, files) are recognised here too: one place says what
the bot reads.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from pathlib import Path

from bot.core import inflected
from bot.core.chinese import without_read
from bot.core.lexicon import FOREIGN_WORDS, FUNCTION_WORDS, MIXED_MARKS, PINYIN_WORDS
from bot.core.more_languages import OWN_LANGUAGE_WORDS as _MORE_OWN
from bot.core.recent_texts import holds_message_text
from bot.core.request_words import OWN_LANGUAGE_WORDS as _REQUEST_OWN

OWN_LANGUAGE_WORDS = _MORE_OWN + _REQUEST_OWN


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    text = (Path(__file__).parent / "data" / "pinyin.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#")
                     for w in line.split())


# Letters of a script written without spaces between words (Chinese, Japanese, Thai): each
# counts as a word of its own.
_UNSPACED = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "THAI", "LAO", "KHMER", "MYANMAR")
_LATIN_WORD = re.compile(r"[^\W\d_]+")
# A word of romanised Chinese no English word looks like: these initials or finals.
_PINYIN_MARKED = re.compile(r"^(?:q|x|zh|ch|sh|j)|(?:ia|iu|ui|uo|ao)")
_PUNCTUATION = ".,;:!?()\"'"
# At least this many words, this share of them syllables of pinyin: romanised Chinese.
PINYIN_LEAST = 3
PINYIN_SHARE = 0.6
# At least this share of a message's words another language's: mostly not English.
FOREIGN_SHARE = 0.5
# With `mostly_foreign`'s `reads`: at least this many words of another language (one of them
# a mark of one) before plain-letter words read in no way count as another language's.
FOREIGN_SIGNS = 3


def _script(ch: str) -> str:
    """"latin", "unspaced" (a word per letter) or "other" for a letter; "" for anything
    else (digits, punctuation, emoji)."""
    if not ch.isalpha():
        return ""
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return "latin"
    return "unspaced" if name.startswith(_UNSPACED) else "other"


@holds_message_text
@lru_cache(maxsize=256)  # a message is read by several of these (pinyin, foreign share)
def _counts(text: str) -> tuple[tuple[str, ...], int]:
    """The message's Latin-script words (lower case) and how many words it has in scripts
    the bot does not read."""
    if text.isascii():
        # Every letter is Latin and the rest splits words: no per-letter look-up needed.
        return tuple(_LATIN_WORD.findall(text.lower())), 0
    latin: list[str] = []
    unread = 0
    for token in text.split():
        bare = token.strip(_PUNCTUATION).lower()
        if bare in FOREIGN_WORDS and any(_script(ch) == "other" for ch in bare):
            latin.append(bare)  # "αυτή την Τρίτη": words of another script the bot reads
            continue
        word, other = [], False
        for ch in token:
            kind = _script(ch)
            if kind == "unspaced":
                unread += 1
            elif kind == "other":
                other = True
            elif kind == "latin" or ch in "'-":
                word.append(ch)
                continue
            word.append(" ")
        unread += other
        latin += [w for w in _LATIN_WORD.findall("".join(word).lower())]
    return tuple(latin), unread


def own_words(words: Iterable[str]) -> dict[str, str]:
    """The words read in English only in a message of their own language (lexicon's
    OWN_LANGUAGE_WORDS: Japanese "no", Turkish "mi"), for a message with these `words`: those
    of each language two of whose marks are among them."""
    found = set(words)
    own: dict[str, str] = {}
    for marks, read in OWN_LANGUAGE_WORDS:
        if len(marks & found) >= 2:
            own.update(read)
    return own


def is_pinyin(words: Sequence[str]) -> bool:
    """Words mostly syllables of romanised Chinese, one of them unlike any English word
    ("zhe ge ke de kao shi", "qing wen final exam ...": not "can he ban me")."""
    syllables = pinyin_syllables()
    found = [w for w in words if w in syllables or (w in MIXED_MARKS and w in FOREIGN_WORDS
                                                    and _PINYIN_MARKED.search(w))]
    return (len(found) >= PINYIN_LEAST and len(found) >= PINYIN_SHARE * len(words)
            and any(_PINYIN_MARKED.search(w) or w in MIXED_MARKS for w in found))


def joined_pinyin(text: str) -> str:
    """`text` read in English where it is romanised Chinese: syllables written apart joined
    into the words lexicon.PINYIN_WORDS and FOREIGN_WORDS know, and those words read in
    English ("kao shi shi shen me shi hou": "exam is when"); the English words, ids and
    punctuation around them kept. Any other `text` as it is."""
    if not is_pinyin(_counts(text)[0]):
        return text
    syllables = pinyin_syllables()
    tokens = text.split()
    bare = [t.strip(_PUNCTUATION).lower() for t in tokens]
    out: list[str] = []
    i = 0
    while i < len(tokens):
        for n in (4, 3, 2, 1):
            run = bare[i:i + n]
            joined = "".join(run)
            english = PINYIN_WORDS.get(joined, FOREIGN_WORDS.get(joined))
            if len(run) == n and english is not None and all(w in syllables for w in run):
                last = tokens[i + n - 1]
                out.append(english + last[len(last.rstrip(_PUNCTUATION)):])
                i += n
                break
        else:
            out.append(tokens[i])
            i += 1
    return re.sub(r"\s+", " ", " ".join(out)).strip()


@lru_cache(maxsize=1)
def _known_words() -> frozenset[str]:
    """Every word of another language the bot has a reading for (each word of a phrase)."""
    phrases = [*FOREIGN_WORDS, *PINYIN_WORDS,
               *(w for marks, read in OWN_LANGUAGE_WORDS for w in (*marks, *read))]
    return frozenset(w for phrase in phrases for w in phrase.split())


@lru_cache(maxsize=1)
def _read_anywhere() -> frozenset[str]:
    """`_known_words` and the function words: one set, not a union of 2,000 words made on
    every message."""
    return _known_words() | FUNCTION_WORDS


def _unknown(word: str) -> bool:
    """A Latin-script word with a letter English does not write ("nhầm", "được") that no
    word list of the bot reads: a word of a language the bot reads in part or not at all."""
    return not word.isascii() and word not in _known_words()


def unknown_words(text: str) -> int:
    """How many of the message's Latin-script words are `_unknown` (accented words of a
    language the bot has no reading for)."""
    return sum(_unknown(w) for w in _counts(text)[0])


def unread_stretches(text: str) -> int:
    """How many unbroken stretches of letters in scripts the bot cannot read the message
    holds ("上海" and "北京时间" are two; `unread_words` counts a letter of Chinese as a word)."""
    left = without_read(inflected.without_read(text))
    kinds = [_script(ch) in ("unspaced", "other") for ch in left]
    return sum(k and (i == 0 or not kinds[i - 1]) for i, k in enumerate(kinds))


def foreign_share(text: str) -> float:
    """The share of the message's words that are another language's: words in a script the
    bot does not read, accented words it has no reading for, romanised Chinese, and the
    common words of other languages
    (lexicon.MIXED_MARKS; the rest of lexicon.FOREIGN_WORDS too in a message with two of
    them). Ids and numbers are no one language's and are not counted."""
    latin, unread = _counts(text)
    if is_pinyin(latin):
        foreign = sum(w in pinyin_syllables() or w in MIXED_MARKS for w in latin)
    else:
        marks = sum(w in MIXED_MARKS for w in latin)
        own = own_words(latin)
        foreign = sum(w in MIXED_MARKS or (marks >= 2 and w in FOREIGN_WORDS) or w in own
                      or _unknown(w) for w in latin)
    total = len(latin) + unread
    return (foreign + unread) / total if total else 0.0


def mostly_foreign(text: str, reads: Callable[[str], bool] | None = None) -> bool:
    """At least half of the message's words are another language's. With `reads` (whether
    a word is one of English or the course's), a plain-letter word no list of the bot reads
    counts as another language's too, in a message with two marks of one ("bilkul samajh
    nahi aa raha"); without such marks it may be a typo of an English word."""
    if (share := foreign_share(text)) >= FOREIGN_SHARE:
        return True
    if reads is None:
        return False
    latin, unread = _counts(text)
    marks = sum(w in MIXED_MARKS or _unknown(w) for w in latin)
    extra = sum(w.isascii() for w in unread_latin(text, reads))
    if not marks or marks + extra < FOREIGN_SIGNS:
        return False
    total = len(latin) + unread
    return bool(total) and share + extra / total >= FOREIGN_SHARE


# What a word read from another language asks with: a question word ("kab": when, "gdzie":
# where, "qual": which), or a word that makes a request of its sentence ("podaj": give,
# in a question, "moeten": must). A message in another language of which none of these
# was read, only English or course words and nouns said, not asked of, was not understood
# as a request ("nie mogę znaleźć instrukcji do zadania na <forum>": "coursework" and the
# forum read).
_QUESTION_WORDS = frozenset({"when", "where", "who", "what", "which", "how", "why", "whom",
                             "whats", "whens", "wheres", "whos"})
_REQUESTS = frozenset({"give", "tell", "show", "send", "write", "change", "raise", "fix",
                       "set", "explain", "help", "need", "want", "ignore", "forget", "make"})
# ... and in a question, any word read as more than grammar ("c'è un libro ...?": a book
# asked about).
_GRAMMAR = frozenset({
    "", "is", "are", "was", "were", "be", "am", "and", "or", "but", "in", "on", "at", "to",
    "of", "by", "for", "from", "with", "the", "a", "an", "of the", "in the", "to the",
    "and the", "at the", "not", "no", "i", "me", "my", "you", "we", "our", "your", "this",
    "that", "these", "it", "them", "also", "still", "there", "have", "i have", "do", "so",
    "because", "if", "then", "very", "all", "only", "just", "yes", "ok", "please", "thanks",
    "hello", "any", "some", "again", "now",
})


def _asks(reading: str, question: bool) -> bool:
    words = reading.split()
    return bool(words) and (words[0] in _QUESTION_WORDS or words[0] in _REQUESTS
                            or (question and reading not in _GRAMMAR))


def _plain_words(text: str) -> list[str]:
    """The message's Latin-script words that may be read as words: no number or id, not a
    single letter."""
    return [w for w in _counts(text)[0] if len(w) > 1 and not any(ch.isdigit() for ch in w)]


def unread_latin(text: str, reads: Callable[[str], bool]) -> list[str]:
    """The message's Latin-script words the bot reads in no way: not English nor the
    course's (`reads`), no word another language's list reads, no syllable of pinyin, no
    number or id, not a single letter."""
    known = _read_anywhere()
    syllables = pinyin_syllables()
    return [w for w in _plain_words(text)
            if w not in known and w not in syllables and not reads(w)]


def mostly_unread(text: str, reads: Callable[[str], bool]) -> bool:
    """At least half of the message's Latin-script words (no number, no id, not a single
    letter) are no word of English or of the course (`reads`), whether or not another
    language's list knows them: a message typed in plain letters in a language the bot has
    no marks of ("saya bayar sesiapa ...", Farsi romanised), which `foreign_share` counts as
    English."""
    words = _plain_words(text)
    return bool(words) and 2 * sum(not reads(w) for w in words) >= len(words)


def loan_words(text: str, reads: Callable[[str], bool]) -> list[str]:
    """The message's words of English or the course (`reads`) that no other language's
    list reads: in a message in another language, the words borrowed into it."""
    known = _read_anywhere()
    return [w for w in _counts(text)[0] if len(w) > 1 and w not in known and reads(w)]


def request_read(text: str) -> bool:
    """Whether the bot read what a message in another language asks (`_asks`): a word of
    that language read as a question or request word, or an English question word."""
    latin = _counts(text)[0]
    own = own_words(latin)
    marks = sum(w in MIXED_MARKS for w in latin)
    question = "?" in text or "？" in text
    for w in latin:
        if w in _QUESTION_WORDS:
            return True
        reading = own.get(w)
        if reading is None and (w in MIXED_MARKS or marks >= 2):
            reading = FOREIGN_WORDS.get(w)
        if reading is not None and _asks(reading, question):
            return True
    return False



def unread_words(text: str) -> int:
    """How many words of the message are in a script the bot cannot read at all (Chinese
    read as English words, `chinese.read_han`, and Russian, Arabic and Greek read by
    `inflected.read_inflected`, are read)."""
    return _counts(without_read(inflected.without_read(text)))[1]


# What the bot can be asked to read besides typed English: other languages, pictures, sound,
# files.
_LANGUAGES = (r"languages?|english|chinese|mandarin|cantonese|spanish|french|german|hindi|urdu|"
              r"arabic|portuguese|italian|japanese|korean|russian|turkish|polish|greek|dutch|"
              r"vietnamese|thai|bengali|tamil|persian|farsi|indonesian|malay|punjabi")
_MEDIA = (r"screen ?shots?|screen ?caps?|images?|pictures?|pics?|photos?|imgs?|voice(?: messages?|"
          r" notes?| memos?| msgs?)?|audio|sound|recordings?|attachments?|files?|pdfs?|"
          r"documents?|docs?|videos?|gifs?|emojis?|stickers?|handwriting|drawings?")
_YOU = r"(?:you|u|the bot|this bot|this chat|the assistant|this assistant|here)"
_ASKS_WHAT_BOT_READS = re.compile(
    # "can you read screenshots", "do you understand voice messages", "do you speak spanish"
    rf"\b(?:can|could|do|does|will|would|are|r)\s+(?:you|u|the bot|this bot|the assistant)\b"
    rf"[^.?!]{{0,30}}?\b(?:read|see|understand|speak|handle|accept|open|take|process|listen|"
    rf"hear|view|look|reply|answer|respond|talk|write|work|support|get|receive|know|use|"
    rf"able)\w*\b[^.?!]{{0,25}}?\b(?:{_LANGUAGES}|{_MEDIA})\b"
    # "can i send you a photo of my error", "can i write to you in spanish"
    rf"|\b(?:can|could|may|should|do)\s+(?:i|we)\b[^.?!]{{0,20}}?\b(?:send|attach|upload|share|"
    rf"paste|post|write|talk|speak|ask|message|chat|type|use|record)\w*\b[^.?!]{{0,12}}?"
    rf"\b{_YOU}\b[^.?!]{{0,25}}?\b(?:{_LANGUAGES}|{_MEDIA})\b"
    # "can i ask in spanish", "is it ok to write in chinese"
    rf"|\b(?:ask|write|talk|speak|message|chat|type)\w*\s+(?:to you |you )?in\s+(?:another|"
    rf"other|a different|my (?:own|native|first)|{_LANGUAGES})\b"
    # "is it possible to send you voice notes"
    rf"|\b(?:send|attach|upload|share|paste|post|forward)\w*\s+(?:you|u)\s+(?:an?\s+|the\s+|my\s+|"
    rf"some\s+)?(?:{_MEDIA})\b"
    # "is it ok if i send a screenshot here"
    rf"|\b(?:send|attach|upload|share|paste|post)\w*\s+(?:you\s+)?(?:an?\s+|the\s+|my\s+|some\s+)?"
    rf"(?:{_MEDIA})\b[^.?!]{{0,20}}?\b(?:here|to you|you|in this chat)\b"
    # "what languages can i use with you", "which languages do you speak"
    rf"|\b(?:what|which|how many|other|any)\s+languages?\b[^.?!]{{0,30}}?\b(?:you|u|speak|use|"
    rf"understand|write|ask|know|support|read)\b"
    # "do you take voice messages", "are screenshots ok"
    rf"|\b(?:are|is)\s+(?:{_MEDIA})\s+(?:ok|okay|fine|allowed|accepted)\b[^.?!]{{0,15}}"
    rf"\b{_YOU}\b")


def asks_what_bot_reads(text: str) -> bool:
    """A question about what the bot can read: other languages, screenshots, voice messages,
    files ("what languages can i use with you", "can you read screenshots")."""
    return _ASKS_WHAT_BOT_READS.search(text.lower()) is not None


def latin_words(text: str) -> list[str]:
    """The words of the message the bot can read (Latin script), as written, in order."""
    return [w for w in re.findall(r"[^\W_]+", text)
            if all(_script(ch) in ("latin", "") for ch in w)]
