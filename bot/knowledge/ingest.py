"""Read a folder of course material into passages: Markdown, PDF, notebooks, plain text.

A file that cannot be read (broken, empty, binary, too large) is skipped with a warning and
counted; it never stops the build.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.knowledge.chunk import (
    OVERVIEW_STEMS,
    Chunk,
    clean_markup,
    estimate_pieces,
    passages,
    uses_key_marks,
)
from bot.knowledge.pieces import PieceCounter
from bot.knowledge.units import CODE, Unit, units

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 20 * 1024 * 1024
SUFFIXES = {".md", ".markdown", ".pdf", ".ipynb", ".txt"}


class SkipFile(Exception):
    """This file cannot be used; the message says why."""


@dataclass
class Ingested:
    chunks: list[Chunk] = field(default_factory=list)
    files: int = 0
    skipped: dict[str, str] = field(default_factory=dict)  # path -> reason


@dataclass(frozen=True)
class DocMeta:
    doc_id: str
    title: str
    lecture: str | None = None
    tutorial: str | None = None
    week: int | None = None
    role: str | None = None


def ingest(corpus: Path, skip_sections: Iterable[str] = (),
           progress: Callable[[Path], None] | None = None,
           pieces: PieceCounter = estimate_pieces) -> Ingested:
    """All usable files under `corpus`, in path order. `skip_sections` drops sections with
    these headings (e.g. a benchmark's exercise sections, which are its queries); `pieces`
    counts word pieces (the model's tokenizer, see pieces.py)."""
    result = Ingested()
    skip = {s.lower() for s in skip_sections}
    for path in sorted(p for p in corpus.rglob("*") if p.is_file()):
        rel_path = path.relative_to(corpus)
        if path.suffix.lower() not in SUFFIXES or any(x.startswith(".") for x in rel_path.parts):
            continue
        rel = rel_path.as_posix()
        if progress:
            progress(path)
        try:
            chunks = read_file(path, rel, skip, pieces)
        except SkipFile as exc:
            log.warning("skipping %s: %s", rel, exc)
            result.skipped[rel] = str(exc)
            continue
        result.files += 1
        result.chunks.extend(chunks)
    return result


def read_file(path: Path, rel: str, skip_sections: set[str] = frozenset(),
              pieces: PieceCounter = estimate_pieces) -> list[Chunk]:
    size = path.stat().st_size
    if size == 0:
        raise SkipFile("empty file")
    if size > MAX_FILE_BYTES:
        raise SkipFile(f"too large ({size} bytes, limit {MAX_FILE_BYTES})")
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        chunks = _read_pdf(path, rel, pieces)
    elif suffix == ".ipynb":
        chunks = _read_notebook(path, rel, pieces)
    else:
        raw = path.read_bytes()
        if b"\x00" in raw[:8192]:
            raise SkipFile("binary content")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise SkipFile("not UTF-8 text") from None
        if suffix in (".md", ".markdown"):
            chunks = _read_markdown(text, rel, path.stem, skip_sections, pieces)
        else:
            meta = DocMeta(path.stem, path.stem.replace("-", " ").replace("_", " "))
            chunks = _make(meta, rel, [("", units(text))], pieces)
    if not chunks:
        raise SkipFile("no text in it")
    return chunks


def _make(meta: DocMeta, rel: str, sections: list[tuple[str, list[Unit]]],
          pieces: PieceCounter, page: int | None = None) -> list[Chunk]:
    out = []
    for heading, found in sections:
        for run in passages(heading, found, pieces):
            texts = tuple(u.text for u in run)
            out.append(Chunk(meta.doc_id, meta.title, heading, "\n\n".join(texts), rel,
                             meta.lecture, meta.tutorial, meta.week, page, meta.role, texts))
    return out


_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")


def _front_matter(text: str, stem: str) -> tuple[DocMeta, str]:
    m = _FRONT.match(text)
    data: dict = {}
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as exc:
            raise SkipFile(f"broken front matter: {exc}") from None
        data = loaded if isinstance(loaded, dict) else {}
        text = text[m.end():]
    week = data.get("week")
    meta = DocMeta(
        doc_id=str(data.get("id") or stem),
        title=str(data.get("title") or stem.replace("-", " ").replace("_", " ")),
        lecture=str(data["lecture"]) if data.get("lecture") is not None else None,
        tutorial=str(data["tutorial"]) if data.get("tutorial") is not None else None,
        week=week if isinstance(week, int) else None,
        role=(str(data["role"]) if data.get("role") else
              "overview" if stem.lower() in OVERVIEW_STEMS else None),
    )
    return meta, text


def _read_markdown(text: str, rel: str, stem: str, skip_sections: set[str],
                   pieces: PieceCounter) -> list[Chunk]:
    meta, body = _front_matter(text, stem)
    key_marks = uses_key_marks(body)  # the whole document says which "(**...**)" it means
    sections: list[tuple[str, list[Unit]]] = []
    path: list[tuple[int, str]] = []
    lines: list[str] = []
    in_code = False
    skipping_level: int | None = None

    def flush() -> None:
        if lines and skipping_level is None:
            heading = " > ".join(h for _, h in path)
            sections.append((heading, units(clean_markup("\n".join(lines), key_marks))))
        lines.clear()

    for line in body.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
        m = None if in_code else _HEADING.match(line)
        if m:
            flush()
            level, title = len(m.group(1)), _plain(m.group(2))
            path = [(lv, h) for lv, h in path if lv < level] + [(level, title)]
            if skipping_level is not None and level <= skipping_level:
                skipping_level = None
            if title.lower() in skip_sections:
                skipping_level = level
            continue
        lines.append(line)
    flush()
    if meta.title == stem.replace("-", " ").replace("_", " ") and path:
        meta = DocMeta(meta.doc_id, path[0][1], meta.lecture, meta.tutorial, meta.week,
                       meta.role)
    return _make(meta, rel, sections, pieces)


def _plain(heading: str) -> str:
    heading = re.sub(r"\[\*\*(.*?)\*\*\]", r"\1", heading)
    heading = re.sub(r":label:`[^`]*`", "", heading)
    return re.sub(r"[*_`\[\]]", "", heading).strip()


def _read_pdf(path: Path, rel: str, pieces: PieceCounter) -> list[Chunk]:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError

        reader = PdfReader(str(path))
        pages = [(i + 1, page.extract_text() or "") for i, page in enumerate(reader.pages)]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise SkipFile(f"broken PDF: {exc}") from None
    title = path.stem.replace("-", " ").replace("_", " ")
    meta = DocMeta(path.stem, title)
    out: list[Chunk] = []
    for number, text in pages:
        out.extend(_make(meta, rel, [(f"{title} > page {number}", units(page_markdown(text)))],
                         pieces, page=number))
    return out


_BULLET = re.compile(r"^\s*[•◦▪▸►‣∙·–—-]\s+")


def page_markdown(text: str) -> str:
    """A PDF page's text as Markdown blocks: bulleted lines become list items; wrapped lines
    join until a line ends a sentence or a blank line; each block stays whole."""
    out: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            out.append(" ".join(current))
            current.clear()

    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            flush()
            continue
        if _BULLET.match(line):
            flush()
            current.append("- " + _BULLET.sub("", line))
            continue
        if current and current[0].startswith("- ") and re.search(r"[.!?:]$", current[-1]):
            flush()
        current.append(line)
        if re.search(r"[.!?]$", line) and not current[0].startswith("- "):
            flush()
    flush()
    # Consecutive items are one list; paragraphs are separated by blank lines.
    joined: list[str] = []
    for block in out:
        if joined and block.startswith("- ") and joined[-1].startswith("- "):
            joined[-1] += "\n" + block
        else:
            joined.append(block)
    return "\n\n".join(joined)


def _read_notebook(path: Path, rel: str, pieces: PieceCounter) -> list[Chunk]:
    try:
        import nbformat

        nb = nbformat.read(str(path), as_version=4)
    except Exception as exc:  # noqa: BLE001 - nbformat raises many kinds for a bad file
        raise SkipFile(f"broken notebook: {exc}") from None
    title = path.stem.replace("-", " ").replace("_", " ")
    meta = DocMeta(path.stem, title)
    # Cells under the same heading form one section; each cell's units stay whole.
    sections: list[tuple[str, list[Unit]]] = []
    heading = title
    key_marks = uses_key_marks("\n".join(c.get("source", "") for c in nb.cells
                                         if c.get("cell_type") == "markdown"))
    for cell in nb.cells:
        source = cell.get("source", "")
        found: list[Unit] = []
        if cell.get("cell_type") == "markdown":
            body = []
            for line in source.splitlines():
                m = re.match(r"^#{1,6}\s+(.+)$", line)
                if m:
                    heading = f"{title} > {_plain(m.group(1))}"
                else:
                    body.append(line)
            found = units(clean_markup("\n".join(body), key_marks))
        elif cell.get("cell_type") == "code" and source.strip():
            found = [Unit(CODE, f"```python\n{source.strip()}\n```")]
        if not found:
            continue
        if sections and sections[-1][0] == heading:
            sections[-1][1].extend(found)
        else:
            sections.append((heading, found))
    return _make(meta, rel, sections, pieces)
