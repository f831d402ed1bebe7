"""Requests the bot declines, written in another language: recognised by the concepts they
join (a parent speaking and a mark; a friend, a hand-in and their place or password; code
changed and a plagiarism check; someone paid to sit a test; a script to overload a service),
each concept a list of cue words by language. The English refusal rules read a message whose
words `request_words` and `inflected` translate; these cues catch what no word-by-word
reading makes a request of (the words of a request are inflected, unspaced or in another
script).

The concepts, their cues in some thirty languages and the rules that join them are data,
`data/refusal_concepts.yaml` (its header gives the cue syntax): a language or a cue is added
there, not here. A rule needs two different cue words; a message that matches none keeps the
"I read English only" reply.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from typing import Any

import yaml

_TABLE = "refusal_concepts.yaml"


def _load() -> dict[str, Any]:
    """The table, checked: every rule names known concepts (a typo in the data would
    otherwise silently disable a rule)."""
    text = resources.files("bot.nlu").joinpath("data", _TABLE).read_text(encoding="utf-8")
    table = yaml.safe_load(text)
    cues = table["concepts"]
    for kind, concepts in table["rules"]:
        if unknown := set(concepts.split()) - cues.keys():
            raise ValueError(f"{_TABLE}: rule {kind!r} names unknown concepts {sorted(unknown)}")
    return table


_DATA = _load()
# concept -> language -> cues ("|"-separated)
CUES: dict[str, dict[str, str]] = _DATA["concepts"]
# A refusal's kind and the concepts that make it, all of them present; the first that holds.
RULES: tuple[tuple[str, frozenset[str]], ...] = tuple(
    (kind, frozenset(concepts.split())) for kind, concepts in _DATA["rules"])

# Cues that read as words of their own (Latin and Cyrillic letters): matched as whole words.
_SPACED = re.compile(r"^[a-z' *-]+$|^[а-яёіїєґ' *-]+$|^[α-ω *-]+$")


def _greek(ch: str) -> bool:
    return "\u0370" <= ch <= "\u03ff"


def _plain(text: str) -> str:
    """Lower case, Latin letters without their accents (as often typed: "contraseña",
    "contrasena"), other scripts as written."""
    text = unicodedata.normalize("NFKC", text).lower().replace("\u2019", "'")
    text = text.replace("ł", "l").replace("ı", "i").replace("đ", "d").replace("ß", "ss")
    text = text.replace("ς", "σ")  # (Greek's final sigma: one stem whatever ends it)
    out: list[str] = []
    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and out and (out[-1].isascii() or _greek(out[-1])):
            continue  # (an accent on a Latin or Greek letter; Devanagari's vowel signs stay)
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _pattern(cue: str) -> str:
    if not _SPACED.match(cue):
        return re.escape(cue)
    stem = cue.endswith("*")
    body = r"\s+".join(re.escape(w) for w in cue.rstrip("*").split())
    return rf"(?<!\w){body}" + (r"\w*" if stem else r"(?!\w)")


@functools.cache
def _concepts() -> dict[str, re.Pattern[str]]:
    return {concept: re.compile("|".join(_pattern(c) for cues in by_language.values()
                                         for c in cues.split("|")))
            for concept, by_language in CUES.items()}


def concepts_in(message: str) -> dict[str, str]:
    """Each concept `message` names, with the cue that named it."""
    text = _plain(message)
    return {name: m.group() for name, p in _concepts().items() if (m := p.search(text))}


# Saying who one is names the staff word right after it ("soy el profesor", "أنا الدكتور"):
# "soy estudiante, ¿el profesor puede ...?" claims to be no one on the staff.
CLAIM_GAP = 8


def _claims_staff(message: str) -> bool:
    text = _plain(message)
    staff = [m.start() for m in _concepts()["staff"].finditer(text)]
    return any(0 <= s - m.end() <= CLAIM_GAP for m in _concepts()["i_am"].finditer(text)
               for s in staff)


def refusal(message: str) -> str | None:
    """The refusal kind of a request in another language that its concepts make (`RULES`),
    else None. Two different words at least must be cues: one word alone makes no request."""
    found = concepts_in(message)
    for kind, needed in RULES:
        if needed <= found.keys() and len({found[c] for c in needed}) >= 2:
            if "i_am" in needed and not _claims_staff(message):
                continue
            return kind
    return None
