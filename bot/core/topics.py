"""Which lecture, tutorial or reading a topic phrase refers to.

Lexical overlap (with abbreviations expanded, IDF-weighted) finds "batch norm" in
"BatchNorm"; the embedding model finds "residual connections" near "ResNet". The score is
the larger of the two, so either kind of evidence can carry a match.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from bot.core.course_words import CourseWords
from bot.core.embedding import SMALL, Embedder
from bot.core.glossary import singular
from bot.core.lexicon import TOPIC_CARRIER_VERBS
from bot.schedule.model import Schedule

MATCH_THRESHOLD = 0.6
# An unknown word weighs as much as the rarest title word: "diffusion models" is not
# "Generative models" just because "models" matches.
UNKNOWN_WORD_WEIGHT = 3.5
# Scores are compared to this many decimals: below, they differ by float rounding (the
# question's embedding computed alone or packed with other texts), which must not reorder
# equal matches from one run to the next; equals are then in the course's order.
SCORE_DECIMALS = 3


@dataclass(frozen=True)
class TopicItem:
    id: str
    kind: str  # "lecture", "tutorial" or "material"
    title: str
    week: int
    lectures: tuple[str, ...] = ()


@dataclass(frozen=True)
class TopicMatch:
    item: TopicItem
    score: float
    named: bool = False  # every word asked about is in the title (abbreviations allowed)


@dataclass(frozen=True)
class _Read:
    phrase: str
    words: list[str]
    pairs: list[tuple[str, str]]
    lexical: list[float]

    @property
    def lexical_whole(self) -> bool:
        """Every word found in a title: the model could only reorder near-equals."""
        return max(self.lexical, default=0.0) >= 0.999


class TopicIndex:
    def __init__(self, schedule: Schedule, embedder: Embedder | None = None):
        words = CourseWords.of(schedule)
        self._read_topics = words.read_topics
        self._glossary, self._stopwords = words.glossary, words.stopwords
        items: list[TopicItem] = []
        for lec in schedule.lectures:
            items.append(TopicItem(lec.id, "lecture", lec.title, lec.week, (lec.id,)))
        for tut in schedule.tutorials:
            if tut.topic:
                items.append(TopicItem(tut.id, "tutorial", tut.topic, tut.week))
        for m in schedule.materials:
            if m.kind in ("paper", "notebook"):
                items.append(TopicItem(m.id, "material", m.title, m.week, tuple(m.lectures)))
        self.items = items
        self._position = {item.id: n for n, item in enumerate(items)}  # the page's order
        # A title's own words and abbreviations: what one title holding another's means.
        self._title_words = [set(self._content_words(i.title))
                             | self._glossary.abbreviations_in(i.title) for i in items]
        # For search, also its compounds closed up ("Batch-norm" read as "batchnorm") ...
        self._words = [ws | _closed_up(i.title) for ws, i in zip(self._title_words, items,
                                                                  strict=True)]
        # ... and with their abbreviations spelled out ("Batch-norm" is about batch
        # normalisation, as "batchnorm" is read)
        self._words = [ws | {long for w in ws for long in self._spelled_out(w)}
                       for ws in self._words]
        # ... and an adjective in "-ional" the title itself says, with its noun
        # ("Convolutional Neural Networks" names convolutions too, so "convs" finds every
        # lecture titled by them; not an abbreviation's long form: VGG is no convolution)
        nouns = [{w[:-2] for w in re.findall(r"[a-z]+", i.title.lower()) if w.endswith("ional")}
                 for i in items]
        short = {long: abbr for abbr, long in self._glossary.expansions.items()}
        self._words = [ws | ns | {short[n] for n in ns if n in short}
                       for ws, ns in zip(self._words, nouns, strict=True)]
        counts = Counter(w for ws in self._words for w in ws)
        self._idf = {w: math.log(1 + len(items) / c) for w, c in counts.items()}
        # The long forms of the course's abbreviations, as words, for a loose saying of one.
        self._long_forms = sorted({tuple(singular(w) for w in re.findall(r"[a-z][a-z-]*", long))
                                   for long in self._glossary.expansions.values()},
                                  key=lambda f: (-len(f), f))
        self._long_forms = [f for f in self._long_forms if len(f) > 1]
        self._embedder = embedder
        self._vectors = (embedder.encode([self._glossary.expand(i.title) for i in items])
                         if embedder else None)

    def _unclipped(self, phrase: str) -> str:
        """The phrase with words that say one of the course's abbreviations loosely put back
        as its long form ("graph conv nets" -> "graph convolutional network", as "GCN" is
        spelled out; "recurrent nets" -> "recurrent neural network"): two or more words in a
        row, each the start of the long form's word in turn ("neural" may go unsaid: "nets"
        are neural networks)."""
        words = phrase.split()
        said = [singular(w) for w in words]  # once per word, not once per long form tried
        out: list[str] = []
        i = 0
        while i < len(words):
            for long_form in self._long_forms:
                n = _loosely_says(said, i, long_form)
                if n:
                    out.append(" ".join(long_form))
                    i += n
                    break
            else:
                out.append(words[i])
                i += 1
        return " ".join(out)

    def _content_words(self, text: str) -> list[str]:
        return self._glossary.content_words(text, self._stopwords)

    def _spelled_out(self, word: str) -> set[str]:
        """The long form of an abbreviation ("norm" -> {"normalisation"}); the word itself if
        none, so that a plain word counts as named only when the title has it."""
        return (set(self._content_words(word)) - {word}) or {word}

    def companions(self, item_id: str, kind: str, weeks_apart: int = 1) -> list[TopicItem]:
        """The items of `kind` whose title words all appear in this item's title, within
        `weeks_apart` weeks of it, nearest first: the tutorial that goes with a lecture
        ("GCNs" with "GNNs, GCNs"; "attention" with "Attention & Transformer basics"), so a
        topic the course names one way finds the session it titles another."""
        at = next((i for i, item in enumerate(self.items) if item.id == item_id), None)
        if at is None:
            return []
        return self._related(item_id, kind, weeks_apart, within=True)

    def covering(self, item_id: str, kind: str, weeks_apart: int = 1) -> list[TopicItem]:
        """The items of `kind` whose titles hold all of this item's title words, within
        `weeks_apart` weeks, nearest first: the lectures a tutorial goes with ("recurrent
        networks" with "RNN basics" and "RNN applications")."""
        return self._related(item_id, kind, weeks_apart, within=False)

    def goes_with(self, item_id: str, kind: str) -> list[TopicItem]:
        """The items of `kind` of the same week that go with this one either way: the
        tutorial "attention" with the lecture "Attention & Transformer basics", the lectures
        "RNN basics" and "RNN applications" with the tutorial "recurrent networks"."""
        found = {i.id: i for i in [*self.companions(item_id, kind, weeks_apart=0),
                                   *self.covering(item_id, kind, weeks_apart=0)]}
        return list(found.values())

    def tutorials_of_named(self, matches: Iterable[TopicMatch]) -> list[TopicMatch]:
        """The tutorials that go with the lectures among `matches` whose titles name the
        topic, each as its lecture's match, in the lectures' order; not a tutorial's other
        lectures ("VAEs, GANs" is no GAN lecture for a question about VAEs)."""
        found = {item.id: TopicMatch(item, m.score) for m in matches
                 if m.named and m.item.kind == "lecture"
                 for item in self.goes_with(m.item.id, "tutorial")}
        return list(found.values())

    def _related(self, item_id: str, kind: str, weeks_apart: int,
                 within: bool) -> list[TopicItem]:
        # (by the titles' own words: a compound closed up for search, "recurrentnetworks",
        # is in no other title)
        words = self._title_words
        at = next((i for i, item in enumerate(self.items) if item.id == item_id), None)
        if at is None or not words[at]:
            return []
        own, week = words[at], self.items[at].week
        found = [(abs(item.week - week), item) for i, item in enumerate(self.items)
                 if item.kind == kind and i != at and words[i]
                 and (words[i] <= own if within else own <= words[i])
                 and abs(item.week - week) <= weeks_apart]
        return [item for _, item in sorted(found, key=lambda f: (f[0], f[1].id))]

    def search_each(self, phrase: str, limit: int = 5) -> list[TopicMatch]:
        """Topics joined in one phrase ("batch norm and GANs", "VAEs, transformers"): the
        titles each names, together, best first; [] unless there are several and each names
        a title (else the phrase is one topic: "Attention & Transformer basics")."""
        sides = [s for s in _JOINED.split(phrase) if self._content_words(s)]
        if len(sides) < 2:
            return []
        reads = [self._read(s) for s in sides]
        if self._embedder is not None and 1 < len(texts := self._to_embed(reads)) <= SMALL:
            # The sides the model reads, in one forward pass (the embedder keeps them), not
            # one pass each: a pass's fixed cost is most of a short text's.
            self._embedder.encode(texts)
        found = [self._search(r, limit=limit) for r in reads]
        if not all(f and f[0].named and f[0].score >= MATCH_THRESHOLD for f in found):
            return []
        best: dict[str, TopicMatch] = {}
        for f in found:
            for m in f:
                if m.score >= f[0].score - 0.05 and (
                        m.item.id not in best or best[m.item.id].score < m.score):
                    best[m.item.id] = m
        return sorted(best.values(), key=self._rank)

    def search(self, phrase: str, kinds: set[str] | None = None, limit: int = 5,
               vector: np.ndarray | None = None) -> list[TopicMatch]:
        """Lectures, tutorials and readings the phrase names, best first. `vector` is the
        question's embedding when the caller has one (the notes are searched with it too):
        then the model reads each question once; without it, the phrase is encoded."""
        read = self._read(phrase)
        return self._search(read, kinds, limit, vector) if read.words else []

    def texts_each(self, phrase: str) -> list[str]:
        """The texts `search_each(phrase)` gives the model (each side it reads by meaning):
        for a caller that computes them in a forward pass it makes anyway."""
        sides = [s for s in _JOINED.split(phrase) if self._content_words(s)]
        return self._to_embed([self._read(s) for s in sides]) if len(sides) > 1 else []

    def _read(self, phrase: str) -> _Read:
        """A phrase's words as the titles are matched with them, and its lexical scores.
        A phrase the course's vocabulary gives for a topic is read in the titles' words
        ("sequence models" as "recurrent")."""
        phrase = self._unclipped(self._read_topics(_without_carrier_verbs(phrase.lower())))
        words = self._content_words(phrase)
        # "batch norm" is "BatchNorm": a pair of the asked words one title closes up
        pairs = _pairs(phrase) if words else []
        return _Read(phrase, words, pairs, self._lexical(words, pairs) if words else [])

    def _to_embed(self, reads: list[_Read]) -> list[str]:
        if self._embedder is None or self._vectors is None:
            return []
        return list(dict.fromkeys(self._glossary.expand(r.phrase) for r in reads
                                  if r.words and not r.lexical_whole))

    def _search(self, read: _Read, kinds: set[str] | None = None, limit: int = 5,
                vector: np.ndarray | None = None) -> list[TopicMatch]:
        if not read.words:
            # (a side that was only a carrier verb and filler: "can't make tuesday")
            return []
        phrase, pairs, lexical = read.phrase, read.pairs, read.lexical
        asked = [singular(w) for w in re.findall(r"[a-z0-9][a-z0-9-]*", phrase.lower())
                 if w not in self._stopwords]
        # (the model could only reorder near-equals when every word is in a title)
        semantic = (np.zeros(len(self.items)) if read.lexical_whole
                    else self._semantic(phrase, vector))
        matches = []
        spelled: dict[str, set[str]] = {}  # each asked word's long form, read once per search

        def spelled_out(word: str) -> set[str]:
            if word not in spelled:
                spelled[word] = self._spelled_out(word)
            return spelled[word]

        for idx, item in enumerate(self.items):
            if kinds and item.kind not in kinds:
                continue
            score = max(lexical[idx], semantic[idx])
            if score > 0:
                closed = _parts_closed_up(pairs, self._words[idx])
                named = all(w in self._words[idx] or w in closed
                            or spelled_out(w) <= self._words[idx]
                            or (set(w.split("-")) <= closed and "-" in w)
                            for w in asked)
                matches.append(TopicMatch(item, float(score), named))
        matches.sort(key=self._rank)
        return matches[:limit]

    def _rank(self, m: TopicMatch) -> tuple:
        """Best first; equal scores (to rounding) lectures first, in the course's order."""
        return (-round(m.score, SCORE_DECIMALS), m.item.kind != "lecture",
                self._position.get(m.item.id, len(self.items)), m.item.id)

    def _lexical(self, words: list[str], pairs: list[tuple[str, str]] = ()) -> list[float]:
        query = set(words)
        # Unknown words count against a match, so "batch size" does not find BatchNorm.
        # (fsum: exact, so a set's iteration order, which the hash seed sets, cannot tip a
        # tie between titles by one unit of rounding)
        total = math.fsum(self._idf.get(w, UNKNOWN_WORD_WEIGHT) for w in query)
        # (what does not depend on the title, once per query rather than once per title)
        joins = _joins(pairs)
        hyphenated = [(w, set(w.split("-"))) for w in query if "-" in w]
        scores = []
        for item_words in self._words:
            # the hyphenated form of a pair the title closes up is found with its parts
            found = (item_words | _parts_closed_up(pairs, item_words, joins)) if joins \
                else item_words
            if hyphenated:
                found = found | {w for w, parts in hyphenated if parts <= found}
            hit = math.fsum(self._idf.get(w, 0.0) for w in query & found)
            scores.append(hit / total if total else 0.0)
        return scores

    def _semantic(self, phrase: str, query: np.ndarray | None = None) -> np.ndarray:
        if self._embedder is None or self._vectors is None:
            return np.zeros(len(self.items))
        if query is None:
            query = self._embedder.encode([self._glossary.expand(phrase)])[0]
        # Map cosine to [0, 1] around where unrelated titles sit (about 0.15 for MiniLM).
        cos = self._vectors @ query
        return np.clip((cos - 0.15) / 0.55, 0.0, 1.0)


# A word a loose saying may leave out ("recurrent nets": a net is a neural one).
_UNSAID = frozenset({"neural", "artificial", "deep"})


def _loosely_says(said: list[str], start: int, long_form: tuple[str, ...]) -> int:
    """How many words from `start` of `said` (the phrase's words, each singular) say
    `long_form` loosely (each the long word's start, at least 3 letters, or the word itself;
    an unsaid word of _UNSAID skipped), or 0; at least two words said, one of them not whole
    (the long form said whole is matched already)."""
    i, clipped = start, False
    for long_word in long_form:
        word = said[i] if i < len(said) else ""
        if word == long_word or (len(word) >= 3 and long_word.startswith(word)):
            clipped = clipped or word != long_word
            i += 1
        elif long_word not in _UNSAID:
            return 0
    return i - start if i - start >= 2 and clipped else 0


def _without_carrier_verbs(phrase: str) -> str:
    """"making fake images" read as "fake images": the verb says what is done with the
    topic, not which (kept when it is all there is)."""
    kept = [w for w in phrase.split() if w not in TOPIC_CARRIER_VERBS]
    return " ".join(kept) if kept else phrase


# Where one topic ends and another starts: "batch norm and GANs", "VAEs, transformers".
_JOINED = re.compile(r"\s*(?:,|&|\band\b|\bplus\b|\bas well as\b)\s*", re.IGNORECASE)


def _pairs(phrase: str) -> list[tuple[str, str]]:
    """Adjacent words as asked, hyphens split ("batch-norm", "batch norm": batch, norm)."""
    words = [singular(w) for w in re.findall(r"[a-z0-9]+", phrase.lower())]
    return list(zip(words, words[1:], strict=False))


def _joins(pairs: list[tuple[str, str]]) -> list[tuple[str, str, str, str]]:
    """Each asked pair with its words closed up, as written and singular ("batch", "norm",
    "batchnorm", "batchnorm"): what `_parts_closed_up` looks for in each title."""
    return [(a, b, a + b, singular(a + b)) for a, b in pairs]


def _parts_closed_up(pairs: list[tuple[str, str]], title_words: set[str],
                     joins: list[tuple[str, str, str, str]] | None = None) -> set[str]:
    """The asked words that a title holds closed up into one ("batch", "norm" for a title
    with "batchnorm"), however the question spaces or hyphenates them. `joins`: `_joins` of
    `pairs`, if made (a query is set against every title)."""
    return {w for a, b, joined, one in (joins if joins is not None else _joins(pairs))
            if joined in title_words or one in title_words for w in (a, b)}


def _closed_up(title: str) -> set[str]:
    """A title's two-word compounds written as one word ("Batch-norm", "batch norm" ->
    "batchnorm"), as students write them."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    return {a + b for a, b in zip(words, words[1:], strict=False) if len(a) > 2 and len(b) > 2}
