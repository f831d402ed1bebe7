"""The knowledge base: ingestion of every format, the stored index, and answers from notes."""

from __future__ import annotations

import json
import logging

import nbformat
import numpy as np
import pytest

from bot.knowledge import ingest as ingest_module
from bot.knowledge.base import open_index
from bot.knowledge.chunk import MODEL_PIECES, passages
from bot.knowledge.compose import (
    COMPARISON,
    DEFINITION,
    FORMULA_ASKED,
    MAX_WORDS,
    OTHER,
    PROCEDURE,
    REASON,
    asked_kind,
    compose,
    words,
)
from bot.knowledge.index import KnowledgeIndex, heading_overlap
from bot.knowledge.ingest import ingest, page_markdown
from bot.knowledge.pieces import piece_counter
from bot.knowledge.units import CODE, FORMULA, LIST, PARAGRAPH, TABLE, sentences, units
from tests.conftest import ROOT, ids

# A one-page PDF with the text "Dropout zeroes units at random", written by hand.
_PDF_TEXT = b"BT /F1 12 Tf 72 720 Td (Dropout zeroes units at random) Tj ET"


def _pdf() -> bytes:
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(_PDF_TEXT) + _PDF_TEXT + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref)
    return bytes(out)


@pytest.fixture()
def corpus(tmp_path):
    (tmp_path / "N07-batchnorm.md").write_text(
        "---\nid: N07\nlecture: \"10\"\nweek: 4\ntitle: BatchNorm\n---\n# BatchNorm\n\n"
        "Intro words.\n\n## At test time\n\nUse the running mean and variance.\n\n"
        "```python\n# not a heading\nx = 1\n```\n\n### Detail\n\nMore text here.\n")
    (tmp_path / "slides.pdf").write_bytes(_pdf())
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# PyTorch intro\nTensors and autograd."),
                nbformat.v4.new_code_cell("import torch\nx = torch.ones(3)")]
    nbformat.write(nb, str(tmp_path / "intro.ipynb"))
    (tmp_path / "faq.txt").write_text("Submit a zip on CATe.")
    (tmp_path / "empty.md").write_text("")
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02garbage")
    (tmp_path / "broken.ipynb").write_text("{not json")
    (tmp_path / "bad-front.md").write_text("---\nid: [unclosed\n---\n# X\ntext\n")
    (tmp_path / "latin1.txt").write_bytes("caf\xe9".encode("latin-1"))
    (tmp_path / "ignored.docx").write_text("not a format we read")
    return tmp_path


def test_every_format_and_every_bad_file(corpus, caplog):
    with caplog.at_level(logging.WARNING):
        result = ingest(corpus)
    assert result.files == 4
    assert set(result.skipped) == {"empty.md", "broken.pdf", "binary.txt", "broken.ipynb",
                                   "bad-front.md", "latin1.txt"}
    assert result.skipped["empty.md"] == "empty file"
    assert result.skipped["binary.txt"] == "binary content"
    assert result.skipped["broken.pdf"].startswith("broken PDF")
    assert "skipping broken.ipynb" in caplog.text
    by_path = {}
    for c in result.chunks:
        by_path.setdefault(c.path, []).append(c)
    md = by_path["N07-batchnorm.md"]
    assert [c.section for c in md] == ["BatchNorm", "BatchNorm > At test time",
                                       "BatchNorm > At test time > Detail"]
    assert all((c.doc_id, c.lecture, c.week) == ("N07", "10", 4) for c in md)
    assert "# not a heading" in md[1].text  # code comments are not headings
    (pdf,) = by_path["slides.pdf"]
    assert pdf.page == 1 and "Dropout zeroes units at random" in pdf.text
    nb = by_path["intro.ipynb"]
    assert any("torch.ones" in c.text for c in nb) and nb[0].section == "intro > PyTorch intro"
    assert by_path["faq.txt"][0].text == "Submit a zip on CATe."


def test_oversized_file_is_skipped(corpus, monkeypatch):
    monkeypatch.setattr(ingest_module, "MAX_FILE_BYTES", 100)
    result = ingest(corpus)
    assert "too large" in result.skipped["slides.pdf"]


NOTE = r"""Batch norm normalises each feature. It has two benefits:

- faster training, because larger learning rates stay stable;
- some regularisation (e.g. noise from the batch statistics).

For a mini-batch $\mathcal{B}$ the statistics are:

$$\mu = \frac{1}{m}\sum_i x_i$$

where $m$ is the batch size. Ioffe et al. proposed it in 2015. It is cheap.

| Norm | Axes |
|---|---|
| Batch | N, H, W |

In code:

```python
# not a heading
bn = nn.BatchNorm2d(16)
```
"""


def test_units_keep_what_introduces_and_explains_them():
    """A list with its lead-in, a formula with its lead-in and its "where", a table, code."""
    found = units(NOTE)
    assert [u.kind for u in found] == [PARAGRAPH, LIST, FORMULA, PARAGRAPH, TABLE, CODE]
    assert found[0].text == "Batch norm normalises each feature."
    assert found[1].text.startswith("It has two benefits:\n\n- faster training")
    assert found[1].text.endswith("statistics).")
    formula = found[2].text
    assert formula.startswith("For a mini-batch") and "$$\\mu" in formula
    assert formula.endswith("where $m$ is the batch size.")
    assert found[3].text == "Ioffe et al. proposed it in 2015. It is cheap."
    assert found[5].text.startswith("In code:\n\n```python") and found[5].text.endswith("```")


def test_sentences_are_not_cut_at_abbreviations_or_inside_formulas():
    text = ("Use e.g. Adam. The value $x. Y$ stays whole. Ioffe et al. (2015) did it! "
            "Then we stop. J. Smith agreed. Is it 3.5? Yes.")
    assert sentences(text) == ["Use e.g. Adam.", "The value $x. Y$ stays whole.",
                               "Ioffe et al. (2015) did it!", "Then we stop.",
                               "J. Smith agreed.", "Is it 3.5?", "Yes."]


def test_long_sections_are_split_between_sentences(tmp_path, embedder):
    """Passages fit what the model reads (counted by its own tokenizer), and each starts and
    ends on a sentence boundary; nothing is lost or repeated, and the parts are even."""
    said = [f"Sentence {i} says that $x_{{{i}}}^2 \\ge 0$ in layer {i}." for i in range(120)]
    (tmp_path / "long.md").write_text("# Long\n\n" + " ".join(said) + "\n")
    pieces = piece_counter(embedder.model_dir)
    chunks = ingest(tmp_path, pieces=pieces).chunks
    assert len(chunks) > 3
    tokenizer = embedder._model.tokenizer
    for c in chunks:
        assert len(tokenizer(c.embed_text)["input_ids"]) <= MODEL_PIECES
        assert c.text.startswith("Sentence ") and c.text.endswith("0$ in layer "
                                                                  + c.text.split()[-1])
    assert " ".join(c.text for c in chunks).split() == " ".join(said).split()
    sizes = [pieces(c.text) for c in chunks]
    assert max(sizes) - min(sizes) < 40


def test_a_long_list_or_table_is_split_between_items_or_rows(embedder):
    pieces = piece_counter(embedder.model_dir)
    items = "\n".join(f"- item {i}: a point about layer {i} and its gradient." for i in range(60))
    rows = "\n".join(f"| row {i} | value {i} |" for i in range(80))
    found = units(f"The points are:\n\n{items}\n\n| name | value |\n|---|---|\n{rows}\n")
    texts = ["\n\n".join(u.text for u in run) for run in passages("S", found, pieces)]
    lists = [t for t in texts if "- item" in t]
    assert len(lists) > 1 and lists[0].startswith("The points are:")
    assert all(t.rstrip().endswith("gradient.") for t in lists)
    tables = [t for t in texts if "| row" in t]
    assert len(tables) > 1 and all(t.startswith("| name | value |\n|---|---|") for t in tables)


def test_shipped_notes_passages_start_and_end_on_sentences(embedder):
    """The check of bench/passages.py on the shipped notes: no passage starts or ends
    mid-sentence, ends on a lead-in, or cuts a formula or code; only a display formula
    with its lead-in (never cut) may run past what the model reads."""
    from bench.passages import report

    pieces = piece_counter(embedder.model_dir)
    found = report(ingest(ROOT / "knowledge", pieces=pieces).chunks, pieces)
    over = found.pop("over the model")
    assert {name: len(bad) for name, bad in found.items()} == dict.fromkeys(found, 0)
    assert all("$$" in c.text for c in over) and len(over) <= 3


def test_pdf_pages_are_read_as_blocks():
    page = "Dropout\n• zeroes units\nat random\n• scales the rest.\nIt regularises a\nnetwork."
    md = page_markdown(page)
    assert md == ("Dropout\n\n- zeroes units at random\n- scales the rest.\n\n"
                  "It regularises a network.")
    found = units(md)  # the slide's title line leads into its bullets
    assert [u.kind for u in found] == [LIST, PARAGRAPH] and found[0].text.startswith("Dropout")


def test_index_pages_and_admin_notes_are_overviews(tmp_path):
    (tmp_path / "index.md").write_text("# Chapter\n\nThis chapter covers everything.\n")
    (tmp_path / "README.md").write_text("---\nrole: lecture\n---\n# Read me\n\nText.\n")
    (tmp_path / "N00.md").write_text("---\nrole: admin\n---\n# Admin\n\nRules.\n")
    (tmp_path / "N01.md").write_text("# Topic\n\nOne topic.\n")
    overview = {c.path: c.is_overview for c in ingest(tmp_path).chunks}
    assert overview == {"index.md": True, "README.md": False, "N00.md": True, "N01.md": False}


def test_index_is_stored_reused_and_rebuilt(corpus, tmp_path, embedder):
    folder = tmp_path / "index"
    first, summary = open_index(corpus, folder, embedder)
    assert summary.rebuilt and summary.embedded == len(first.chunks) > 0
    again, summary = open_index(corpus, folder, embedder)
    assert not summary.rebuilt and len(again.chunks) == len(first.chunks)
    np.testing.assert_allclose(again.vectors, first.vectors)

    # One file changes: only its passages are embedded again.
    (corpus / "faq.txt").write_text("Submit a zip archive on CATe before the deadline.")
    _, summary = open_index(corpus, folder, embedder)
    assert summary.rebuilt and summary.embedded == 1 and "fingerprint" in summary.reason

    # A corrupt store is detected and rebuilt, not used.
    np.save(folder / "vectors.npy", np.zeros((2, 3)))
    _, summary = open_index(corpus, folder, embedder)
    assert summary.rebuilt and "corrupt" in summary.reason
    np.save(folder / "headings.npy", np.full((len(first.chunks), 384), np.nan))
    _, summary = open_index(corpus, folder, embedder)
    assert summary.rebuilt and "corrupt" in summary.reason
    (folder / "headings.npy").unlink()
    _, summary = open_index(corpus, folder, embedder)
    assert summary.rebuilt and "cannot read" in summary.reason
    (folder / "chunks.jsonl").write_text("{garbage")
    _, summary = open_index(corpus, folder, embedder)
    assert summary.rebuilt and "cannot read" in summary.reason
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["model"] = "another model"
    (folder / "manifest.json").write_text(json.dumps(manifest))
    _, summary = open_index(corpus, folder, embedder)
    assert summary.rebuilt and "stale" in summary.reason


def test_search_finds_the_right_passage(knowledge: KnowledgeIndex):
    hits = knowledge.search("how does batch norm behave at test time?", k=5)
    assert {"N07", "T05"} & {h.chunk.doc_id for h in hits[:2]}
    assert all(0 <= h.score <= 1 for h in hits)


def test_words_written_apart_find_a_compound(knowledge: KnowledgeIndex):
    """Students type "layer norm"; the notes write "LayerNorm"."""
    assert heading_overlap("what is layer norm?", "BatchNorm > LayerNorm, GroupNorm") == 1.0
    assert heading_overlap("what is layer norm?", "BatchNorm > The forward equations") == 0.0
    best = knowledge.search("layer norm", k=3)
    assert any("LayerNorm" in h.chunk.section for h in best)


def test_query_words_are_read_as_the_index_read_its_passages(knowledge: KnowledgeIndex):
    """The query side tokenises without bm25s.tokenize (its progress-bar objects cost a
    millisecond a question); the stems must be the ones bm25s makes, or a question would
    miss words the passages index."""
    import bm25s

    from bot.knowledge.index import spelling

    lexical = knowledge._lexical
    texts = [spelling(c.text) for c in knowledge.chunks] + [
        "Why does BatchNorm's running mean differ at test-time?", "vae vs ae", "", "a I",
        "ÉLU in the 2nd lecture, d'accord? x_1 + x_2", "what's the point of 1x1 convs"]
    expected = bm25s.tokenize(texts, stopwords="en", stemmer=lexical._stem.stemWords,
                              return_ids=False, show_progress=False)
    assert [lexical.query_tokens(t) for t in texts] == expected


def test_content_questions_recall_at_3(knowledge: KnowledgeIndex):
    """Our own questions, each with the lecture that answers it: Recall@3 >= 0.9."""
    rows = [json.loads(x) for x in
            (ROOT / "tests/data/content_questions.jsonl").read_text().splitlines() if x]
    positives = [r for r in rows if r["lecture"]]
    assert len(positives) >= 40
    found = 0
    for r in positives:
        keys: list[str] = []
        for h in knowledge.search(r["question"], k=10):
            key = h.chunk.lecture or h.chunk.tutorial
            if key and key not in keys:
                keys.append(key)
        found += bool(set(keys[:3]) & {r["lecture"], *r["also"]})
    recall = found / len(positives)
    print(f"Recall@3 {recall:.3f} on {len(positives)} questions")
    assert recall >= 0.9


def test_answers_quote_and_cite_the_notes(ask):
    a = ask("explain the reparameterisation trick")
    assert a.intent == "content" and a.answered and a.confidence >= 0.5
    assert a.sources[0].id == "N16" and a.sources[0].lecture == "16"
    assert "— N16" in a.text and "L16" in ids(a)
    assert a.sources[0].path == "knowledge/N16-vaes.md"


@pytest.mark.parametrize("question", [
    "what's the weather like?", "how do decision trees split nodes?",
    "explain support vector machines", "who won the football last night",
])
def test_off_topic_questions_abstain(ask, question):
    a = ask(question)
    assert not a.answered


def test_mixed_schedule_and_content_question(ask):
    a = ask("which lecture covers batch norm and when is its tutorial?")
    assert a.answered and {"L10", "T05"} <= set(ids(a))
    assert "Tue 2 Feb 2021, 11:00-12:00 GMT" in a.text
    a = ask("which lecture covers dropout?")
    assert a.answered and "L07" in ids(a) and a.sources[0].id == "N04"


def test_unwritable_data_folder_still_answers(corpus, tmp_path, embedder, caplog):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the index folder should be")
    with caplog.at_level(logging.WARNING):
        index, summary = open_index(corpus, blocker / "index", embedder)
    assert summary.rebuilt and len(index.chunks) > 0
    assert "cannot store the knowledge index" in caplog.text


SECTION = r"""# Dropout

## How dropout works

Dropout is a regulariser that zeroes each hidden unit at random during training.
It was proposed by Srivastava et al. in 2014 for fully connected layers.

It has two benefits:

- it stops units from co-adapting, since no unit can rely on another being present;
- it trains an implicit ensemble of thinned networks that share their weights.

At training time each unit is kept with probability $p$ and the kept ones are scaled:

$$\tilde h_i = \frac{m_i h_i}{p}, \qquad m_i \sim \mathrm{Bernoulli}(p),$$

where $m_i$ is the mask. At test time nothing is dropped.

The scaling keeps the expected activation the same in training and at test time,
because each unit survives with probability $p$ and is divided by $p$. Without it the
next layer would see larger inputs at test time than it was trained on.
"""


@pytest.fixture(scope="module")
def dropout_index(tmp_path_factory, embedder):
    folder = tmp_path_factory.mktemp("dropout")
    (folder / "N99-dropout.md").write_text(SECTION)
    index, _ = open_index(folder, folder / "index", embedder)
    return index


@pytest.mark.parametrize("question, kind", [
    ("what is dropout", DEFINITION), ("why do we scale by p in dropout", REASON),
    ("how do i implement dropout", PROCEDURE), ("dropout vs weight decay", COMPARISON),
    ("formula for inverted dropout", FORMULA_ASKED), ("dropout??", OTHER),
])
def test_what_kind_of_text_a_question_asks_for(question, kind):
    assert asked_kind(question) == kind


@pytest.mark.parametrize("question, wanted", [
    ("formula for the dropout scaling", r"\tilde h_i"),
    ("what are the benefits of dropout", "stops units from co-adapting"),
    ("why does dropout scale the kept units", "keeps the expected activation the same"),
])
def test_the_composer_shows_the_unit_that_answers_whole(dropout_index, question, wanted):
    chunk = dropout_index.chunks[0]
    found = compose(question, dropout_index.query_vector(question), chunk, dropout_index)
    assert wanted in found.markdown
    units_here = set(found.section)
    for part in found.shown:  # whole units, or whole sentences of one (never a cut)
        assert part in units_here or any(part in u for u in units_here)
        assert part.rstrip().endswith((".", ":", "$$", "```", ";")), part
    assert words(found.markdown) <= MAX_WORDS
    if "benefits" in question:  # a list comes with its lead-in
        assert "It has two benefits:" in found.markdown and "implicit ensemble" in found.markdown
    if "formula" in question:  # and a formula with what introduces and explains it
        assert "At training time" in found.markdown and "where $m_i$ is the mask" in found.markdown
    assert not found.whole or found.markdown == "\n\n".join(found.section)
