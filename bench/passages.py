"""Passages that start or end mid-sentence, or cut a formula, code block or table.

    python bench/passages.py [--corpus knowledge] [--index DIR] [--show N]

Reads the corpus as the bot does (or, with --index, the passages stored in an index folder,
e.g. one built by an older version) and checks each passage with rules of its own, not the
chunker's:
- starts mid-sentence: its first word is lower-case or it opens on ",;)" (a list item,
  table row, code fence or display formula is a fine start);
- ends mid-sentence: its last line is prose that does not end with . ! or ?;
- ends on a lead-in: it ends with ":", so what that line introduces is in another passage;
- cuts a formula: an odd number of "$$", or of inline "$" outside them;
- cuts code: an odd number of ``` fences;
- over the model: more word pieces than MiniLM reads (256, with its heading path).
Target: 0 of each.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.core.embedding import bundled_model_dir  # noqa: E402
from bot.knowledge.chunk import MODEL_PIECES, Chunk  # noqa: E402
from bot.knowledge.ingest import ingest  # noqa: E402
from bot.knowledge.pieces import piece_counter  # noqa: E402

_CLOSERS = "*_\"'”’)]"
_BLOCK_START = re.compile(r"^(?:[-*+]\s|\d{1,3}[.)]\s|\||```|~~~|\$\$|>)")


def _strip_open(text: str) -> str:
    return text.lstrip().lstrip("*_\"'“‘([")


def starts_mid_sentence(text: str) -> bool:
    head = text.lstrip()
    if _BLOCK_START.match(head) or re.match(r"\*\*[^*]+\*\*", head):
        return False  # a block, or a sentence that opens on a term in bold ("**tanh** ...")
    first = _strip_open(head)[:1]
    return first.islower() or first in ",;:)"


def _last_line(text: str) -> str:
    lines = [x for x in text.rstrip().splitlines() if x.strip()]
    return lines[-1].strip() if lines else ""


def _ends_block(text: str) -> bool:
    """The passage ends with a whole table, code block, formula or list item."""
    last = _last_line(text)
    t = text.rstrip()
    return (t.endswith(("```", "~~~", "$$")) or last.startswith("|")
            or bool(re.fullmatch(r"!\[[^\]]*\]\([^)]*\)", last))  # an image and caption
            # a list item: a list is split only between its items
            or bool(re.match(r"^(?:[-*+]|\d{1,3}[.)])\s", last)) and last.endswith(
                tuple(".!?;" + _CLOSERS + "$`")))


def ends_on_lead_in(text: str) -> bool:
    return text.rstrip().rstrip(_CLOSERS).endswith(":")


def ends_mid_sentence(text: str) -> bool:
    if _ends_block(text) or ends_on_lead_in(text):
        return False
    return not re.search(r"[.!?][" + re.escape(_CLOSERS) + r"]*$", text.rstrip())


def cuts_formula(text: str) -> bool:
    if text.count("$$") % 2:
        return True
    outside = re.sub(r"\$\$.*?\$\$", " ", text, flags=re.S)
    outside = re.sub(r"```.*?```|`[^`\n]*`|\\\$", " ", outside, flags=re.S)
    return outside.count("$") % 2 == 1


def cuts_code(text: str) -> bool:
    return len(re.findall(r"^\s*```", text, flags=re.M)) % 2 == 1


CHECKS = {
    "starts mid-sentence": starts_mid_sentence,
    "ends mid-sentence": ends_mid_sentence,
    "ends on a lead-in": ends_on_lead_in,
    "cuts a formula": cuts_formula,
    "cuts code": cuts_code,
}


def report(chunks: list[Chunk], pieces) -> dict[str, list[Chunk]]:
    found: dict[str, list[Chunk]] = {name: [] for name in [*CHECKS, "over the model"]}
    for c in chunks:
        for name, check in CHECKS.items():
            if check(c.text):
                found[name].append(c)
        embedded = f"{c.section}: {c.text}" if c.section else c.text
        if pieces(embedded) + 2 > MODEL_PIECES:
            found["over the model"].append(c)
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent
                    / "knowledge")
    ap.add_argument("--index", type=Path, help="check the passages stored in this index")
    ap.add_argument("--skip-section", action="append", default=[],
                    help="leave out sections with this heading (d2l: Exercises)")
    ap.add_argument("--show", type=int, default=0, help="print N examples of each problem")
    args = ap.parse_args()
    pieces = piece_counter(bundled_model_dir())
    if args.index:
        chunks = [Chunk.from_json(json.loads(x)) for x in
                  (args.index / "chunks.jsonl").read_text().splitlines() if x]
    else:
        chunks = ingest(args.corpus, skip_sections=args.skip_section, pieces=pieces).chunks
    found = report(chunks, pieces)
    where = args.index or args.corpus
    print(f"passages: {len(chunks)} from {where}")
    for name, bad in found.items():
        print(f"  {name:<22} {len(bad):>5}  ({len(bad) / max(1, len(chunks)):.1%})")
        for c in bad[:args.show]:
            text = " ".join(c.text.split())
            print(f"      {c.path} | {c.section} | {text[:70]!r} … {text[-70:]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
