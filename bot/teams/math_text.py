"""LaTeX in the notes, made readable where it cannot be rendered (Teams cards).

Teams shows `$\\frac{1}{\\sqrt{d_k}}$` as typed. Inside `$...$` and `$$...$$` the common
macros become Unicode (`1/√(d_k)`); text outside formulas is left alone, and anything not
recognised keeps its macro name, so nothing is lost, only made plainer.
"""

from __future__ import annotations

import re

_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "θ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ",
    "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
    "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
    "sum": "Σ", "prod": "Π", "int": "∫", "partial": "∂", "nabla": "∇", "infty": "∞",
    "cdot": "·", "cdots": "⋯", "ldots": "…", "dots": "…", "times": "×", "div": "÷",
    "pm": "±", "le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠",
    "approx": "≈", "sim": "~", "propto": "∝", "equiv": "≡", "in": "∈", "notin": "∉",
    "subset": "⊂", "subseteq": "⊆", "cup": "∪", "cap": "∩", "to": "→", "rightarrow": "→",
    "leftarrow": "←", "Rightarrow": "⇒", "mapsto": "↦", "odot": "⊙", "otimes": "⊗",
    "oplus": "⊕", "circ": "∘", "star": "⋆", "ast": "∗", "forall": "∀", "exists": "∃",
    "log": "log", "exp": "exp", "max": "max", "min": "min", "arg": "arg", "tanh": "tanh",
    "sin": "sin", "cos": "cos", "det": "det", "top": "ᵀ", "prime": "′", "|": "‖",
    "lVert": "‖", "rVert": "‖", "Vert": "‖", "lvert": "|", "rvert": "|", "mid": "|",
    "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉",
    "quad": " ", "qquad": " ", ",": " ", ";": " ", ":": " ", "!": "", "{": "{", "}": "}",
    "left": "", "right": "", "big": "", "Big": "", "bigl": "", "bigr": "", "Bigl": "",
    "Bigr": "", "bigg": "", "Bigg": "", "limits": "", "displaystyle": "", "\\": "; ",
}
_BLACKBOARD = {"R": "ℝ", "E": "𝔼", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "P": "ℙ"}
_STYLES = {"text", "textrm", "mathrm", "mathbf", "mathit", "mathsf", "mathtt", "mathcal",
           "boldsymbol", "bm", "operatorname", "textbf", "textit", "hat", "tilde", "bar",
           "overline", "vec", "widehat", "widetilde"}
_SUPERSCRIPT = str.maketrans("0123456789+-=()niT", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀ")
_SUB_OK = set("0123456789+-=()")
_SUBSCRIPT = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
# "$...$" as a formula only when it hugs its content and is not followed by a digit, so that
# prices ("$5 and $10") stay as written.
_FORMULA = re.compile(r"\$\$(.+?)\$\$|\$(?!\s)([^$\n]+?)(?<!\s)\$(?!\d)", re.S)
_WORD_OPERATORS = {"sum", "prod", "int", "log", "exp", "max", "min", "arg", "tanh", "sin",
                   "cos", "det"}
_MACRO = re.compile(r"\\([A-Za-z]+|.)")


def readable_math(text: str) -> str:
    """`text` with each `$...$` / `$$...$$` formula rewritten in plain Unicode."""
    return _FORMULA.sub(lambda m: _formula(m.group(1) or m.group(2)), text)


def _formula(tex: str) -> str:
    out = _convert(tex.strip())
    return re.sub(r"[ \t]{2,}", " ", out).strip()


def _group(tex: str, i: int) -> tuple[str, int]:
    """The braced group (or single character) starting at `i`, and where it ends."""
    while i < len(tex) and tex[i] == " ":
        i += 1
    if i >= len(tex):
        return "", i
    if tex[i] != "{":
        if tex[i] == "\\":
            m = _MACRO.match(tex, i)
            if m:
                return m.group(0), m.end()
        return tex[i], i + 1
    depth = 0
    for j in range(i, len(tex)):
        depth += {"{": 1, "}": -1}.get(tex[j], 0)
        if depth == 0:
            return tex[i + 1:j], j + 1
    return tex[i + 1:], len(tex)  # unbalanced: take the rest


def _wrap(part: str) -> str:
    if len(part) <= 1 or re.fullmatch(r"[\w.′]+", part) or (
            part.startswith("(") and part.endswith(")")):
        return part
    return f"({part})"


def _convert(tex: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(tex):
        ch = tex[i]
        if ch == "\\":
            m = _MACRO.match(tex, i)
            assert m is not None
            name, i = m.group(1), m.end()
            if name in ("begin", "end"):  # environments: their name is not content
                _, i = _group(tex, i)
            elif name in ("frac", "dfrac", "tfrac"):
                top, i = _group(tex, i)
                bottom, i = _group(tex, i)
                out.append(f"{_wrap(_convert(top))}/{_wrap(_convert(bottom))}")
            elif name == "sqrt":
                inner, i = _group(tex, i)
                out.append(f"√{_wrap(_convert(inner))}")
            elif name == "mathbb":
                inner, i = _group(tex, i)
                out.append(_BLACKBOARD.get(inner, inner))
            elif name in _STYLES:
                inner, i = _group(tex, i)
                out.append(_convert(inner))
            elif name in _WORD_OPERATORS:  # "1/N Σ", "½ log σ²": set apart from neighbours
                glue = " " if out and out[-1][-1:].isalnum() else ""
                after = tex[i:].lstrip()[:1]
                space = "" if name in ("sum", "prod", "int") or after in "([{_^" else " "
                out.append(glue + _SYMBOLS[name] + space)
            elif name in _SYMBOLS:
                out.append(_SYMBOLS[name])
            else:
                out.append(name)  # unknown: its name reads better than a backslash
        elif ch in "^_":
            inner, i = _group(tex, i + 1)
            plain = _convert(inner)
            if ch == "^" and plain in ("ᵀ", "′", "′′"):
                out.append(plain)
            elif ch == "^" and plain and all(c in "0123456789+-=()niT" for c in plain):
                out.append(plain.translate(_SUPERSCRIPT))
            elif ch == "_" and plain and all(c in _SUB_OK for c in plain):
                out.append(plain.translate(_SUBSCRIPT))
            else:
                out.append(ch + _wrap(plain))
        elif ch in "{}":
            i += 1
        elif ch == "&":
            out.append(" ")
            i += 1
        else:
            out.append(ch)
            i += 1
    return "".join(out)
