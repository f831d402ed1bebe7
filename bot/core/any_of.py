"""One scan for "does any of these patterns match", before searching each in turn.

Many readers try a list of patterns one by one (the named days, the staff's names, the
kinds of reminder) and most messages hold none of them: a pattern per item is a search per
item for every message. Their alternation finds a match exactly where one of them would
(each alternative is tried at every position), so when it finds none the loop is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# A group referred to by number or name would point at another group once joined.
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def any_of(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str]:
    """A pattern that matches a text if and only if one of `patterns` does (which must
    share their flags and refer to no group); for a list of none, one that never does."""
    patterns = list(patterns)
    flags = {p.flags for p in patterns}
    if len(flags) > 1:
        raise ValueError(f"patterns with different flags cannot be joined: {flags}")
    for p in patterns:
        if _BACKREFERENCE.search(p.pattern):
            raise ValueError(f"a pattern referring to a group cannot be joined: {p.pattern}")
    if not patterns:
        return re.compile(r"(?!)")
    # (named groups dropped: two alternatives may name the same group)
    joined = "|".join(f"(?:{re.sub(r'[(][?]P<[A-Za-z_][A-Za-z0-9_]*>', '(?:', p.pattern)})"
                      for p in patterns)
    return re.compile(joined, flags.pop())
