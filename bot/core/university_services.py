"""A university service asked about, a course word beside it or not ("where can i print my
cw3 notebook on campus", "how do i renew a library book for the coursework", "when are
tuition fees due"): printing, the library and fees are the
university's, not the course's. The bot says it knows the course only and points to the
university's services, with no refusal and no course fact that was not asked. Words of
English only: no course fact."""

from __future__ import annotations

import re

# Each service, by the words that ask about it. (Visas and housing are told mostly as the
# writer's situation beside a question of the course, or as a legal matter answered by its
# own rule, so they are not read here.) Printing is a printer's or a place's, not
# code's ("how do i print the loss every epoch" prints to a screen); a library is one of
# books, not of code ("which library for cw2").
_SERVICES: dict[str, re.Pattern[str]] = {
    "printing": re.compile(
        r"\b(?:printers?|printing credits?|print credits?|print shop|photocop\w*)\b"
        r"|\bprint(?:ing)?\b[^.?!]{0,40}\b(?:on campus|in the library|on paper|hard ?cop\w*|"
        r"a4|in colou?r)\b"
        r"|\b(?:where|somewhere) (?:can i|could i|do i|to|can we|do we|should i) "
        r"(?:get (?:\w+ )?)?print\w*\b"),
    "the library": re.compile(
        r"\blibrary (?:books?|cards?|fines?|loans?|opening|hours|account|desk|membership|"
        r"study (?:rooms?|spaces?))\b|\b(?:renew|borrow|return|reserve)\w* (?:a |my |the |some )?"
        r"(?:library )?books? (?:from|at|in|to) the library\b|\brenew\w* (?:a |my |the )?"
        r"(?:library )?books?\b|\bthe library (?:open|close|shut)\w*\b"
        r"|\bwhen (?:does|is) the library (?:open|close|shut)\w*\b"),
    "tuition fees and payments": re.compile(
        r"\b(?:tuition(?: fees?)?|course fees?|(?:pay|paying|paid) (?:my |the )?fees|"
        r"fees? (?:payment|deadline|instal\w*|invoice)|bursar\w*)\b"),
}
# A personal matter told beside the service ("my visa appointment clashes with the tutorial,
# can i get an extension"): the matter is answered as it is.
_OWN_MATTER = re.compile(r"\b(?:extensions?|extend\w*|defer\w*|late|clash\w*|miss\w*|mitigat\w*|"
                         r"excuse\w*|absen\w*|ill|sick|hardship|stress\w*|anxi\w*|deported|"
                         r"expir\w*|refused|rejected)\b")


def university_service(text: str) -> str | None:
    """The university service the (lower-cased) `text` asks about, named as a reply names it
    ("printing"), or None; not when a personal matter is told beside it."""
    low = text.lower().replace("\u2019", "'")
    if _OWN_MATTER.search(low):
        return None
    return next((name for name, asked in _SERVICES.items() if asked.search(low)), None)
