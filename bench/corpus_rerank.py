"""A cross-encoder trained on questions generated from a corpus itself, reranking the
hybrid's first files (measured on the d2l benchmark; not shipped).

    python bench/corpus_rerank.py train --corpus ../shared/corpora/d2l --out DIR \
        [--cache DIR] [--layers 2] [--epochs 1] [--max-queries 2500]
    python bench/corpus_rerank.py eval --corpus ../shared/corpora/d2l \
        --queries ../shared/eval/d2l_exercises_dev.jsonl --model DIR [--cache DIR] \
        [--k 5 10 20] [--json]

`train` never reads a labelled question. It makes questions from the corpus: a section's
heading, a section's first sentence and a sentence drawn from each passage. For each, the
positive is the hybrid's best passage of the question's own file (never the passage the
sentence was taken from, which holds it word for word: an unseen question does not), and
the negatives are the best passages of the first other files the hybrid ranks: the files it
confuses. The model is the shipped MiniLM cut to its first `--layers` layers with a
one-logit head (bot/knowledge/rerank.py), fine-tuned with binary cross-entropy, and saved
with its manifest to --out: a directory outside the repository, since it is built from the
corpus's text (d2l is CC BY-SA) and is never committed.

`eval` ranks files as the bot does (the hybrid's passage order), scores the best passage of
each of the first k files with the cross-encoder, and reorders those k files by the file's
hybrid score plus w x the logit; w is chosen by cross-validation over the labelled
questions (two folds even/odd, four seeded folds; w = 0 is in the grid), which is the only
thing the labelled questions choose. It prints the held-out figures, the cross-encoder
alone, and the time the reranking adds per question (p50/p99, on the threads given).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from retrieval import cross_validated, metrics  # noqa: E402

from bot.core.embedding import Embedder, sha256_of  # noqa: E402
from bot.knowledge import rerank as R  # noqa: E402
from bot.knowledge import rerank_train as T  # noqa: E402
from bot.knowledge.chunk import clean_markup  # noqa: E402
from bot.knowledge.index import KnowledgeIndex, _scaled, fuse  # noqa: E402
from bot.knowledge.ingest import ingest  # noqa: E402
from bot.knowledge.pieces import piece_counter  # noqa: E402
from bot.knowledge.units import sentences  # noqa: E402

SEED = T.SEED
# Hard negatives per generated question: the best passage of each of the first few other
# files the hybrid ranks for it.
NEGATIVES = 3
# A drawn sentence must say something: between these many words, and no code or display math.
MIN_WORDS, MAX_WORDS = 8, 45
# Input length in word pieces: the exercises run to 60-100 pieces, a passage's opening
# (heading path and first sentences) says what it is about.
MAX_LENGTH = 192


def passage_text(index: KnowledgeIndex, i: int) -> str:
    """What the cross-encoder reads of passage i: its heading path and its text, markup
    dropped."""
    return clean_markup(index.chunks[i].embed_text)


def open_corpus(corpus: Path, cache: Path | None, embedder: Embedder) -> KnowledgeIndex:
    """The corpus's index, its "Exercises" sections left out (as bench/retrieval.py does),
    embeddings reused from --cache."""
    chunks = ingest(corpus, skip_sections=["Exercises"],
                    pieces=piece_counter(embedder.model_dir)).chunks
    folder = cache or Path(tempfile.mkdtemp(prefix="corpus-rerank-"))
    try:
        cached = KnowledgeIndex.load(folder, None).embedding_cache()
    except Exception:  # noqa: BLE001 - no usable cache: embed everything
        cached = {}
    index = KnowledgeIndex.build(chunks, embedder, cache=cached)
    if cache:
        index.save(folder, "bench", "bench")
    return index


def hybrid(index: KnowledgeIndex, query: str, vector: np.ndarray) -> np.ndarray:
    dense, heading = index.dense_scores(vector)
    return fuse(_scaled(index.raw_lexical_scores(query)), dense, heading)


def first_files(index: KnowledgeIndex, fused: np.ndarray, k: int,
                skip: frozenset[int] = frozenset()) -> list[tuple[str, int, float]]:
    """The first k files in the hybrid's passage order: (path, its best passage, that
    passage's fused score); overview passages and `skip` left out."""
    out: dict[str, tuple[int, float]] = {}
    for j in np.argsort(-fused)[:400]:
        chunk = index.chunks[int(j)]
        if chunk.is_overview or int(j) in skip or chunk.path in out:
            continue
        out[chunk.path] = (int(j), float(fused[j]))
        if len(out) == k:
            break
    return [(p, j, s) for p, (j, s) in out.items()]


def generated_questions(index: KnowledgeIndex, rng: np.random.Generator
                        ) -> list[tuple[str, str, frozenset[int]]]:
    """(question, its file, passages it must not be matched to): each section's heading
    (its own passages left out), each section's first sentence and one sentence drawn from
    every passage (that passage left out)."""
    out = []
    by_section: dict[tuple[str, str], list[int]] = {}
    for i, c in enumerate(index.chunks):
        if not c.is_overview:
            by_section.setdefault((c.path, c.section), []).append(i)
    for (path, section), members in by_section.items():
        heading = section.rsplit(" > ", 1)[-1].strip()
        if len(heading.split()) >= 2:
            out.append((heading, path, frozenset(members)))
        for n, i in enumerate(members):
            said = [s for s in sentences(" ".join(clean_markup(index.chunks[i].text).split()))
                    if MIN_WORDS <= len(s.split()) <= MAX_WORDS and "$" not in s
                    and "`" not in s and "def " not in s and "=" not in s]
            if not said:
                continue
            if n == 0:
                out.append((said[0], path, frozenset({i})))
            if len(said) > 1 or n > 0:
                pick = said[int(rng.integers(1 if n == 0 else 0, len(said)))] \
                    if len(said) > 1 else said[0]
                out.append((pick, path, frozenset({i})))
    return out


def training_pairs(index: KnowledgeIndex, embedder: Embedder, limit: int
                   ) -> list[T.Pair]:
    rng = np.random.default_rng(SEED)
    made = generated_questions(index, rng)
    if len(made) > limit:
        made = [made[i] for i in sorted(rng.permutation(len(made))[:limit])]
    vectors = embedder.encode([q for q, _, _ in made])
    pairs: list[T.Pair] = []
    for (question, path, skip), vector in zip(made, vectors, strict=True):
        files = first_files(index, hybrid(index, question, vector), 30, skip)
        own = [j for p, j, _ in files if p == path]
        if not own:
            continue  # the hybrid does not find the file at all: no hard positive to learn
        others = [j for p, j, _ in files if p != path][:NEGATIVES]
        group = f"generated:{path}:{question}"
        pairs.append(T.Pair(question, passage_text(index, own[0]), 1.0, group))
        pairs.extend(T.Pair(question, passage_text(index, j), 0.0, group) for j in others)
    return pairs


def train_command(args: argparse.Namespace) -> int:
    import torch

    torch.set_num_threads(args.threads)
    embedder = Embedder()
    index = open_corpus(args.corpus, args.cache, embedder)
    started = time.perf_counter()
    pairs = training_pairs(index, embedder, args.max_queries)
    made_s = time.perf_counter() - started
    print(f"{len(pairs)} pairs ({sum(p.label for p in pairs):.0f} questions) made in "
          f"{made_s:.0f} s", flush=True)
    started = time.perf_counter()
    last = [0.0]

    def progress(done: int, steps: int) -> None:
        if time.perf_counter() - last[0] > 30:
            last[0] = time.perf_counter()
            print(f"  step {done}/{steps}, {last[0] - started:.0f} s", flush=True)

    network = T.train(pairs, embedder.model_dir, layers=args.layers, epochs=args.epochs,
                      rate=args.rate, max_length=args.train_length, progress=progress,
                      threads=args.threads)
    torch.set_num_threads(args.threads)
    train_s = time.perf_counter() - started
    digest = R.save(network, args.out, {
        "layers": args.layers, "max_length": MAX_LENGTH,
        "base_sha256": sha256_of(embedder.model_dir / "model.safetensors"),
        "training": {"corpus": str(args.corpus), "pairs": len(pairs), "epochs": args.epochs,
                     "rate": args.rate, "train_length": args.train_length,
                     "seconds": round(train_s)}})
    print(f"trained in {train_s:.0f} s; {args.out / R.MODEL_FILE} sha256 {digest[:12]}")
    return 0


def score(model: R.Reranker, question: str, texts: list[str]) -> np.ndarray:
    """The cross-encoder's logits, on the threads torch is set to (Reranker.scores pins
    one)."""
    import torch

    batch = model.tokenizer([question] * len(texts), texts, padding=True,
                            truncation="longest_first", max_length=model.max_length,
                            return_tensors="pt")
    with torch.inference_mode():
        return model.network(**batch).logits[:, 0].float().numpy()


def eval_command(args: argparse.Namespace) -> int:
    import torch

    embedder = Embedder()
    index = open_corpus(args.corpus, args.cache, embedder)
    model = R.Reranker.load(args.model, embedder.model_dir,
                            sha256_of(embedder.model_dir / "model.safetensors"))
    rows = [json.loads(x) for x in args.queries.read_text().splitlines() if x.strip()]
    relevant = [set(r["relevant"]) for r in rows]
    deepest = max(args.k)
    if args.max_length:
        model.max_length = args.max_length
    firsts, logits = [], []
    wall: dict[int, list[float]] = {k: [] for k in args.k}
    cpu: dict[int, list[float]] = {k: [] for k in args.k}
    torch.set_num_threads(args.threads)  # time the reranking on the threads given
    for n_row, r in enumerate(rows):
        fused = hybrid(index, r["query"], index.query_vector(r["query"]))
        files = first_files(index, fused, 300)
        question = clean_markup(r["query"])
        texts = [passage_text(index, j) for _, j, _ in files[:deepest]]
        logits.append(score(model, question, texts))
        firsts.append(files)
        for k in args.k if n_row < args.timed else ():  # the cost of the first k files
            t0, c0 = time.perf_counter(), time.process_time()
            score(model, question, texts[:k])
            wall[k].append((time.perf_counter() - t0) * 1000)
            cpu[k].append((time.process_time() - c0) * 1000)
    if args.dump:
        args.dump.write_text(json.dumps({"files": [[f[:3] for f in fs[:50]] for fs in firsts],
                                         "logits": [v.tolist() for v in logits]}))

    def ranked(i: int, p: tuple[int, float, float]) -> list[str]:
        """The first k files reordered by hybrid + w x logit, when the first two files'
        scores are within `gap` (else the hybrid's order stands, and nothing is scored)."""
        k, w, gap = p
        files = firsts[i]
        if files[0][2] - files[1][2] >= gap:
            return [f[0] for f in files]
        head = sorted(range(k), key=lambda n: -(files[n][2] + w * logits[i][n]))
        return [files[n][0] for n in head] + [f[0] for f in files[k:]]

    n = len(rows)
    perm = np.random.default_rng(2).permutation(n)
    fold_sets = {"2-fold": [list(range(0, n, 2)), list(range(1, n, 2))],
                 "4-fold": [sorted(perm[j::4].tolist()) for j in range(4)],
                 "4-fold seed 3": [sorted(np.random.default_rng(3).permutation(n)[j::4]
                                          .tolist()) for j in range(4)]}
    weights = [0.0, 0.002, 0.005, 0.01, 0.02, 0.03, 0.05, 0.08, 0.12, 0.2, 0.5, 1.0]
    gaps = [np.inf, 0.05, 0.02, 0.01]
    out: dict[str, object] = {"queries": n,
                              "shipped": metrics([[f[0] for f in fs] for fs in firsts],
                                                 relevant)}
    for k in args.k:
        out[f"k={k} cross-encoder alone"] = metrics(
            [ranked(i, (k, 1e3, np.inf)) for i in range(n)], relevant)
        for name, folds in fold_sets.items():
            m, chosen = cross_validated(ranked, [(k, w, np.inf) for w in weights], relevant,
                                        folds)
            out[f"k={k} fused, {name}"] = (m, [w for _, w, _ in chosen])
            m, chosen = cross_validated(ranked, [(k, w, g) for w in weights for g in gaps],
                                        relevant, folds)
            out[f"k={k} fused when close, {name}"] = (m, [(w, g) for _, w, g in chosen])
        out[f"k={k} in-sample best w"] = max(
            ((w, metrics([ranked(i, (k, w, np.inf)) for i in range(n)], relevant))
             for w in weights), key=lambda t: t[1]["MRR@10"])
    for g in gaps:
        out[f"share reranked at gap {g}"] = round(float(np.mean(
            [fs[0][2] - fs[1][2] < g for fs in firsts])), 3)
    for k in args.k:
        for name, times in (("wall", wall[k]), ("cpu", cpu[k])):
            times.sort()
            out[f"k={k} added {name} ms"] = {
                "p50": round(statistics.median(times), 1),
                "p99": round(times[min(len(times) - 1, int(round(0.99 * len(times))) - 1)], 1),
                "timed": len(times), "threads": args.threads}
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    for name, value in out.items():
        print(f"{name}: {value}")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    tr = sub.add_parser("train")
    tr.add_argument("--corpus", type=Path, required=True)
    tr.add_argument("--out", type=Path, required=True)
    tr.add_argument("--cache", type=Path)
    tr.add_argument("--layers", type=int, default=2)
    tr.add_argument("--epochs", type=int, default=1)
    tr.add_argument("--rate", type=float, default=1e-4)
    tr.add_argument("--max-queries", type=int, default=2500)
    tr.add_argument("--threads", type=int, default=2)
    tr.add_argument("--train-length", type=int, default=128,
                    help="word pieces read while training (the questions made are short)")
    ev = sub.add_parser("eval")
    ev.add_argument("--corpus", type=Path, required=True)
    ev.add_argument("--queries", type=Path, required=True)
    ev.add_argument("--model", type=Path, required=True)
    ev.add_argument("--cache", type=Path)
    ev.add_argument("--k", type=int, nargs="+", default=[5, 10, 20])
    ev.add_argument("--threads", type=int, default=2)
    ev.add_argument("--json", action="store_true")
    ev.add_argument("--timed", type=int, default=184, help="questions timed (the first n)")
    ev.add_argument("--max-length", type=int, help="word pieces read (default: the model's)")
    ev.add_argument("--dump", type=Path, help="write the first files and logits here")
    args = ap.parse_args()
    if args.command == "train" and args.out.resolve().is_relative_to(ROOT):
        ap.error("--out must be outside the repository: the model is built from the "
                 "corpus's text, which is not ours to commit")
    return train_command(args) if args.command == "train" else eval_command(args)


if __name__ == "__main__":
    sys.exit(main())
