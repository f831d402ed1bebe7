"""How many replies open with Yes or No, and how many of those contradict their own listing.

Reads the bot's JSON replies to a set of dev messages (the `bot ask --batch --json` output,
one file per set, beside the inputs that give each message's `now` and `tz`) and, for every
reply that opens with a Yes or a No, takes the question's premises (weekday, date, part of
the day, clock time with its zone, person: `bot/core/premises.py`, the bot's own check) and
compares them with the events the reply lists:

- a Yes contradicts its listing when a premise fails for every event of what was asked;
- a plain "No:" contradicts it when every premise holds for one of them (a No for another
  reason, a topic or a window, may still be right: these are printed for reading);
- a Yes whose premises cannot be checked against the listing (nothing timed listed) is
  counted (the bot drops such a lead).

    .venv/bin/python bench/yesno_leads.py OUT_DIR [IN_DIR] [--show]

OUT_DIR holds <set>.jsonl replies (e.g. /work/devtools/out/start), IN_DIR the inputs
(default /work/devtools/dev)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.cli.common import make_context  # noqa: E402
from bot.core.course import CourseView, Reader  # noqa: E402
from bot.core.premises import failed, premises_of, subject  # noqa: E402
from bot.schedule.loader import load_schedule  # noqa: E402
from bot.schedule.model import Event  # noqa: E402

_YES = re.compile(r"^Yes\b")
_NO = re.compile(r"^No\b")


def _event(d: dict) -> Event:
    start = datetime.fromisoformat(d["start"]) if d.get("start") else None
    end = datetime.fromisoformat(d["end"]) if d.get("end") else None
    return Event(d["id"], d["kind"], d["title"], start, end, d.get("week"), tuple(d["staff"]),
                 d.get("location"))


def tally(out_dir: Path, in_dir: Path, show: bool) -> dict[str, int]:
    view = CourseView(load_schedule(ROOT / "schedule.yaml"))
    counts = dict.fromkeys(("replies", "yes", "no", "with_premises", "yes_contradicts",
                            "no_contradicts", "unchecked"), 0)
    for out in sorted(out_dir.glob("*.jsonl")):
        inputs = in_dir / out.name
        if not inputs.exists():
            continue
        for line, asked in zip(out.open(), inputs.open(), strict=False):
            r, a = json.loads(line), json.loads(asked)
            counts["replies"] += 1
            text = r["text"]
            yes, no = bool(_YES.match(text)), bool(_NO.match(text))
            if not (yes or no):
                continue
            counts["yes" if yes else "no"] += 1
            ctx = make_context(a.get("now"), a.get("tz"), view.tz, datetime.now(view.tz))
            reader = Reader(ctx.now, ctx.tz)
            q = view.understander.parse(r["question"], ctx.now, ctx.tz)
            p = premises_of(q, q.text, q.raw, view, reader)
            if not p.said:
                continue
            counts["with_premises"] += 1
            listed = [_event(e) for e in r["events"]]
            verdict = failed(p, subject(q, listed, view), reader, listed)
            key = ("unchecked" if verdict is None and yes
                   else "yes_contradicts" if yes and isinstance(verdict, str)
                   else "no_contradicts" if no and verdict is True and text.startswith("No:")
                   else "")
            if key:
                counts[key] += 1
                if show:
                    print(f"--- [{out.stem}] {key}: {r['question']}\n{text[:300]}\n")
    return counts


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("in_dir", type=Path, nargs="?", default=Path("/work/devtools/dev"))
    ap.add_argument("--show", action="store_true", help="print each contradiction")
    args = ap.parse_args()
    for key, n in tally(args.out_dir, args.in_dir, args.show).items():
        print(f"{key:>16}: {n}")


if __name__ == "__main__":
    main()
