"""The notes' text as units that are never cut: a paragraph, a list with its lead-in
sentence, a display formula with the sentence that introduces it (and the "where ..." that
explains it), a table, a code block.

Passages are runs of whole units, and answers are composed of whole units, so a student
never reads "has two benefits: 1." with the benefits cut off, or half a formula. A unit is
Markdown as written; `blocks` reads it back into its parts for rendering.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.text import ABBREVIATIONS

PARAGRAPH, LIST, FORMULA, TABLE, CODE, QUOTE = (
    "paragraph", "list", "formula", "table", "code", "quote")
# Blocks a sentence can introduce ("... as follows:") and that then stay with it.
INTRODUCED = frozenset({LIST, FORMULA, TABLE, CODE})
# Blocks that are a run of lines starting with the same mark.
_RUNS = {"|": TABLE, ">": QUOTE}


@dataclass(frozen=True)
class Block:
    kind: str
    text: str  # Markdown, as written (lines kept)


# Markdown block starts --------------------------------------------------------------------
_FENCE = re.compile(r"^\s*(```+|~~~+)")
_ITEM = re.compile(r"^(\s*)([-*+]|\d{1,3}[.)])\s+\S")
_DISPLAY = re.compile(r"^\s*\$\$")


def _starts_block(line: str) -> bool:
    s = line.lstrip()
    return bool(_FENCE.match(line) or _DISPLAY.match(line) or s.startswith(("|", ">"))
                or _ITEM.match(line))


def blocks(markdown: str) -> list[Block]:
    """The Markdown's blocks in order. Headings are not expected (sections are split on
    them before); a line starting with '#' inside a code block is code."""
    lines = markdown.splitlines()
    out: list[Block] = []
    i, n = 0, len(lines)
    while i < n:
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if m := _FENCE.match(line):
            fence = m.group(1)[0] * 3
            j = i + 1
            while j < n and not lines[j].lstrip().startswith(fence):
                j += 1
            out.append(Block(CODE, "\n".join(lines[i:j + 1])))
            i = j + 1
        elif _DISPLAY.match(line):
            j = i
            rest = line.lstrip()[2:]
            while "$$" not in rest and j + 1 < n:
                j += 1
                rest = lines[j]
            out.append(Block(FORMULA, "\n".join(lines[i:j + 1]).strip()))
            i = j + 1
        elif (kind := _RUNS.get(line.lstrip()[:1])) is not None:
            mark = line.lstrip()[0]  # a table's "|" or a quotation's ">" on every line
            j = i
            while j < n and lines[j].lstrip().startswith(mark):
                j += 1
            out.append(Block(kind, "\n".join(lines[i:j])))
            i = j
        elif _ITEM.match(line):
            j = i + 1
            while j < n:
                nxt = lines[j]
                if not nxt.strip():
                    # A blank line ends the list unless an item or an indented line follows.
                    k = j + 1
                    while k < n and not lines[k].strip():
                        k += 1
                    if k < n and (_ITEM.match(lines[k]) or lines[k].startswith(("  ", "\t"))):
                        j = k
                        continue
                    break
                if _ITEM.match(nxt) or nxt.startswith(("  ", "\t")):
                    j += 1
                    continue
                if _FENCE.match(nxt) or nxt.lstrip().startswith(("|", ">")):
                    break
                j += 1  # a lazy continuation of the last item (a display formula too)
            out.append(Block(LIST, "\n".join(lines[i:j]).rstrip()))
            i = j
        else:
            j = i + 1
            while j < n and lines[j].strip() and not _starts_block(lines[j]):
                j += 1
            out.append(Block(PARAGRAPH, "\n".join(lines[i:j])))
            i = j
    return out


# Sentences --------------------------------------------------------------------------------
# Inline spans a sentence boundary never falls in: math, code, links.
_SPANS = re.compile(r"\$[^$\n]+\$|`[^`\n]+`|\[[^\]\n]*\]\([^)\n]*\)")
_BOUNDARY = re.compile(r"[.!?][*_\"'”’)\]]*(?=\s+[\"'“‘(\[*_$`]*[A-Z0-9\\])")
# Those of any text (bot/core/text.py) and those of written notes: "et al.", "Fig. 3", "etc."
# mid-sentence, titles, months.
_ABBREVIATIONS = ABBREVIATIONS | {
    "etc", "al", "fig", "figs", "eq", "eqs", "resp", "dr", "prof", "mr", "mrs", "ms", "st",
    "sec", "ch", "vol", "pp", "ca", "viz", "thm", "ref", "refs", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph, whitespace kept inside each. A boundary is a full stop,
    question or exclamation mark followed by a space and a capital, a digit or markup;
    never inside inline math, code or a link, nor after "e.g.", "et al.", an initial."""
    masked = _SPANS.sub(lambda m: "x" * len(m.group(0)), text)
    out, start = [], 0
    for m in _BOUNDARY.finditer(masked):
        end = m.end()
        word = re.search(r"([A-Za-z][A-Za-z.]*)\.$", masked[start:m.start() + 1])
        if word and (word.group(1).lower().rstrip(".") in _ABBREVIATIONS
                     or len(word.group(1)) == 1 and word.group(1).isupper()):
            continue
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def ends_sentence(text: str) -> bool:
    """Does the text end where a sentence ends (not on a lead-in colon or mid-clause)?"""
    return bool(re.search(r"[.!?][*_\"'”’)\]]*\s*$", text.rstrip()))


def _introduces(sentence: str) -> bool:
    """A sentence that leads into what follows it: "... as follows:", "Then", "...,"."""
    return not ends_sentence(sentence)


_CONTINUES = re.compile(r"^\s*(?:[a-z]|\(|,|;|where\b|Where\b|Here\b)")


# Units ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Unit:
    kind: str  # the main block's kind; a list with its lead-in is a LIST unit
    text: str  # Markdown: its blocks separated by blank lines


def units(markdown: str) -> list[Unit]:
    """The Markdown's units, in reading order. A paragraph that introduces a list, formula,
    table or code gives its last sentence to that block; a paragraph that continues one
    ("where ...", "with ...") gives it its first sentence."""
    parts = blocks(markdown)
    out: list[tuple[str, list[str]]] = []  # (kind, block texts)
    pending_lead: str | None = None
    carried: str | None = None  # a formula's continuation, taken from the next paragraph
    for index, block in enumerate(parts):
        nxt = parts[index + 1] if index + 1 < len(parts) else None
        if block.kind == PARAGRAPH:
            said = sentences(" ".join(block.text.split()))
            if not said:
                continue
            if carried is not None:
                said = said[1:]
                carried = None
            if nxt is not None and nxt.kind in INTRODUCED and said and _introduces(said[-1]):
                pending_lead = said.pop()
            if said:
                out.append((PARAGRAPH, [" ".join(said)]))
            continue
        texts = [block.text]
        if pending_lead is not None:
            texts.insert(0, pending_lead)
            pending_lead = None
        if block.kind == FORMULA and out and out[-1][0] == FORMULA and len(texts) == 1:
            out[-1][1].append(block.text)  # formulas in a row read as one display
        else:
            out.append((block.kind, texts))
        if nxt is not None and nxt.kind == PARAGRAPH and _CONTINUES.match(nxt.text):
            first = sentences(" ".join(nxt.text.split()))[0]
            out[-1][1].append(first)
            carried = first
    return [Unit(kind, "\n\n".join(texts)) for kind, texts in out]


def unit_kind(text: str) -> str:
    """The kind of a unit from its Markdown: the first block that is not a lead-in."""
    found = blocks(text)
    for b in found:
        if b.kind != PARAGRAPH:
            return b.kind
    return PARAGRAPH


def split_long(unit: Unit, pieces, budget: int) -> list[Unit]:
    """A unit over `budget` word pieces in parts that fit, cut only between sentences, list
    items, table rows (the header repeated), or code lines. A formula is never cut."""
    if pieces(unit.text) <= budget:
        return [unit]
    found = blocks(unit.text)
    if unit.kind == PARAGRAPH:
        atoms = sentences(" ".join(unit.text.split()))
        joiner = " "
    elif unit.kind == LIST:
        lead = [b.text for b in found if b.kind == PARAGRAPH]
        atoms = [item for b in found if b.kind == LIST for item in _list_items(b.text)]
        if lead and atoms:  # the lead-in stays with the first item
            atoms[0] = f"{lead[0]}\n\n{atoms[0]}"
        joiner = "\n"
    elif unit.kind == TABLE:
        table = next(b.text for b in found if b.kind == TABLE).splitlines()
        header = "\n".join(table[:2]) if len(table) > 2 and set(table[1]) <= set("|-: ") \
            else ""
        rows = table[2:] if header else table
        lead = [b.text for b in found if b.kind == PARAGRAPH]
        room = budget - pieces(header) - (pieces(lead[0]) if lead else 0) - 4
        groups = _pack(rows, pieces, room, "\n")
        out = []
        for n, group in enumerate(groups):
            body = f"{header}\n{group}" if header else group
            out.append(Unit(TABLE, f"{lead[0]}\n\n{body}" if lead and n == 0 else body))
        return out
    elif unit.kind == CODE:
        lead = [b.text for b in found if b.kind == PARAGRAPH]
        code = next(b.text for b in found if b.kind == CODE)
        room = budget - (pieces(lead[0]) + 2 if lead else 0)
        parts = _split_code(code, pieces, room)
        if lead:
            parts[0] = f"{lead[0]}\n\n{parts[0]}"
        return [Unit(CODE, part) for part in parts]
    elif unit.kind == FORMULA and len(found) > 1:
        # Between its displays, each with the sentence that introduces it and the one that
        # explains it ("where ..."); a display is never cut.
        atoms: list[str] = []
        glue_next = False
        for b in found:
            continues = b.kind == PARAGRAPH and bool(_CONTINUES.match(b.text))
            if atoms and (glue_next or continues):
                atoms[-1] += "\n\n" + b.text
            else:
                atoms.append(b.text)
            glue_next = b.kind == PARAGRAPH and _introduces(b.text)
        return [Unit(unit_kind(t), t) for t in _pack(atoms, pieces, budget, "\n\n")]
    else:
        return [unit]  # one display or a quote stays whole: the model reads what it can
    if len(atoms) < 2:
        return [unit]
    return [Unit(unit.kind, text) for text in _pack(atoms, pieces, budget, joiner)]


def _list_items(text: str) -> list[str]:
    items: list[list[str]] = []
    for line in text.splitlines():
        if _ITEM.match(line) and not line.startswith((" ", "\t")) or not items:
            items.append([line])
        else:
            items[-1].append(line)
    return ["\n".join(x).rstrip() for x in items]


def _split_code(text: str, pieces, budget: int) -> list[str]:
    """A long code block in fenced parts, cut at blank lines when it can, else at lines."""
    lines = text.splitlines()
    fence_open, fence_close = lines[0], lines[-1] if len(lines) > 1 else "```"
    body = lines[1:-1] if len(lines) > 2 else lines[1:]
    paragraphs: list[str] = []
    current: list[str] = []
    for line in body:
        if not line.strip() and current:
            paragraphs.append("\n".join(current))
            current = []
        elif line.strip():
            current.append(line)
    if current:
        paragraphs.append("\n".join(current))
    room = budget - pieces(fence_open) - pieces(fence_close) - 2
    atoms: list[str] = []
    for para in paragraphs:
        if pieces(para) <= room:
            atoms.append(para)
        else:
            atoms.extend(para.splitlines())
    return [f"{fence_open}\n{part}\n{fence_close}"
            for part in _pack(atoms, pieces, room, "\n")]


def _pack(atoms: list[str], pieces, budget: int, joiner: str) -> list[str]:
    """Consecutive atoms joined into as few parts of at most `budget` pieces as can be, the
    parts about equal in size (no short tail); an atom over budget stands alone."""
    sizes = [pieces(a) + 1 for a in atoms]
    groups = balanced_runs(sizes, budget)
    return [joiner.join(atoms[i:j]) for i, j in groups]


def balanced_runs(sizes: list[int], budget: int) -> list[tuple[int, int]]:
    """Split a sequence with these sizes into the fewest consecutive runs of at most
    `budget` (an item over budget alone), as even in size as that allows: (start, end)."""
    def greedy(limit: int) -> list[tuple[int, int]]:
        runs, start, used = [], 0, 0
        for i, s in enumerate(sizes):
            if i > start and used + s > limit:
                runs.append((start, i))
                start, used = i, 0
            used += s
        if sizes:
            runs.append((start, len(sizes)))
        return runs

    fewest = greedy(budget)
    if len(fewest) <= 1:
        return fewest
    # The smallest limit that still needs no more runs than the budget does: even parts.
    low, high = min(max(sizes), budget), budget
    while low < high:
        mid = (low + high) // 2
        if len(greedy(mid)) <= len(fewest):
            high = mid
        else:
            low = mid + 1
    return greedy(low)
