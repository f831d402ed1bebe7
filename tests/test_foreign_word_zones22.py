"""A zone's abbreviation that is also a word of the message's other language ("ist" in
German, "est" in French) is that word, not a zone, unless it stands where a zone is said."""

import pytest

from bot.core.text import normalize
from bot.core.zones import find_zone, places_named


@pytest.mark.parametrize("question", [
    "ist das tutorial morgen?",
    "ist die vorlesung heute online",
    "wann ist die abgabe von cw3",
    "die übung ist",
    "est-ce que le tutorial est demain",
    "le quiz est quand",
    "la date limite du cw2 est",
])
def test_the_verb_of_another_language_is_no_zone(question: str) -> None:
    text = normalize(question)
    assert find_zone(text) is None
    assert places_named(text) == []


@pytest.mark.parametrize(("question", "key"), [
    ("ist deadline for cw2", "Asia/Kolkata"),         # English around it: the zone
    ("EST deadline for cw2", "America/New_York"),
    ("when is the quiz, est", "America/New_York"),
    ("wann ist die abgabe in ist", "Asia/Kolkata"),    # said as a zone in a German message
    ("ist die abgabe um 18 uhr ist?", "Asia/Kolkata"),
    ("le quiz est à 15h est?", "America/New_York"),
    ("wann ist die abgabe, ist time", "Asia/Kolkata"),
])
def test_a_zone_said_as_one_is_kept(question: str, key: str) -> None:
    found = find_zone(normalize(question))
    assert found is not None and found[0].key == key  # type: ignore[attr-defined]


def test_a_zone_said_as_one_is_still_named_among_places() -> None:
    assert [z.key for z in places_named(normalize("wann ist die abgabe in ist"))] \
        == ["Asia/Kolkata"]  # type: ignore[attr-defined]
