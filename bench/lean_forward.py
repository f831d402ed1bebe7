"""The lean MiniLM forward (bot/core/lean_bert.py) against the library's, on every passage
and heading of the index and every labelled question:

    python bench/lean_forward.py [--index data/index]

Prints the worst cosine and largest coordinate difference of the embeddings `Embedder`
computes for one text (the lean pass) and a few texts packed into one pass, against
`SentenceTransformer.encode` (the library's pass, which built the index) and the stored
index vectors.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.core.embedding import Embedder  # noqa: E402
from bot.core.lean_bert import LeanBert  # noqa: E402
from bot.knowledge.chunk import Chunk  # noqa: E402
from bot.knowledge.index import heading_of  # noqa: E402


def compare(name: str, ours: np.ndarray, theirs: np.ndarray) -> None:
    cosine = (ours * theirs).sum(axis=1) / (
        np.linalg.norm(ours, axis=1) * np.linalg.norm(theirs, axis=1))
    print(f"{name}: {len(ours)} texts, worst cosine {cosine.min():.8f}, "
          f"largest difference {np.abs(ours - theirs).max():.2e}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index", type=Path, default=ROOT / "data" / "index")
    args = parser.parse_args()
    embedder = Embedder()
    assert isinstance(embedder._direct[1], LeanBert), "the lean forward is not in use"
    chunks = [Chunk.from_json(json.loads(line)) for line in
              (args.index / "chunks.jsonl").read_text().splitlines() if line]
    questions = [json.loads(line)["question"] for f in sorted(
        (ROOT / "bench" / "data").glob("content_*.jsonl"))
        for line in f.read_text().splitlines() if line.strip()]
    sets = {"passages": [c.embed_text for c in chunks],
            "headings": [heading_of(c) for c in chunks], "questions": questions}
    for name, texts in sets.items():
        library = embedder._encode(texts)  # more than SMALL texts: the library's encode
        alone = np.stack([embedder._encode_one(t) for t in texts])
        packed = np.concatenate([embedder._encode_few(texts[i:i + 3])
                                 for i in range(0, len(texts), 3)])
        compare(f"{name}, lean, one text a pass", alone, library)
        compare(f"{name}, lean, three texts a pass", packed, library)
    compare("passages, library now vs stored index", embedder._encode(sets["passages"]),
            np.load(args.index / "vectors.npy"))
    compare("passages, lean vs stored index",
            np.stack([embedder._encode_one(t) for t in sets["passages"]]),
            np.load(args.index / "vectors.npy"))


if __name__ == "__main__":
    main()
