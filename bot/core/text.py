"""Text normalisation and typo correction for free-form student questions.

Typos are corrected against a vocabulary of words the bot understands (built from the
lexicon and from the schedule's own titles and names), with a deletion index in the spirit
of SymSpell so that a lookup costs a few dictionary probes, not a scan of the vocabulary.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import yaml

from bot.core.recent_texts import holds_message_text

NUMBER_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "twentyone": 21, "twentytwo": 22,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5,
    "6th": 6, "7th": 7, "8th": 8, "9th": 9, "10th": 10,
}
NUMBER_PATTERN = r"\d{1,2}(?:st|nd|rd|th)?|" + "|".join(
    sorted((w for w in NUMBER_WORDS if not w[0].isdigit()), key=len, reverse=True))


# Abbreviations (without their last full stop, lower case) whose full stop ends no
# sentence, in a message or in the notes: "are the videos accessible, e.g. subtitles?" is one
# question. ("etc." often does end one in a message, so it is not here; the notes add it,
# with the abbreviations of written text: bot/knowledge/units.py.)
ABBREVIATIONS = frozenset({"e.g", "i.e", "eg", "ie", "vs", "cf", "approx", "incl", "esp"})
# ... as lookbehinds, put right after a sentence end's "[.!?]" lookbehind.
NOT_AN_ABBREVIATION = "".join(rf"(?<!\b(?i:{re.escape(a)}\.))" for a in sorted(ABBREVIATIONS))


def number_value(word: str) -> int | None:
    word = word.lower()
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    digits = re.match(r"\d+", word)
    return int(digits.group()) if digits else None


_CHAT = yaml.safe_load(
    (Path(__file__).parent / "data" / "chat_spellings.yaml").read_text(encoding="utf-8"))
_CHAT_WORDS = "|".join(sorted(map(re.escape, _CHAT["words"]), key=len, reverse=True))
_CHAT_WORD = re.compile(rf"(?i)(?<![\w'])(?:{_CHAT_WORDS})(?!\w)")  # ("tmrw's": the day's)
_CHAT_AND = re.compile(
    rf"(?i)(?<=\w) n (?=(?:{'|'.join(map(re.escape, _CHAT['and_before']))})\b)")


def read_chat_spellings(text: str) -> str:
    """A message's text-message spellings read as the words they stand for ("wat r on
    2moro", "any deadlines nxt wk", "how many r there n when r they due"; data/
    chat_spellings.yaml), before it is split, corrected or read for its time."""
    text = _CHAT_WORD.sub(lambda m: _CHAT["words"][m.group().lower()], text)
    return _CHAT_AND.sub(" and ", text)


# Rewrites applied before tokenising: contractions and spellings of one concept.
_REWRITES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(p), r) for p, r in [
        (r"[\u2018\u2019\u02bc`´]", "'"),
        # a range of numbers written with a dash other than the hyphen, or with the wave dash
        # or tilde CJK writing uses ("15–21", "15〜21", "15～21" (NFKC "15~21")): a range
        (r"(?<=\d)\s*[~\u301c\u2010-\u2015\u2212\u2053]\s*(?=\d)", "-"),
        (r"\bq\s*(?:&|and|n|\+|/|-)\s*a'?s\b|\bqnas\b", " qas "),
        (r"\bq\s*(?:&|and|n|\+|/|-)\s*a\b|\bqna\b", " qa "),
        # "question answer session": a learner's English drops the "and"
        (r"\bquestions? (?:(?:and|&) )?answers? sessions\b", " qas "),
        (r"\bquestions? (?:(?:and|&) )?answers? session\b|\bquestion (?:and|&) answer\b",
         " qa "),
        (r"&", " and "),
        # "life" set against "recorded" ("is it life or recorded", "recorded or life?") is
        # "live" misspelt: no other life is set against a recording
        (r"\blife(?=\s+(?:or|and|vs|/)\s+(?:pre-?\s?)?recorded\b)", "live"),
        (r"(?<=recorded or )life\b|(?<=recorded and )life\b|(?<=recorded vs )life\b",
         "live"),
        (r"\b(what|when|where|who|how|which|that|there|it|what)'s\b", r"\1 is"),
        (r"\b(what|when|where|who|how|which)'re\b", r"\1 are"),
        (r"\bwhens\b", "when is"),
        (r"\bwhats\b", "what is"),
        (r"\bwheres\b", "where is"),
        (r"\bwhos\b", "who is"),
        (r"\btheres\b", "there is"),
        # A negation written without its apostrophe ("dont", "wont") is no typo of a word.
        (r"\b(do|does|did|is|are|was|were|has|have|had|could|should|would|must|need)nt\b",
         r"\1n't"),
        (r"\bwont\b", "won't"), (r"\bcant\b", "can't"),
        # "hand in", "hand it in", "handed them in", "turn it in"
        (r"\b(?:hand(?:s|ed|ing)?|turn(?:s|ed|ing)?)[- ]?(?:(?:it|them|this|that|these|those|"
         r"everything|stuff|mine|ours) )?ins?\b", " handin "),
        (r"\bpass(?:ing)? (?:mark|grade|threshold)\b", " passmark "),
        # the module's credit value in any system's words ("how many ECTS", "CATS points",
        # "credit points", "how many credits is the module"): one fact the page does not
        # give (not cloud or GPU credits, nor a "cats" of a dataset)
        (r"\bects(?: (?:credits?|points?))?\b|\bcats (?:credits?|points?)\b"
         r"|\bhow many cats\b(?! (?:and|or|vs|images?|pictures?|photos?|classes)\b)"
         r"|\bcredit (?:points?|values?|ratings?)\b"
         r"|\bcredits?\b(?=[^.?!]{0,30}\b(?:module|course|worth|degree|towards|for (?:this|it))\b)"
         r"(?![^.?!]{0,40}\b(?:gpu|cloud|aws|azure|compute|notebooks?)\b)",
         " modulecredits "),
        # where the work is run, asked without the word GPU ("what do we run the coursework
        # on", "recommended compute for the tasks"): the page's GPU advice
        (r"\b(?:run|train|execute)(?: (?:the|our|my|all|these|this))? (?:coursework|cw ?\d?|"
         r"tasks?|task \d|notebooks?|code|models?)(?: \w+)? on(?=\W*$)", r"\g<0> gpu"),
        (r"\b(the|any|enough|free|recommended|what|which) (?:compute|computing)\b"
         r"(?! (?:graphs?|the|a|an|this|that|it|its|gradients?|loss)\b)", r"\1 gpu"),
        (r"\b(?:compute|computing) (?:power|resources?)\b", " gpu "),
        # the marks a classification needs ("what % for a distinction", "a merit overall",
        # "grade boundaries"): no weighting answers them
        (r"\b(?:grade|mark|class(?:ification)?) (?:boundar(?:y|ies)|bands?|cut ?offs?)\b"
         r"|\b(?:distinction|merit|first class|2[:.][12])\b"
         r"(?= overall\b| in (?:the|this) (?:module|course)\b|\W*$)", " gradeboundary "),
        # an earlier run of the course ("last year cw2 was a GAN", "previous years' exams",
        # "is the exam like last year"): the page is this run's and says nothing of another
        # (not one's own past: "forgot ML basics from last year")
        (r"\b(?:previous|past|prior) years(?:'?s|'| s)?\b(?! (?:papers?|exams?)\b)"
         r"|\b(?:last|previous|prior) (?:year|cohort)(?:'?s|'| s)?"
         r"(?= (?:cw ?\d*|coursework|tasks?|exam|module|course|cohort|students?|lectures?|"
         r"tutorials?|version|one|ones)\b)", " previousyears "),
        (r"\b((?:cw ?\d?|coursework|tasks?(?: \d)?|exam|module|course)\b[^.?!]{0,25}?) "
         r"(?:last|previous) year\b", r"\1 previousyears"),
        # "what's covered in the exam": what is examinable
        (r"\b(?:covered|included|assessed|come up|comes up|coming up) (?:in|on|by) (?:the )?"
         r"(?:final )?exams?\b", " examinable "),
        # "is there a minimum mark i need to pass": the pass mark, asked in the first person
        (r"\b(?:minimum|min|lowest) (?:overall )?(?:mark|grade|score|percentage)s?\b"
         r"(?=[^.?!]*\bpass)", " passmark "),
        (r"\bdue[- ]?dates?\b", " deadline "),
        (r"\bdead ?lines?\b|\bddls?\b", " deadline "),  # "ddl": chat shorthand
        # "how does this course work" asks how it runs; "course work" is otherwise the work
        (r"\bhow (does|do|will|did|would) (this|the|our|that) course work\b|\bhow (this|the) "
         r"course works\b", r"how \1 \2\3 course run"),
        (r"\bcourse ?works?\b|\bcwks?\b", " coursework "),
        (r"\bq and a\b", " qa "),
        (r"\bo'?clock\b", ""),
        (r"\bin[- ]person\b|\bface[- ]to[- ]face\b", " inperson "),
        (r"\b(?:open|closed)[- ]book\b", " openbook "),
        (r"\b(?:i would like to|i'd like to|i want(?:ed)?(?: to)?|wanted to|may i|can i|"
         r"could i|just want to|just wanted to) (?:ask|know|check)(?: you)?(?: that| if| whether|"
         r" about)?\b", " "),
        (r"\breading week\b", " readingweek "),
        # calendar terms of a university year no course page dates ("half term", "the
        # easter holidays", "over the hols"); not "before easter", read as a time (when.py)
        (r"\bhalf[- ]?term(?: week| break)?\b", " halfterm "),
        (r"(?<!before )(?<!before the )(?<!until )(?<!until the )(?<!till )(?<!till the )"
         r"(?<!by )(?<!by the )\b(?:christmas|xmas|winter|spring|easter|summer|mid[- ]?term|"
         r"term|semester|uni|university) (?:break|holidays?|hols|vacation|vac|recess)\b",
         " termbreak "),
        (r"\b(over|during|in|through|across|after|before) the (?:holidays|hols|vacation|vac)\b",
         r"\1 termbreak "),
        (r"\bmark(?:ing)? (?:scheme|criteria)\b", " rubric "),
        (r"\boffice hours?\b", " officehours "),
        # the answers to the course's exercises are its solutions ("the quiz answers"): the
        # page has no field for them (the kind stays named)
        (r"\b(quiz|quizzes|tutorial|tutorials|tut|tuts|exercise|exercises|model|sample|worked) "
         r"answers?\b", r"\1 solutions"),
        # what lets one into an online room ("the teams code", "zoom meeting id", "join
        # code"): the page gives the place, not its keys
        (r"\b(?:join(?:ing)?|access|entry|invite|invitation|teams?|msteams|channel|meeting|"
         r"zoom|class|group) ?(?:codes?|ids?|pins?)\b|\bpass ?codes?\b", " joincode "),
        (r"\b(?:word|page|length) (?:count|limit)s?\b|\bhow many words\b", " wordcount "),
        # how big a hand-in may be ("the biggest zip allowed", "file size limit", "how big can
        # the upload be"), not a tensor's or a batch's size
        (r"\b(?:max(?:imum)?|file|upload|zip|submission|archive) ?sizes?\b|\bsize (?:limit|cap)s?\b"
         r"|\bhow (?:big|large) (?:can|may|should|is|are|must)\b(?=[^.?!]*\b(?:zip|file|files|"
         r"upload|submission|archive|notebook|weights)\b)"
         r"|\b(?:mb|gb|megabytes?|gigabytes?) (?:limit|cap|max(?:imum)?)\b", " sizelimit "),
        (r"\b\d{1,2}(?::\d{2})? ?(?:am|pm)\b", " "),  # a clock time is not a topic
        (r"\bdiscussion (?:forum|board|page|site)s?\b", " forum "),
        # Chat spellings too short for the typo corrector.
        (r"\bwen\b", "when"), (r"\bwats\b", "what is"), (r"\bwat\b|\bwut\b|\bwht\b", "what"),
        (r"\bteh\b", "the"),
        # "hw many", "hw long": "how" with its vowel dropped, not the homework, before a word
        # that only follows "how" ("hw is due" stays the homework)
        (r"\bhw\b(?= (?:many|much|long|often|far|soon|come)\b)", "how"),
        # "wont" without its apostrophe is "won't", not a word to correct ("went")
        (r"\bwont\b", "will not"),
        (r"\bu\b", "you"), (r"\br\b", "are"), (r"\bwho'?ll\b", "who will"),
        (r"\bthru\b", "through"), (r"\bpls\b|\bplz\b", "please"),
    ]
]

# Homophones of "week" and of number words in a numbered reference (data/homophones.yaml).
_HOMOPHONES = yaml.safe_load(
    (Path(__file__).parent / "data" / "homophones.yaml").read_text(encoding="utf-8"))


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


HOMOPHONES = _HOMOPHONES  # (the title sounds are read where the titles are known)
_NUMBER_SOUND = _alternation(_HOMOPHONES["number"])
_NUMBER_WORD = NUMBER_PATTERN
_WEEK_SOUND = re.compile(
    rf"\b({_alternation(_HOMOPHONES['kind'])})(?=\s+(?:{_NUMBER_WORD}|{_NUMBER_SOUND})\b)")
_NUMBERED_SOUND = re.compile(
    rf"(?:\b({_alternation(_HOMOPHONES['articles'])})\s+)?"
    rf"\b({_alternation(_HOMOPHONES['numbered'])})\s+({_NUMBER_SOUND})\b"
    rf"(?=\s*(?:[.?!,;:)]|$|(?:{_alternation(_HOMOPHONES['after_number'])})\b|(\w+)))")


def _numbered(m: re.Match[str]) -> str:
    article, kind, sound = m.group(1), m.group(2), m.group(3)
    prefix = f"{article} " if article else ""
    if m.group(4) in ("teen", "teenth"):
        # a teen dictated in two words, its first a sound of one ("lecture for teen"):
        # the number word, joined with its "teen" where ids are read (join_split_teens)
        return f"{prefix}{kind} {_HOMOPHONES['number'][sound]}"
    if sound in _HOMOPHONES["prepositions"] and (article or m.group(4)):
        return m.group(0)  # "what is the quiz for", "which lecture to watch"
    return f"{prefix}{kind} {_HOMOPHONES['number'][sound]}"


_SPLIT_TEEN = re.compile(rf"\b({_alternation(_HOMOPHONES['split_teen'])})[- ]teen(th)?\b")


def join_split_teens(text: str) -> str:
    """A teen dictated in two words ("lecture eight teen", "the four teenth") as one."""
    return _SPLIT_TEEN.sub(lambda m: _HOMOPHONES["split_teen"][m.group(1)] + (m.group(2) or ""),
                           text)


def _phrase_sounds() -> list[tuple[re.Pattern[str], str]]:
    """Each known phrase's dictated spellings, with the context the phrase needs."""
    number = rf"(?:{_NUMBER_WORD}|{_NUMBER_SOUND}|\d)"
    rules = []
    for entry in _HOMOPHONES["phrases"]:
        after = (rf"(?=\s*{number}\b)" if entry.get("before_number") else
                 rf"(?!\s*{number}\b)" if entry.get("not_before_number") else "")
        says = "|".join(r"\s+".join(re.escape(w) for w in s.split())
                        for s in sorted(entry["says"], key=len, reverse=True))
        before = "".join(rf"(?<!\b{re.escape(w)} )" for w in entry.get("not_after", ()))
        rules.append((re.compile(rf"(?<![\w&]){before}(?:{says})(?![\w&]){after}"),
                      entry["reads"]))
    return rules


_PHRASE_SOUNDS = _phrase_sounds()


def read_phrase_sounds(text: str) -> str:
    """Reads "cue and a", "too day", "see double you one" as the phrase they were dictated
    as (a kind, a day word, an id's letters); only the whole phrase, in its context."""
    for pattern, reads in _PHRASE_SOUNDS:
        text = pattern.sub(reads, text)
    return text


def read_homophones(text: str) -> str:
    """Reads "weak five", "lecture for", "cw too", "tutorial tree" as the numbered
    references they were dictated as; nothing changes outside such a reference."""
    text = _WEEK_SOUND.sub(lambda m: _HOMOPHONES["kind"][m.group(1)], text)
    return _NUMBERED_SOUND.sub(_numbered, text)


_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


@holds_message_text
@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Lower-case, fold accents and apply the concept rewrites; keeps word order. (Cached:
    a message is normalised for its zone, then each part again.)"""
    text = read_phrase_sounds(unicodedata.normalize("NFKC", text).lower())
    for pattern, repl in _REWRITES:
        text = pattern.sub(repl, text)
    text = read_homophones(re.sub(r"\s+", " ", text))
    return re.sub(r"\s+", " ", text).strip()


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


class SpellFixer:
    """Maps a misspelt word to the closest known word (edit distance 1, or 2 for long words).

    A word that is real is never changed: one of the vocabulary or the protected words, a
    form of one (an English ending, or a prefix such as "re-", on a known word: "replying",
    "bagging", "resit"), the stem a known word is a form of ("augment" of "augmented", "relu"
    of "relus"), or a word drawn out for emphasis ("sooo"). Without that, the corrector's
    vocabulary being finite, an ordinary word it lacked became its nearest neighbour
    ("augment" -> "argument", "replying" -> "replacing").
    """

    def __init__(self, vocabulary: Iterable[str], protected: Iterable[str] = ()):
        self.known = {w for w in vocabulary if w.isalpha()}
        self.protected = set(protected) | self.known
        self._deletes: dict[str, set[str]] = {}
        for word in self.known:
            if len(word) < 4:
                continue
            for variant in _deletions(word, 2 if len(word) >= _LONG else 1):
                self._deletes.setdefault(variant, set()).add(word)
        # Corrections already made: the vocabulary is fixed, and students use the same words
        # (each message's words are read, and its pairs for a dictated join).
        self._fixed: dict[str, str] = {}

    def fix(self, word: str) -> str:
        if len(word) < 4 or word in self.protected or not word.isalpha():
            return word
        fixed = self._fixed.get(word)
        if fixed is None:
            if len(self._fixed) >= _MAX_FIXED:
                self._fixed.clear()  # bounded; refilled by the words in use
            fixed = self._fixed[word] = self._correction(word)
        return fixed

    def _correction(self, word: str) -> str:
        if _ELONGATED.search(word):
            # Letters drawn out beyond what English spells ("weeek", "whattt",
            # "deadlineee"): the word squeezed, then corrected as any other.
            return self.fix(self._squeezed(word))
        if word[-1] == word[-2] and word[:-1] in self.protected:
            return word[:-1]  # a last letter typed twice ("pleasee", "tutoriall")
        if word.endswith("s") and word[:-1] in self.known:
            # A plural or a possessive without its apostrophe: the word as the schedule and
            # the notes name it ("tomorrows tutorial", "reminders").
            return word[:-1]
        if self.is_real(word):
            return word
        best: tuple[int, int, str] | None = None
        for variant in _deletions(word, 2 if len(word) >= _LONG else 1):
            for candidate in self._deletes.get(variant, ()):
                distance = edit_distance(word, candidate)
                limit = 2 if len(candidate) >= _LONG and len(word) >= _LONG else 1
                if distance > limit or not _same_start(word, candidate):
                    continue
                key = (distance, candidate)
                if best is None or key < best:
                    best = key
        return best[1] if best else word

    def _squeezed(self, word: str) -> str:
        """`word` with each run of three or more of a letter cut to two or one: the first
        spelling that is a known word (two letters before one: "goood" is "good"), else
        two of each ("deadlinee", which is then corrected)."""
        runs = [m.span() for m in _ELONGATED_RUN.finditer(word)]
        for keep in itertools.product((2, 1), repeat=min(len(runs), 3)):
            out, at = [], 0
            for (a, b), n in zip(runs, keep, strict=False):
                out.append(word[at:a] + word[a] * n)
                at = b
            spelt = _ELONGATED_RUN.sub(lambda m: m.group(1) * 2, "".join(out) + word[at:])
            if spelt in self.protected:
                return spelt
        return _ELONGATED_RUN.sub(lambda m: m.group(1) * 2, word)

    def is_real(self, word: str) -> bool:
        """A word of the language, though not itself in the vocabulary (see the class)."""
        known = self.protected
        if _ELONGATED.search(word):
            return True
        if any(base in known or _prefixed(base, known) for base in _bases(word)):
            return True
        if _prefixed(word, known):
            return True
        # The stem of a known form; not a dropped "e" ("lectur" of "lectured", "lecture")
        # nor a doubled letter ("quizz" of "quizzes", "quiz").
        return (any(word + end in known for end in _DERIVED)
                and word + "e" not in known
                and not (word[-1] == word[-2] and word[:-1] in known))


# Corrections kept (a word and its correction: a few hundred kilobytes at most).
_MAX_FIXED = 8192
# Distance 2 only between words this long: shorter, two edits reach another real word
# ("discord" -> "discards", "augment" -> "argument").
_LONG = 8
# English endings: a word that is a known word with one of them is a form of it.
_ENDINGS = ("s", "es", "ed", "d", "ing", "er", "ers", "est", "ly", "y", "ies", "ied")
# Endings of the forms whose stem is a word too ("augment" of "augmentation").
_DERIVED = ("s", "es", "ed", "ing", "er", "ers", "ation", "ations", "ment", "ments")
# Prefixes that make a word of a word ("reusing", "resit", "decoding", "unrolled").
_PREFIXES = ("re", "un", "de", "pre", "non")
_ELONGATED = re.compile(r"([a-z])\1\1")
_ELONGATED_RUN = re.compile(r"([a-z])\1{2,}")


def _bases(word: str) -> set[str]:
    """The words `word` may be a form of, by English spelling: "replying" -> "reply",
    "revising" -> "revise", "bagging" -> "bag", "studies" -> "study"."""
    found: set[str] = set()
    for end in _ENDINGS:
        stem = word[:-len(end)]
        if not word.endswith(end) or len(stem) < 3:
            continue
        if end in ("ies", "ied"):
            found.add(stem + "y")
            continue
        found.add(stem)
        if end[0] in "eiy":
            found.add(stem + "e")
            if stem[-1] == stem[-2] and stem[-1] not in "aeiou":
                found.add(stem[:-1])
    return found


def _prefixed(word: str, known: set[str]) -> bool:
    """A known word of three letters or more behind a prefix ("resit", "decoding")."""
    for prefix in _PREFIXES:
        rest = word[len(prefix):]
        if word.startswith(prefix) and len(rest) >= 3 and (
                rest in known or any(b in known for b in _bases(rest))):
            return True
    return False


def _same_start(word: str, candidate: str) -> bool:
    """Typing seldom gets the first letter wrong (save by swapping the first two): a
    correction that changes it finds another word ("binge" -> "hinge")."""
    return candidate[0] == word[0] or candidate[:2] == word[1::-1]


def _deletions(word: str, depth: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        found |= frontier
    return found


def edit_distance(a: str, b: str) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


# Control characters (a terminal obeys ESC sequences) and the bidirectional overrides that
# make text display in another order than it reads: never shown as a student wrote them.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Someone else's text, safe to show on a terminal or a page (tabs and newlines kept)."""
    return _UNPRINTABLE.sub("", text)


# What a mail or phone app appends below a message ("Sent from my iPhone", "Get Outlook for
# Android") and a signature under its "-- " line: no part of the question.
_APP_TRAILER = re.compile(
    r"(?im)(?:^[ \t]*(?:sent (?:from|via|with) [^\n?]{1,60}|get outlook for [^\n?]{1,40})[ \t]*"
    r"(?:\n\s*)*)+\Z")
_SIGNATURE = re.compile(r"(?m)^--[ \t]*\n(?:[^\n]*\n?){1,4}\Z")


def without_trailer(text: str) -> str:
    """`text` without the app's line or the signature after it; the text itself when that
    is all it has."""
    kept = _SIGNATURE.sub("", _APP_TRAILER.sub("", text))
    kept = _APP_TRAILER.sub("", kept).rstrip()
    return kept if kept.strip() else text
