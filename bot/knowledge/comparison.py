"""The sides of a comparison ("sigmoid vs tanh vs relu", "why are VAE samples blurry compared
to GANs", "difference between X and Y"): the subjects compared, each as the stems it names.

A side is a subject, not the words that happen to stand next to the connector: the question
words, what is said about a side ("blurry", "so popular") and what asks for the comparison
("pros and cons", "which is better") are no side. When the notes' own subject words are given
(`subject_words`: the words of their titles, headings and bold terms), a side is the first
run of those words in its clause; without them, every content word of the clause.
"""
from __future__ import annotations

import re
from functools import lru_cache

from bot.knowledge.index import QUESTION_WORDS, KnowledgeIndex, spelling, stem_words

# "difference between", and as students shorten it: "diff btw", "diff b/w", "diff of".
_BETWEEN = r"(?:between|btw|betw|b/w|bw|of)"
_DIFFERENCE = re.compile(rf"\b(?:differences?|diffs?) {_BETWEEN} (.+)", re.I)
_COMPARE = re.compile(r"\bcompar(?:e|ing)\s+(.+)", re.I)
_CONNECTOR = re.compile(r"\s*\b(?:vs\.?|versus|compared (?:to|with)|better than|worse than|"
                        r"differ(?:ent|s)? from)"
                        r"(?:\s+|$)", re.I)
# Where what is said about both sides begins ("... in cnn", ", which is better"): a side's
# clause ends there.
_QUALIFIER = re.compile(r"[,;:?!.()…—–+]|\s-\s|\s(?:in|for|of|on|with|when|during|at|and why|"
                        r"which|whats?|why|how|is it|pros and cons)\s", re.I)
# Words that ask for the comparison or say something about a side, not a side.
_NOT_A_SIDE = frozenset(stem_words(
    "diff diffs difference differences different differently compare compared comparison "
    "pros cons pro con better worse best which one ones thing things stuff so such much "
    "really actually actual just big deal bad good main whats what's why how whi exactly "
    "usually always each other vs versus should would could made make new use uses need get "
    "was were did come change changes changed"))
_QUESTION_STEMS = frozenset(stem_words(" ".join(QUESTION_WORDS)))

Side = frozenset[str]


@lru_cache(maxsize=4)  # one index at a time; its notes do not change while the bot runs
def subject_words(index: KnowledgeIndex) -> frozenset[str]:
    """The stems the notes use for their subjects: their titles', headings' and bold terms'
    words (a course's own, read from its notes)."""
    found: set[str] = set()
    named: list[list[str]] = []
    for chunk in index.chunks:
        named.append(stem_words(spelling(f"{chunk.title} {chunk.section}")))
        for text in (chunk.units or (chunk.text,)):
            for bold in re.findall(r"\*\*([^*]{1,60})\*\*", text):
                named.append(stem_words(spelling(bold)))
    for stems in named:
        found.update(stems)
    # ... and each pair of words they name together ("same pad" of '"same" padding'), kept
    # as "w1 w2": whether "same and valid padding" compares two kinds of padding.
    pairs = {f"{a} {b}" for stems in named for a, b in zip(stems, stems[1:], strict=False)}
    return frozenset(found - _QUESTION_STEMS - _NOT_A_SIDE) | pairs


def _tokens(text: str) -> list[str | None]:
    """The clause's stems, None where a word is no side's (a question word, "so", "which")."""
    return [w if len(w) > 1 and w not in _QUESTION_STEMS and w not in _NOT_A_SIDE else None
            for w in stem_words(spelling(text))]


def _side(text: str, subjects: frozenset[str] | None) -> Side:
    """The subject a side's clause names: its first run of subject words (with the word
    right before it, which says which kind: "self attention", "medical images"; in "why are
    VAE samples blurry" the subject comes first), or all its content words without a run.
    A run goes on past the words that are no side's; the word before it must stand right
    there ("in what way does an lstm": not "way")."""
    tokens = _tokens(text)
    words = [w for w in tokens if w]
    if not subjects:
        return frozenset(words)
    runs: list[list[str]] = []
    previous = False
    for n, w in enumerate(tokens):
        if w is None:
            continue  # a run goes on past a question word ("problem do convolutional layers")
        if w in subjects:
            if not previous:
                before = tokens[n - 1] if n else None
                runs.append([before] if before and before not in subjects else [])
            runs[-1].append(w)
        previous = w in subjects
    if not runs:
        return frozenset(words)
    return frozenset(runs[0])


def _list_sides(text: str) -> list[str]:
    """The items of "A, B and C" (the clause of a list of sides)."""
    return [p for p in re.split(r"\s*,\s*|\s+and\s+|\s*&\s*|\s+or\s+", text) if p.strip()]


def _shared_head(texts: list[str], subjects: frozenset[str] | None) -> list[str]:
    """"same and valid padding", "max and average pooling": one-word sides before the last
    share its head noun, when the notes name that word with it ("same padding"); "dropout
    and batch norm" share nothing (the notes never say "dropout norm")."""
    if len(texts) < 2 or not subjects:
        return texts
    last = stem_words(spelling(texts[-1]))
    heads = last[1:]
    if not heads or any(len(stem_words(spelling(t))) != 1 for t in texts[:-1]):
        return texts
    if not all(f"{stem_words(spelling(t))[0]} {heads[0]}" in subjects for t in texts[:-1]):
        return texts
    return [f"{t} {texts[-1].split(None, 1)[1]}" for t in texts[:-1]] + [texts[-1]]


_PRONOUNS = frozenset({"they", "them", "it", "these", "those", "this", "both"})


def _named_before(side: Side, before: str, subjects: frozenset[str] | None) -> Side:
    """A side that is a pronoun ("how are they different from flips") is what the question
    named before its clause ("explain mixup and cutmix, how do they ..."); with nothing
    named before (a follow-up: "when are they used vs the batch stats") it stays."""
    if not side or not side <= _PRONOUNS:
        return side
    tokens = [w for w in _tokens(before) if w and w not in _PRONOUNS]
    named = [w for w in tokens if subjects is None or w in subjects]
    return frozenset(named) or side


@lru_cache(maxsize=512)  # asked of the same question for every unit scored
def comparison_sides(question: str, subjects: frozenset[str] | None = None
                     ) -> tuple[Side, ...] | None:
    """The things compared, two or more, each as the stems it names and the others do not;
    None when there are not two. What is in brackets is no side: the glossary's long form
    spelled out after an abbreviation for the search ("lstm (long short-term memory
    recurrent network) vs gru (...)"), or an aside ("(add vs concat?)")."""
    sides = named_sides(question, subjects)
    if not sides:
        return None
    # One side a kind of the other ("relu vs leaky relu", "rnn vs bidirectional rnn"), or
    # words all sides share ("l1 loss vs l2 loss"): the plain one, and what sets each apart.
    common = frozenset.intersection(*sides)
    apart = [s - common or s for s in sides]
    if len(set(apart)) < len(apart):
        return None
    return tuple(apart)


@lru_cache(maxsize=512)
def named_sides(question: str, subjects: frozenset[str] | None = None
                ) -> tuple[Side, ...] | None:
    """The things compared as the question names them, words they share included ("kalman
    filter", "particle filter"); None when there are not two (see `comparison_sides`)."""
    question = re.sub(r"\([^()]*\)", " ", question)
    parts = _CONNECTOR.split(question)
    texts: list[str] = []
    before = ""  # what the question says before the first side's clause
    if (m := _DIFFERENCE.search(question)) and " and " in m.group(1):
        head, _, rest = m.group(1).partition(" and ")
        texts = _shared_head([head, *_list_sides(_QUALIFIER.split(rest)[0])], subjects)
    elif len(parts) > 1:
        # Each side is what is named next to the connector; what follows the last ("... in
        # cnn", ", which is better for long sequences") is about all of them.
        # A chain ("sigmoid vs tanh vs relu") ends with the clause: "resnet vs densenet
        # difference? add vs concat?" compares two networks.
        texts = [_QUALIFIER.split(parts[0])[-1]]
        before = parts[0][:len(parts[0]) - len(texts[0])]
        for part in parts[1:]:
            clause = _QUALIFIER.split(part)
            texts.append(clause[0])
            if len(clause) > 1:
                break
    elif m := _COMPARE.search(question):
        texts = _shared_head(_list_sides(_QUALIFIER.split(m.group(1))[0]), subjects)
    sides = [_side(t, subjects) for t in texts]
    if before and sides:
        sides[0] = _named_before(sides[0], before, subjects)
    sides = [s for s in sides if s]
    return tuple(sides) if len(sides) >= 2 else None


# "X compared to Y", "X better than Y", "how is X different from Y": X is asked about, Y is
# what it is measured against ("why are VAE samples blurry compared to GANs" asks about VAEs).
# "vs", "versus", "difference between" and "compare" weigh both sides alike.
# So is "X vs a plain Y": the plain one is the reference.
_PLAIN = r"(?:an? |the )?(?:normal|plain|original|vanilla|ordinary|standard|regular|usual|classic)"
_PLAIN_STEMS = frozenset(stem_words("normal plain original vanilla ordinary standard regular "
                                     "usual classic"))
_MEASURED = re.compile(r"\b(?:compared (?:to|with)|better than|worse than|differ(?:ent|s)? from|"
                       rf"(?:vs\.?|versus) {_PLAIN})\b", re.I)
_ALIKE = re.compile(rf"\b(?:(?:vs\.?|versus)(?! {_PLAIN}\b)|between|btw|compar(?:e|ing))\b",
                    re.I)


def measured_sides(question: str, subjects: frozenset[str] | None = None
                   ) -> tuple[Side, Side] | None:
    """The side a one-way comparison asks about and the side it is measured against, in
    that order; None unless the question compares exactly two things one way."""
    if not _MEASURED.search(question) or _ALIKE.search(question):
        return None
    sides = comparison_sides(question, subjects)
    if not sides or len(sides) != 2:
        return None
    # "compared with the original GAN": the words both sides share are gone, and "original"
    # names no subject: the reference is then the plain kind, named by no word (empty).
    return sides[0], sides[1] - _PLAIN_STEMS


# A question that asks to pick among the things it names ("which one and why", "which should
# I use", "pros and cons"), not only how they differ: one thing's own section does not answer
# it. "Better than" alone is not a pick: it is often another comparison of the same message
# ("what does WGAN change vs the original, and why is EMD better than JS").
_PICK = re.compile(r"\b(which|best|should (?:i|we|you) (?:use|pick|choose|go for)|"
                   r"pros and cons|prefer\w*)\b", re.I)


@lru_cache(maxsize=4)  # one index at a time; its notes do not change while the bot runs
def headed_words(index: KnowledgeIndex) -> frozenset[str]:
    """The stems of the notes' own section headings: what the notes have a section about."""
    found: set[str] = set()
    for chunk in index.chunks:
        found.update(stem_words(spelling(chunk.section.rsplit(" > ", 1)[-1])))
    return frozenset(found - _QUESTION_STEMS - _NOT_A_SIDE)


def unshown_choices(question: str, shown: str, index: KnowledgeIndex) -> list[Side]:
    """The things a question asks to pick among ("sigmoid vs tanh vs relu, which one") that
    the notes have a section about but the answer (`shown`: its heading and text) never
    names: an answer from one side's own section that leaves a choice unweighed. A side the
    notes head no section with ("medical images vs natural images") is not counted: any
    section may weigh it."""
    if not _PICK.search(question):
        return []
    headed = headed_words(index)
    sides = [*(comparison_sides(question, subject_words(index)) or ()),
             *_alternatives(question, headed)]
    named = set(stem_words(spelling(shown)))
    return [s for s in dict.fromkeys(sides) if s <= headed and not s & named]


def _alternatives(question: str, headed: frozenset[str]) -> list[Side]:
    """The things either side of an "or" that the notes head sections with ("tanh or relu",
    "should i use gru or lstm"): the run of such words right before and right after it."""
    tokens = stem_words(spelling(question))
    found: list[Side] = []
    for n, word in enumerate(tokens):
        if word != "or":
            continue
        before: list[str] = []
        for w in reversed(tokens[:n]):
            if w not in headed:
                break
            before.append(w)
        after: list[str] = []
        for w in tokens[n + 1:]:
            if w not in headed:
                break
            after.append(w)
        if before and after:
            found += [frozenset(before), frozenset(after)]
    return found



# A one-letter prefix joined by a hyphen is part of a name ("r-cnn", "t-sne", "u-net"):
# read as one word, so the name is matched whole, not by its common part ("cnn").
_LETTER_PREFIX = re.compile(r"\b([a-z])-(?=[a-z0-9])", re.I)


def _side_words(text: str) -> list[str]:
    return [w for w in _tokens(_LETTER_PREFIX.sub(r"\1", text)) if w]




@lru_cache(maxsize=4)  # one index at a time; its notes do not change while the bot runs
def _notes_passages(index: KnowledgeIndex) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """The words of each passage of the notes with its title and heading path, as a side's
    words are read; and all their words."""
    said = tuple(frozenset(_side_words(f"{c.title} {c.section} {c.text}")) for c in index.chunks)
    return said, frozenset().union(*said)


def _written(word: str, words: frozenset[str]) -> bool:
    """Whether `word` is among `words`: itself, or a longer word it begins ("conv" of
    "convolution", "layer" of "LayerNorm")."""
    return word in words or (len(word) >= 3 and any(w.startswith(word) for w in words))


def side_named(side: Side, index: KnowledgeIndex) -> bool:
    """Whether the notes name a side of a comparison: every word of it in one of their
    passages ("faster r-cnn" is not named by notes that say "Fast R-CNN" in one passage and
    "faster" in others; "valid padding" is, in the passage on valid convolution and
    padding). Words with digits ("5x5", "7B") are sizes and counts, and "normal", "plain"
    say which kind: neither is part of a name."""
    names = [w for w in side - _PLAIN_STEMS if not re.search(r"\d", w)]
    if not names:
        return True
    passages, vocabulary = _notes_passages(index)
    if not all(_written(w, vocabulary) for w in names):
        return False
    return any(all(_written(w, p) for w in names) for p in passages)


def unnamed_sides(question: str, index: KnowledgeIndex) -> bool:
    """Whether a comparison compares things the notes name none of ("yolo vs faster
    r-cnn", "kalman filter vs particle filter" in notes that say "particle" once about
    something else): whatever section its other words find, the notes do not answer it.
    False when the question compares nothing or the notes name a side."""
    joined = _LETTER_PREFIX.sub(r"\1", question)
    subjects = subject_words(index)
    # each side whole ("particle filter", not "particle" once "filter" is said of both)
    sides = named_sides(joined, subjects) if comparison_sides(joined, subjects) else None
    return bool(sides) and not any(side_named(side, index) for side in sides)
