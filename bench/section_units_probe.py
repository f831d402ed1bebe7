"""The first sections found for each labelled question the section choice decides, with the
signals a rule could weigh (round 25): adapted and own fused scores, heading cosine, the
composer's best unit, the adapted cosine of the section's best and lead units, the share of
the question's words its heading path names (round 30). `section_rules_cv.py` scores rules
on it by rotation. Written as
JSON for scoring choice rules offline (with the shipped adapter: in-sample on the sets it
was trained on).

    python bench/section_units_probe.py [--index DIR] [--out FILE.json] [--labelled ...]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import content_calibration as CC  # noqa: E402

from bot.core.assistant import Assistant  # noqa: E402
from bot.core.embedding import Embedder  # noqa: E402
from bot.core.handlers import notes  # noqa: E402
from bot.knowledge.base import open_index  # noqa: E402
from bot.knowledge.compose import asked_words, heading_names, section_fit  # noqa: E402
from bot.knowledge.index import stem_words  # noqa: E402
from bot.schedule import load_schedule  # noqa: E402

CANDIDATES = 6


def note_rank(knowledge, chunk) -> int:
    """How many sections of the same note come before the chunk's section."""
    here = knowledge.position(chunk)
    return len({c.section for c in knowledge.chunks[:here]
                if c.path == chunk.path and c.section != chunk.section})


def stems(text: str) -> set[str]:
    return set(stem_words(text))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--labelled", type=Path, action="append")
    ap.add_argument("--index", type=Path)
    ap.add_argument("--out", type=Path, default=Path("section_units_probe.json"))
    args = ap.parse_args()
    files = args.labelled or sorted((ROOT / "bench/data").glob("content_*.jsonl"))
    embedder = Embedder()
    index, _ = open_index(ROOT / "knowledge", args.index or Path(tempfile.mkdtemp()), embedder)
    schedule = load_schedule(ROOT / "schedule.yaml")
    view = Assistant(lambda: schedule, embedder, index).view()
    recorded: list[dict] = []
    original = notes._best_section

    def record(text, vector, hits, view, kind, own_work=False):
        moved = view.knowledge.searched_vector(vector)
        rows = []
        distinct = asked_words(text)
        for hit in notes._section_hits(hits, CANDIDATES)[:CANDIDATES]:
            section = view.knowledge.section(hit.chunk)
            unit, fits = section_fit(text, vector, section, kind)
            cosines = [float(v @ moved) for _, _, v in section]
            rows.append(dict(path=CC._base(hit.chunk.path),
                             sec=hit.chunk.section.rsplit(" > ", 1)[-1], score=hit.score,
                             own=hit.own_score, heading=hit.heading, unit=unit, fits=fits,
                             maxcosa=max(cosines), leada=cosines[0],
                             overview=hit.chunk.is_overview, title=hit.chunk.title,
                             heading_text=hit.chunk.section, tutorial=bool(hit.chunk.tutorial),
                             named=heading_names(text, hit.chunk.section),
                             path_named=len(distinct & stems(hit.chunk.section))
                             / max(1, len(distinct)),
                             rank=note_rank(view.knowledge, hit.chunk),
                             maxcos=max(float(v @ vector) for _, _, v in section),
                             lexd=max(len(distinct & stems(t)) for _, t, _ in section)
                             / max(1, len(distinct))))
        recorded.append(dict(kind=kind, own_work=own_work, rows=rows))
        return original(text, vector, hits, view, kind, own_work)

    notes._best_section = record
    tz = ZoneInfo("Europe/London")
    out = []
    try:
        for path in files:
            for case in (c for c in CC.load([path], None) if c.file):
                recorded.clear()
                notes.composed_answer(view.understander.parse(case.question, CC.NOW, tz), view)
                out.append(dict(set=path.stem, q=case.question, file=CC._base(case.file),
                                section=case.section, also=case.also,
                                rec=recorded[0] if recorded else None))
            print(path.stem, len(out), flush=True)
    finally:
        notes._best_section = original
    args.out.write_text(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
