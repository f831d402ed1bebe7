"""A city named in a message gets the same zone in every process: where the zone database
has an alias beside the canonical key ("Asia/Istanbul", "Europe/Istanbul"), the canonical one
(zone.tab's) is taken, not whichever a set's hash order gives first."""

from __future__ import annotations

import subprocess
import sys

from bot.core import zones


def test_a_city_with_a_canonical_zone_gets_that_zone():
    canonical = {key for _, key in zones._zone_tab()}
    by_city: dict[str, str] = {}
    for key in canonical:
        by_city.setdefault(key.rsplit("/", 1)[1].replace("_", " ").lower(), key)
    names = zones._names()
    wrong = {city: names[city] for city in by_city
             if city in names and names[city] not in canonical and "/" in names[city]}
    assert not wrong, wrong


def test_the_choice_does_not_depend_on_the_hash_seed():
    probe = "from bot.core import zones; n = zones._names(); print(sorted(n.items()))"
    runs = {subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                           env={"PYTHONHASHSEED": seed, "PATH": ""}, check=True).stdout
            for seed in ("1", "2")}
    assert len(runs) == 1
