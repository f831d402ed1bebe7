"""Parts of one series of items: "Introduction to X I" and "... II", "Y part 1" and "part 2".
A question matching one part matches them all: the parts share every word but the marker,
so which one scores higher says nothing of which one is meant."""
from __future__ import annotations

import re

_ASIDE = re.compile(r"\([^)]*\)|\[[^]]*\]")
# A part marker ending a title: a roman or arabic numeral, or "part 2", "pt. II", "vol 1".
_PART = re.compile(r"\s*[-:,]?\s*((?:part|pt\.?|vol\.?|volume)\s*)?(?:[ivx]{1,4}|\d{1,2})$")


def series_stem(title: str) -> str | None:
    """The title without its part marker (lowercased), or None when it has none or too
    little is left to name a series."""
    bare = _ASIDE.sub(" ", title).strip().lower()
    m = _PART.search(bare)
    stem = bare[:m.start()].strip() if m else bare
    # ("Lecture 3" is no part of a series "lecture"; "Intro part 2" is one of "intro")
    if m is None or not stem or (len(stem.split()) < 2 and not m.group(1)):
        return None
    return stem
