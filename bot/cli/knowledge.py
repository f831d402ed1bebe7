"""`python -m bot knowledge train-reranker`: fine-tune the cross-encoder that picks the
answering units of the notes, and store it (hash-checked at load)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TextIO

from bot.cli.common import UsageError
from bot.config import Settings
from bot.core.course import CourseView
from bot.core.embedding import Embedder, sha256_of
from bot.core.handlers import notes
from bot.knowledge import rerank as R
from bot.knowledge import rerank_train as T
from bot.knowledge.base import open_index
from bot.knowledge.compose import unit_scores
from bot.knowledge.index import innermost
from bot.schedule.loader import load_schedule

# The sections of a labelled question whose units are its negatives: the first few found.
TRAINING_SECTIONS = 3
_PARSED_AT = datetime(2000, 1, 1, tzinfo=UTC)  # content questions do not depend on "now"


def training_pairs(view: CourseView, cases: list[T.Labelled]) -> list[T.Pair]:
    """Each labelled question's pairs, from the units of the sections the search offers
    it (the first TRAINING_SECTIONS found, and the labelled one), read as the composer
    reads the question (corrected, abbreviations spelled out)."""
    index = view.knowledge
    if index is None:
        raise UsageError("the reranker is trained on the notes' index: no notes found")
    pairs = []
    for case in cases:
        q = view.understander.parse(case.question, _PARSED_AT, view.tz)
        hits, _ = notes.search_notes(q, view)
        text = notes.search_text(q, view)
        vector = notes.question_vector(q, view)
        chunks, seen = [], set()
        for h in hits:
            key = (h.chunk.path, h.chunk.section)
            if key not in seen and len(seen) < TRAINING_SECTIONS:
                seen.add(key)
                chunks.append(h.chunk)
        for c in index.chunks:
            if (T.same_file(c.path, case.file) and innermost(c.section) == case.section
                    and (c.path, c.section) not in seen):
                seen.add((c.path, c.section))
                chunks.append(c)
        sections = []
        for c in chunks:
            units = index.section(c)
            sections.append(((c.path, innermost(c.section)),
                             [t for _, t, _ in units], unit_scores(text, vector, units)))
        pairs.extend(T.labelled_pairs(case, text, sections))
    return pairs


def run_train_reranker(settings: Settings, labelled: list[Path], out: Path | None,
                       layers: int, epochs: int, seed: int, stdout: TextIO) -> None:
    from bot.core.assistant import Assistant
    from bot.nlu.model import IntentModel, bundled_model_dir

    if not labelled:
        raise UsageError("give the labelled questions with --labelled FILE.jsonl")
    started = time.perf_counter()
    schedule = load_schedule(settings.schedule_path)
    embedder = Embedder(settings.model_dir)
    index, _ = open_index(settings.knowledge_dir, settings.index_dir, embedder)
    model = IntentModel.load(settings.intent_model_dir or bundled_model_dir(), embedder.sha256)
    assistant = Assistant(lambda: schedule, embedder, index, intent_model=model)
    cases = T.read_labelled(labelled)
    pairs = training_pairs(assistant.view(), cases)
    generated = T.generated_pairs(index, seed=seed)
    print(f"{len(pairs)} pairs from {len(cases)} labelled questions "
          f"({sum(p.label for p in pairs):.0f} positive), {len(generated)} from the notes' "
          f"headings and terms", file=stdout)
    network = T.train(pairs + generated, embedder.model_dir, layers=layers, epochs=epochs,
                      seed=seed)
    folder = out or R.bundled_reranker_dir()
    meta = {"layers": layers, "epochs": epochs, "seed": seed, "max_length": R.MAX_LENGTH,
            "base_sha256": embedder.sha256, "labelled_pairs": len(pairs),
            "generated_pairs": len(generated),
            "labelled": {p.name: sha256_of(p) for p in labelled}}
    digest = R.save(network, folder, meta)
    size = (folder / R.MODEL_FILE).stat().st_size
    print(f"reranker written to {folder} ({size / 1e6:.1f} MB, sha256 {digest}) in "
          f"{time.perf_counter() - started:.0f} s", file=stdout)


def run_train_adapter(settings: Settings, labelled: list[Path], out: Path | None, seed: int,
                      stdout: TextIO, mix: float | None = None) -> None:
    """Train the question adapter on questions made from the course's notes and, if given,
    labelled content questions (read as the notes are searched with them: corrected,
    abbreviations spelled out)."""
    from bot.core.assistant import Assistant
    from bot.knowledge import adapter as A
    from bot.knowledge import adapter_train as AT

    started = time.perf_counter()
    schedule = load_schedule(settings.schedule_path)
    embedder = Embedder(settings.model_dir)
    index, _ = open_index(settings.knowledge_dir, settings.index_dir, embedder)
    index.adapter = None  # trained from the questions' own embeddings
    view = Assistant(lambda: schedule, embedder, index).view()
    examples = AT.generated_examples(index)
    made = len(examples)
    for case in T.read_labelled(labelled):
        q = view.understander.parse(case.question, _PARSED_AT, view.tz)
        rows = AT.section_rows(index, case.file, case.section)
        if rows:
            examples.append(AT.Example(notes.search_text(q, view), rows, case.file))
    texts = [e.question for e in examples]
    if not texts:
        raise UsageError("no question could be made from the notes")
    mix = AT.MIX if mix is None else mix
    matrix = AT.mixed(AT.train(AT.encode(embedder, texts), examples, index, seed=seed), mix)
    folder = out or A.bundled_adapter_dir()
    meta = {"seed": seed, "mix": mix, "embedding_sha256": embedder.sha256, "generated": made,
            "labelled_questions": len(examples) - made,
            "labelled": {p.name: sha256_of(p) for p in labelled},
            "notes": sorted({Path(c.path).name for c in index.chunks})}
    digest = A.QuestionAdapter(matrix, meta).save(folder)
    print(f"{made} questions made from the notes, {len(examples) - made} labelled; adapter "
          f"written to {folder} (sha256 {digest}) in {time.perf_counter() - started:.0f} s",
          file=stdout)
