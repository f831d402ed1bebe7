"""The notes as students read them: formulas in Unicode that keeps their meaning, lists,
tables and code kept apart, in plain text (console, JSON) and in Teams cards."""

from __future__ import annotations

import json
import re

import pytest

from bot.emulator.render import ADAPTIVE, activity_more, activity_text
from bot.knowledge.math_text import readable_math, unknown_macros
from bot.knowledge.render import plain
from bot.knowledge.units import units
from bot.teams.cards import answer_card, note_elements
from tests.conftest import LONDON, ROOT

NOTES = sorted((ROOT / "knowledge").glob("*.md"))
_COMMAND = re.compile(r"\\[A-Za-z]")


@pytest.mark.parametrize("tex, shown", [
    (r"$\hat{x}_i$, $\bar x$, $\tilde c_t$", "x̂ᵢ, x̄, c̃ₜ"),
    (r"$\frac{1}{\sqrt{d_k}}$ and $\tfrac12$", "1/√dₖ and ½"),
    (r"$\frac{x_i-\mu}{\sqrt{\sigma^2+\epsilon}}$", "(xᵢ-μ)/√(σ²+ε)"),
    (r"$\sum_{i=1}^{m} x_i$", "Σᵢ₌₁ᵐ xᵢ"),
    (r"$W^\top x$ and $h^{(t)}$ and $\|c\|_2$", "Wᵀ x and h⁽ᵗ⁾ and ‖c‖₂"),
    (r"$X\in\mathbb{R}^{N\times D}$", "X∈ℝ^(N×D)"),
    (r"$\mathcal{N}(0, I)$, $\mathbb{E}_{q}[\log p]$", "𝒩(0, I), 𝔼_q[log p]"),
    (r"$\begin{pmatrix} a & b \\ c & d \end{pmatrix}$", "(a, b; c, d)"),
    (r"$$\begin{aligned} a &= b \\ c &= d \end{aligned}$$", "a = b\nc = d"),
    (r"$x_{id}$", "x_id"),  # no subscript 'd' in Unicode: written as it is read
    ("it costs $5 and $10", "it costs $5 and $10"),  # prices are not formulas
    (r"$\unknownmacro{x}$", "unknownmacrox"),  # nothing lost, only plainer
])
def test_formulas_read_in_unicode(tex, shown):
    assert readable_math(tex) == shown


@pytest.mark.parametrize("note", NOTES, ids=lambda p: p.stem)
def test_every_formula_of_the_notes_renders_without_latex(note):
    """Every unit of every note, in plain text and in a card: no backslash command, no
    dollar left over (every formula balanced and converted), no macro shown by name."""
    text = note.read_text()
    assert unknown_macros(text) == set()
    for unit in units(text.split("\n---\n", 1)[-1]):
        shown = plain(unit.text)
        assert not _COMMAND.search(shown), shown
        assert "$" not in shown, shown
        card = json.dumps(note_elements(unit.text), ensure_ascii=False)
        assert not re.search(r"\\\\[A-Za-z]", card), card
        assert "$" not in card, card


def test_plain_text_keeps_lists_tables_and_code_apart():
    md = ("It has two uses:\n\n- **one**, with $\\hat x$;\n- two.\n\n"
          "| model | loss |\n|---|---|\n| VAE | ELBO |\n| GAN | adversarial |\n\n"
          "```python\nx = 1\n    y = 2\n```")
    assert plain(md) == ("It has two uses:\n\n• one, with x̂;\n• two.\n\n"
                         "model  loss\n─────  ───────────\nVAE    ELBO\nGAN    adversarial\n\n"
                         "    x = 1\n        y = 2")


def test_card_elements_for_each_kind_of_block():
    md = ("A **list**:\n\n1. first $x_{id}$\n2. second\n\n"
          "$$\\mu = \\frac{1}{m}\\sum_i x_i$$\n\n"
          "| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nprint(1)\n```")
    found = note_elements(md)
    assert [e["type"] for e in found] == ["TextBlock", "TextBlock", "Container", "Table",
                                          "CodeBlock"]
    assert found[0]["text"] == "A **list**:"
    assert found[1]["text"] == "1. first x_id\r2. second"
    assert found[2]["style"] == "emphasis" and found[2]["items"][0]["text"] == "μ = 1/m Σᵢ xᵢ"
    table = found[3]
    assert table["firstRowAsHeader"] and len(table["columns"]) == 2
    assert table["rows"][1]["cells"][1]["items"][0]["text"] == "2"
    code = found[4]
    assert code["codeSnippet"] == "print(1)" and code["language"] == "Python"
    assert code["fallback"]["fontType"] == "Monospace"


def test_console_reads_a_card_and_its_whole_section(ask):
    """`chat --http` prints what the card shows, and "more" what its ShowCard holds."""
    a = ask("how is the normalised adjacency built")
    card = answer_card(a, LONDON, LONDON)
    activity = {"type": "message", "attachments": [{"contentType": ADAPTIVE, "content": card}]}
    text, more = activity_text(activity), activity_more(activity)
    assert "adjacency" in text and "**" not in text and "\\" not in text and "$" not in text
    # the whole section is more than its passage on the card (a hedged answer may quote the
    # next section after it, with its own citation)
    shown = text.split("\n— ")[0]
    assert more is not None and "GCNs > Building the normalised adjacency" in more
    assert len(more) > len(shown)
    assert "\\" not in more and "$" not in more


def test_a_formula_shown_again_is_converted_once(monkeypatch):
    """An answer and its card show the same formulas of the notes, and students ask the same
    things: each formula is converted once and the kept reading is the one made."""
    from bot.knowledge import math_text

    text = (r"the update is $\theta_{t+1} = \theta_t - \eta \nabla_\theta \mathcal{L}$ and "
            r"the scale is $\frac{1}{\sqrt{d_k}}$ (for $$\sum_{i=1}^{m} x_i^2$$)")
    first = readable_math(text)
    converted: list[str] = []
    convert = math_text._Converter.convert

    def counting(self, tex):
        converted.append(tex)
        return convert(self, tex)

    monkeypatch.setattr(math_text._Converter, "convert", counting)
    assert readable_math(text) == first and readable_math(text.upper()) != first
    assert len(converted) > 0 and not any(r"\theta_{t+1}" in tex for tex in converted)
    assert "θ" in first and "√" in first and "Σ" in first
