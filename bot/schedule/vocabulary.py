"""The course's own words (`vocabulary.yaml` beside `schedule.yaml`), validated like it.

General English and the words of any course ("deadline", "tutorial", "who") are in
`bot/core/lexicon.py`. What students of one course say (the short name of its book, its
submission system, a nickname for an event) and the subject's abbreviations are here, so the
code names no course.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from bot.core.lexicon import CUES
from bot.typed_yaml import FileProblems, Problem, parse_typed, read_text

FILE_NAME = "vocabulary.yaml"
_WORD = re.compile(r"^[a-z0-9][a-z0-9'&%.+-]*$")


class VocabularyError(FileProblems):
    """A vocabulary file that cannot be used; `problems` lists every fault found."""


@dataclass(frozen=True)
class Vocabulary:
    # Words that name the course itself (its title's words, its initials): never read as a
    # topic. Its code counts without being listed.
    course_names: list[str] = field(default_factory=list)
    # More cue words for a concept of the lexicon: {"book": [<the book's short name>],
    # "forum": [<the forum's name>]}.
    cues: dict[str, list[str]] = field(default_factory=dict)
    # Phrases students use for one of the bot's own words: {"problem set": "coursework",
    # "lab session": "tutorial"}, read before anything else.
    aliases: dict[str, str] = field(default_factory=dict)
    # Short forms of the subject's terms, spelled out to match titles and notes:
    # {"fft": "fast fourier transform"}.
    abbreviations: dict[str, str] = field(default_factory=dict)
    # Phrases students use for a topic of the course, in the words its titles use:
    # {"sequence models": "recurrent"}. Read only where a topic is matched to the titles, so
    # that the phrase itself is still what the bot quotes back.
    topics: dict[str, str] = field(default_factory=dict)
    # Words of the subject typos are corrected towards (the titles' and notes' words count
    # without being listed).
    words: list[str] = field(default_factory=list)


def parse_vocabulary(text: str, file: str = FILE_NAME) -> Vocabulary:
    vocabulary, lines = parse_typed(text, Vocabulary, file, VocabularyError)
    problems: list[Problem] = []

    def add(where: str, message: str) -> None:
        problems.append(Problem(file, lines.get(where, 0), where, message))

    def one_word(where: str, word: str, what: str) -> None:
        if not _WORD.match(word.lower()):
            add(where, f"{word!r} is not one lower-case word ({what})")

    for concept, words in vocabulary.cues.items():
        if concept not in CUES:
            add(f"cues.{concept}", f"{concept!r} is not a concept of the lexicon (one of: "
                f"{', '.join(sorted(CUES))})")
        for i, word in enumerate(words):
            one_word(f"cues.{concept}[{i}]", word, "a phrase belongs under aliases")
    for i, word in enumerate(vocabulary.words):
        one_word(f"words[{i}]", word, "list phrases word by word")
    for short in vocabulary.abbreviations:
        one_word(f"abbreviations.{short}", short, "the short form")
    for name, mapping in (("aliases", vocabulary.aliases),
                          ("abbreviations", vocabulary.abbreviations),
                          ("topics", vocabulary.topics)):
        for key, value in mapping.items():
            if not value.strip():
                add(f"{name}.{key}", "may not be empty")
    if problems:
        raise VocabularyError(problems)
    return vocabulary


def load_vocabulary(path: str | Path) -> Vocabulary:
    path = Path(path)
    return parse_vocabulary(read_text(path, VocabularyError), path.name)


def vocabulary_beside(schedule_path: str | Path) -> Path:
    """Where a schedule's vocabulary lives: `vocabulary.yaml` in the same folder."""
    return Path(schedule_path).with_name(FILE_NAME)
