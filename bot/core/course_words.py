"""The lexicon with one course's own words added: its vocabulary file, its code and title."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.glossary import Glossary, singular
from bot.core.lexicon import CUES, STOPWORDS
from bot.core.text import normalize, tokens
from bot.schedule.model import Schedule


@dataclass(frozen=True)
class CourseWords:
    cues: dict[str, set[str]]  # CUES with the course's words (each only in its own concept)
    stopwords: frozenset[str]  # STOPWORDS with the course's code and names: never a topic
    aliases: tuple[tuple[re.Pattern[str], str], ...]  # applied to normalised questions
    glossary: Glossary
    words: frozenset[str]  # the subject's words, for typo correction
    # students' phrases for a topic, in the titles' words ("sequence models" -> "recurrent")
    topics: tuple[tuple[re.Pattern[str], str], ...] = ()

    @classmethod
    def of(cls, schedule: Schedule) -> CourseWords:
        v = schedule.vocabulary
        cues = {concept: set(words) for concept, words in CUES.items()}
        for concept, words in v.cues.items():
            own = {w.lower() for w in words}
            for other in cues:  # a word the course gives a meaning means only that here
                cues[other] -= own
            cues[concept] |= own
        # The code names the course; the title's words may name topics too ("learning" in
        # "Q-learning"), so only those the vocabulary lists count.
        names = {t for text in (schedule.course.code, *v.course_names)
                 for t in tokens(normalize(text))}
        aliases = []
        # Longer phrases first, so "lab session" is read before "lab".
        for phrase, meaning in sorted(v.aliases.items(), key=lambda kv: -len(kv[0])):
            said = normalize(phrase).strip()
            if said:
                aliases.append((re.compile(rf"\b{re.escape(said)}\b"),
                                f" {normalize(meaning).strip()} "))
        return cls(cues, frozenset(STOPWORDS | names), tuple(aliases),
                   Glossary(v.abbreviations), frozenset(w.lower() for w in v.words),
                   _phrases(v.topics))

    def read_topics(self, text: str) -> str:
        """A topic phrase in the titles' words ("the sequence models one" -> "the recurrent
        one"), by the course's own topic phrases; the text as it was when none is in it."""
        for pattern, meaning in self.topics:
            text = pattern.sub(meaning, text)
        return re.sub(r"\s+", " ", text).strip()

    def read_aliases(self, text: str) -> str:
        """A normalised question in the bot's own words ("pset 2" -> "coursework 2")."""
        for pattern, meaning in self.aliases:
            text = pattern.sub(meaning, text)
        return re.sub(r"\s+", " ", text).strip()


def _phrases(mapping: dict[str, str]) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Patterns for phrases (longer first), each word also in its plural ("fake image" is
    said "fake images"), with what each stands for."""
    found = []
    for phrase, meaning in sorted(mapping.items(), key=lambda kv: -len(kv[0])):
        words = [singular(w) for w in tokens(normalize(phrase))]
        if words:
            said = r"\s+".join(_forms(w) for w in words)
            if len(words) == 2 and any(w.endswith(("ion", "ing")) for w in words):
                # "text generation" said with its verb first: "generate text", "generating text"
                said = rf"(?:{said}|{_forms(words[1])}\s+{_forms(words[0])})"
            found.append((re.compile(rf"\b{said}\b"), f" {normalize(meaning).strip()} "))
    return tuple(found)


def _forms(word: str) -> str:
    """A word of a topic phrase in its plural and, for a noun of an action ("generation",
    "classification"), its verb's forms ("generate", "generating", "generated")."""
    forms = [re.escape(word) + "(?:s|es)?"]
    for end, verb in (("ation", "at"), ("ion", ""), ("ing", "")):
        if word.endswith(end) and len(word) - len(end) >= 4:
            forms.append(re.escape(word[:-len(end)] + verb) + "(?:e|es|ed|ing|ion|s)?")
            break
    return forms[0] if len(forms) == 1 else f"(?:{'|'.join(forms)})"
