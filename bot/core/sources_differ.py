"""Two sources that disagree, put to the bot ("my calendar app has the quiz on the 12th but the
module website says the 10th, which do I trust?"): the bot states what the page says (the
part's own answer) and hands the discrepancy to the staff, who alone can say which is right.
"""

from __future__ import annotations

import re

# The course page, as students name it.
_PAGE = r"(?:course |module |class |official )?(?:page|website|web ?site|site|webpage|syllabus)"
# A source said to show something.
_SHOWS = (r"(?:says?|said|shows?|showing|shown|lists?|listed|listing|has|have|had|states?|"
          r"stated|gives?|puts?|reads?|displays?|displaying)")
# The page said to show something ("the course page says", "on the website it's").
_PAGE_SHOWS = re.compile(rf"\b{_PAGE}\b[^.?!]{{0,25}}?\b{_SHOWS}\b|\b(?:on|in) the {_PAGE}\b",
                         re.IGNORECASE)
# Which of two sayings holds, or that they disagree.
_WHICH_HOLDS = re.compile(
    r"\bwhich (?:one |date |time |of (?:them|the two|these|those) )?(?:is|'s|s|one is) "
    r"(?:it|right|correct|true|accurate|valid|real|the (?:real|right|correct) one)\b"
    r"|\bwhich (?:one |of (?:them|the two) )?(?:do|should|to|can) (?:i |we )?"
    r"(?:trust|believe|go by|follow|use|go with)\b|\bwho(?:'s| is) right\b"
    r"|\b(?:conflict\w*|discrepanc\w*|inconsisten\w*|mismatch\w*|contradict\w*|"
    r"(?:don'?t|doesn'?t|do not|does not) (?:match|agree)|disagree\w*)\b", re.IGNORECASE)


def sources_differ(message: str) -> bool:
    """The message sets what the course page says against what another source says and asks
    which holds (or says they disagree): the page's words and one other saying, at least."""
    text = " ".join(message.split())
    page = _PAGE_SHOWS.search(text)
    if page is None or _WHICH_HOLDS.search(text) is None:
        return False
    # another source shows something, outside the page's own saying
    rest = text[:page.start()] + " " + text[page.end():]
    return re.search(rf"\b{_SHOWS}\b|\bvs\.?\b|\bversus\b", rest, re.IGNORECASE) is not None
