"""LaTeX in the notes, made readable where it cannot be rendered (Teams cards, the console,
the JSON `text`).

Teams shows `$\\frac{1}{\\sqrt{d_k}}$` as typed. Inside `$...$` and `$$...$$` the macros
become Unicode that keeps their meaning: accents stay on their letter (x̂, x̄, x̃), fractions
read a/b (½ where there is a character for it), roots √, sub- and superscripts use the
Unicode forms when every character has one (σ², Wᵀ, dₖ), sums keep their limits (Σᵢ₌₁ᵐ),
matrices read [a, b; c, d]. Text outside formulas is left alone, and a macro not recognised
keeps its name, so nothing is lost, only made plainer; `unknown_macros` lists them.
"""

from __future__ import annotations

import re
from functools import lru_cache

_SYMBOLS = {
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "epsilon": "ε", "varepsilon": "ε",
    "zeta": "ζ", "eta": "η", "theta": "θ", "vartheta": "θ", "iota": "ι", "kappa": "κ",
    "lambda": "λ", "mu": "μ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ", "sigma": "σ",
    "tau": "τ", "upsilon": "υ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ",
    "omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ", "Xi": "Ξ",
    "Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω", "ell": "ℓ",
    "sum": "Σ", "prod": "Π", "int": "∫", "partial": "∂", "nabla": "∇", "infty": "∞",
    "cdot": "·", "cdots": "⋯", "ldots": "…", "dots": "…", "vdots": "⋮", "ddots": "⋱",
    "times": "×", "div": "÷", "pm": "±", "mp": "∓", "le": "≤", "leq": "≤", "ge": "≥",
    "geq": "≥", "ne": "≠", "neq": "≠", "ll": "≪", "gg": "≫", "lesssim": "≲", "gtrsim": "≳",
    "approx": "≈", "sim": "~", "simeq": "≃", "asymp": "≍", "propto": "∝", "equiv": "≡",
    "triangleq": "≜", "coloneqq": "≔", "in": "∈", "notin": "∉", "ni": "∋", "subset": "⊂",
    "subseteq": "⊆", "supset": "⊃", "cup": "∪", "cap": "∩", "setminus": "∖",
    "emptyset": "∅", "varnothing": "∅", "to": "→", "rightarrow": "→", "leftarrow": "←",
    "longrightarrow": "⟶", "Rightarrow": "⇒", "Leftarrow": "⇐", "Leftrightarrow": "⇔",
    "iff": "⇔", "implies": "⇒", "mapsto": "↦", "uparrow": "↑", "downarrow": "↓",
    "odot": "⊙", "otimes": "⊗", "oplus": "⊕", "bigoplus": "⊕", "bigotimes": "⊗",
    "circ": "∘", "star": "⋆", "ast": "∗", "bullet": "•", "forall": "∀", "exists": "∃",
    "neg": "¬", "land": "∧", "lor": "∨", "wedge": "∧", "vee": "∨", "perp": "⊥", "bot": "⊥",
    "top": "ᵀ", "intercal": "ᵀ", "prime": "′", "angle": "∠", "degree": "°",
    "|": "‖", "lVert": "‖", "rVert": "‖", "Vert": "‖", "lvert": "|", "rvert": "|",
    "vert": "|", "mid": "|", "langle": "⟨", "rangle": "⟩", "lfloor": "⌊", "rfloor": "⌋",
    "lceil": "⌈", "rceil": "⌉", "colon": ":", "{": "{", "}": "}", "_": "_", "%": "%",
    "$": "$", "#": "#", "&": "&",
    "quad": " ", "qquad": "  ", ",": " ", ";": " ", ":": " ", ">": " ", "!": "", " ": " ",
    "left": "", "right": "", "big": "", "Big": "", "bigl": "", "bigr": "", "Bigl": "",
    "Bigr": "", "bigg": "", "Bigg": "", "biggl": "", "biggr": "", "limits": "",
    "nolimits": "", "displaystyle": "", "textstyle": "", "scriptstyle": "", "nonumber": "",
    "notag": "",
}
# Operators written as words: set apart from their neighbours ("½ log σ²").
_WORDS = {"log", "ln", "exp", "max", "min", "arg", "sup", "inf", "lim", "tanh", "sinh",
          "cosh", "sin", "cos", "tan", "det", "dim", "ker", "Pr", "deg", "gcd"}
_BIG_OPERATORS = {"sum", "prod", "int", "bigoplus", "bigotimes"}
_BLACKBOARD = {"R": "ℝ", "N": "ℕ", "Z": "ℤ", "Q": "ℚ", "C": "ℂ", "P": "ℙ", "H": "ℍ",
               "1": "𝟙"}
_SCRIPT = {"B": "ℬ", "E": "ℰ", "F": "ℱ", "H": "ℋ", "I": "ℐ", "L": "ℒ", "M": "ℳ", "R": "ℛ"}
_FRAKTUR = {"C": "ℭ", "H": "ℌ", "I": "ℑ", "R": "ℜ", "Z": "ℨ"}
_STYLES = {"text", "textrm", "textit", "textbf", "textsf", "texttt", "mathrm", "mathbf",
           "mathit", "mathsf", "mathtt", "boldsymbol", "bm", "mathnormal", "operatorname",
           "operatorname*", "mbox", "hbox", "emph"}
# Accents over their letter, as combining characters.
_ACCENTS = {"hat": "\u0302", "widehat": "\u0302", "tilde": "\u0303", "widetilde": "\u0303",
            "bar": "\u0304", "overline": "\u0305", "vec": "\u20d7", "overrightarrow": "\u20d7",
            "overleftarrow": "\u20d6", "dot": "\u0307", "ddot": "\u0308", "check": "\u030c",
            "breve": "\u0306", "acute": "\u0301", "grave": "\u0300", "underline": "\u0332"}
_SUPER = dict(zip("0123456789+-=()niTabcdefghijklmoprstuvwxyzABDEGHIJKLMNOPRUVW′",
                  "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵀᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵁⱽᵂ′",
                  strict=True))
_SUB = dict(zip("0123456789+-=()aehijklmnoprstuvx", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ",
                strict=True))
_FRACTIONS = {("1", "2"): "½", ("1", "3"): "⅓", ("2", "3"): "⅔", ("1", "4"): "¼",
              ("3", "4"): "¾", ("1", "5"): "⅕", ("1", "8"): "⅛"}
# How many arguments a macro takes, when it is a sub- or superscript without braces.
_ARGUMENTS = {**dict.fromkeys(["frac", "dfrac", "tfrac", "cfrac", "binom", "stackrel",
                                "overset", "underset"], 2),
              **dict.fromkeys(["sqrt", "mathbb", "mathcal", "mathscr", "mathfrak", "text",
                                "textrm", "textit", "textbf", "textsf", "texttt", "mathrm",
                                "mathbf", "mathit", "mathsf", "mathtt", "boldsymbol", "bm",
                                "mathnormal", "operatorname", "mbox", "hbox", "emph", "hat",
                                "widehat", "tilde", "widetilde", "bar", "overline", "vec",
                                "overrightarrow", "overleftarrow", "dot", "ddot", "check",
                                "breve", "acute", "grave", "underline"], 1)}
_MATRICES = {"bmatrix": "[]", "pmatrix": "()", "vmatrix": "||", "Vmatrix": "‖‖",
             "matrix": "", "smallmatrix": "", "array": "", "Bmatrix": "{}"}

# "$...$" as a formula only when it hugs its content and is not followed by a digit, so that
# prices ("$5 and $10") stay as written.
_FORMULA = re.compile(r"\$\$(.+?)\$\$|\$(?!\s)([^$\n]+?)(?<!\s)\$(?!\d)", re.S)
_MACRO = re.compile(r"\\([A-Za-z]+\*?|.)")


def readable_math(text: str) -> str:
    """`text` with each `$...$` / `$$...$$` formula rewritten in plain Unicode."""
    return _FORMULA.sub(lambda m: formula(m.group(1) if m.group(1) is not None
                                          else m.group(2), display=m.group(1) is not None),
                        text)


@lru_cache(maxsize=2048)
def formula(tex: str, display: bool = False) -> str:
    """One formula's LaTeX (without its dollars) as Unicode; a display keeps its lines.
    Kept for the notes' formulas, which answers and their cards show again and again."""
    out = _Converter(display).convert(tex.strip())
    lines = [re.sub(r"[ \t]{2,}", " ", line).strip() for line in out.split("\n")]
    return "\n".join(line for line in lines if line)


def unknown_macros(text: str) -> set[str]:
    """Macros in the formulas of `text` that are shown by name: not yet made readable."""
    found: set[str] = set()
    for m in _FORMULA.finditer(text):
        converter = _Converter(m.group(1) is not None)
        converter.convert(m.group(1) or m.group(2) or "")
        found |= converter.unknown
    return found


def _map_all(text: str, table: dict[str, str]) -> str | None:
    return "".join(table[c] for c in text) if text and all(c in table for c in text) else None


def _accent(text: str, mark: str) -> str:
    """The combining `mark` on every letter ("x̂", "x̄ᵢ"), or after a bracketed group."""
    if len(text) == 1 or all(c.isalnum() for c in text):
        return "".join(c + mark for c in text)
    return f"({text}){mark}"


_ATOM = re.compile(r"[\w.′\u0300-\u036f\u20d0-\u20ff]+")


def _wrap(part: str) -> str:
    """Brackets for a fraction's or root's part when it is more than one symbol."""
    if len(part) <= 1 or _ATOM.fullmatch(part) or _bracketed(part) or (
            part[0] in "√∛∜" and (_ATOM.fullmatch(part[1:]) or _bracketed(part[1:]))):
        return part
    return f"({part})"


def _bracketed(part: str) -> bool:
    return len(part) > 1 and part[0] in "([" and part[-1] in ")]" and _balanced(part[1:-1])


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += {"(": 1, "[": 1, ")": -1, "]": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


class _Converter:
    def __init__(self, display: bool):
        self.display = display
        self.unknown: set[str] = set()

    def convert(self, tex: str) -> str:
        out: list[str] = []
        i = 0
        while i < len(tex):
            ch = tex[i]
            if ch == "\\":
                m = _MACRO.match(tex, i)
                assert m is not None
                end = m.end()
                if m.group(1)[:1].isalpha():
                    # The space that ends a macro's name before a letter is not content
                    # ("N\times D" is N×D); before "=" it reads better kept.
                    after = end
                    while after < len(tex) and tex[after] == " ":
                        after += 1
                    if after < len(tex) and tex[after].isalnum():
                        end = after
                i = self._macro(m.group(1), tex, end, out)
            elif ch in "^_":
                inner, i = self._group(tex, i + 1)
                out.append(self._script(ch, self.convert(inner)))
            elif ch in "{}":
                i += 1
            elif ch == "&" or ch == "~":
                out.append(" ")
                i += 1
            else:
                out.append(ch)
                i += 1
        return "".join(out)

    def _group(self, tex: str, i: int) -> tuple[str, int]:
        """The braced group (or single character or macro) starting at `i`, and its end."""
        while i < len(tex) and tex[i] == " ":
            i += 1
        if i >= len(tex):
            return "", i
        if tex[i] != "{":
            if tex[i] == "\\":
                m = _MACRO.match(tex, i)
                if m:  # a macro with its arguments: "x_\mathcal{B}", "e^\frac{a}{b}"
                    end = m.end()
                    for _ in range(_ARGUMENTS.get(m.group(1), 0)):
                        _, end = self._group(tex, end)
                    return tex[i:end], end
            return tex[i], i + 1
        depth = 0
        for j in range(i, len(tex)):
            if tex[j] == "\\":
                continue
            if j > 0 and tex[j - 1] == "\\":
                continue
            depth += {"{": 1, "}": -1}.get(tex[j], 0)
            if depth == 0:
                return tex[i + 1:j], j + 1
        return tex[i + 1:], len(tex)  # unbalanced: take the rest

    def _optional(self, tex: str, i: int) -> tuple[str | None, int]:
        """An optional [argument] at `i`, if there is one."""
        if i < len(tex) and tex[i] == "[":
            end = tex.find("]", i)
            if end > 0:
                return tex[i + 1:end], end + 1
        return None, i

    def _script(self, kind: str, plain: str) -> str:
        if kind == "^" and plain in ("ᵀ", "′", "′′", "*", "∗"):
            return plain if plain not in ("*", "∗") else "*"
        mapped = _map_all(plain, _SUPER if kind == "^" else _SUB)
        if mapped is not None:
            return mapped
        return kind + _wrap(plain)

    def _macro(self, name: str, tex: str, i: int, out: list[str]) -> int:
        if name in ("begin", "end"):
            env, i = self._group(tex, i)
            if env in _MATRICES:
                if name == "begin":
                    body_end = tex.find(f"\\end{{{env}}}", i)
                    body = tex[i:body_end if body_end >= 0 else len(tex)]
                    if env == "array":
                        _, i2 = self._group(tex, i)  # the column spec
                        body = tex[i2:body_end if body_end >= 0 else len(tex)]
                    out.append(self._matrix(body, _MATRICES[env]))
                    return body_end + len(f"\\end{{{env}}}") if body_end >= 0 else len(tex)
                return i
            if env == "cases" and name == "begin":
                out.append("{ ")
            return i  # aligned, equation, cases: their lines are kept
        if name in ("frac", "dfrac", "tfrac", "cfrac"):
            top, i = self._group(tex, i)
            bottom, i = self._group(tex, i)
            top_s, bottom_s = self.convert(top).strip(), self.convert(bottom).strip()
            if (top_s, bottom_s) in _FRACTIONS:
                out.append(_FRACTIONS[(top_s, bottom_s)])
            else:
                out.append(f"{_wrap(top_s)}/{_wrap(bottom_s)}")
            return i
        if name == "binom":
            top, i = self._group(tex, i)
            bottom, i = self._group(tex, i)
            out.append(f"C({self.convert(top)}, {self.convert(bottom)})")
            return i
        if name == "sqrt":
            degree, i = self._optional(tex, i)
            inner, i = self._group(tex, i)
            root = {"3": "∛", "4": "∜"}.get(degree or "", "√")
            if degree and degree not in ("3", "4"):
                root = (_map_all(degree, _SUPER) or degree) + "√"
            out.append(root + _wrap(self.convert(inner).strip()))
            return i
        if name == "mathbb":
            inner, i = self._group(tex, i)
            out.append("".join(_BLACKBOARD.get(c, _double_struck(c)) for c in inner))
            return i
        if name in ("mathcal", "mathscr"):
            inner, i = self._group(tex, i)
            out.append("".join(_SCRIPT.get(c, _letter(c, 0x1D49C)) for c in inner))
            return i
        if name == "mathfrak":
            inner, i = self._group(tex, i)
            out.append("".join(_FRAKTUR.get(c, _letter(c, 0x1D504)) for c in inner))
            return i
        if name in _ACCENTS:
            inner, i = self._group(tex, i)
            out.append(_accent(self.convert(inner).strip(), _ACCENTS[name]))
            return i
        if name in ("underbrace", "overbrace"):
            inner, i = self._group(tex, i)
            out.append(self.convert(inner))
            j = i
            while j < len(tex) and tex[j] == " ":
                j += 1
            if j < len(tex) and tex[j] in "_^":  # the brace's label: "(= label)"
                label, i = self._group(tex, j + 1)
                out.append(f" (= {self.convert(label).strip()})")
            return i
        if name in ("stackrel", "overset", "underset"):
            _, i = self._group(tex, i)  # what is written over the symbol: its meaning stays
            base, i = self._group(tex, i)
            out.append(self.convert(base))
            return i
        if name in _STYLES:
            inner, i = self._group(tex, i)
            out.append(self.convert(inner))
            return i
        if name in ("label", "tag", "eqref", "ref"):
            _, i = self._group(tex, i)
            return i
        if name in ("\\", "cr", "newline"):
            out.append("\n" if self.display else "; ")
            return i
        if name in _WORDS or name in _BIG_OPERATORS:
            word = _SYMBOLS.get(name, name)
            glue = " " if out and out[-1][-1:].isalnum() else ""
            after = tex[i:].lstrip()[:1]
            space = "" if name in _BIG_OPERATORS or after in "([{_^\\" or not after else " "
            out.append(glue + word + space)
            return i
        if name in _SYMBOLS:
            out.append(_SYMBOLS[name])
            return i
        if name.endswith("*") and name[:-1] in _STYLES:
            return self._macro(name[:-1], tex, i, out)
        self.unknown.add(name)
        out.append(name)  # unknown: its name reads better than a backslash
        return i

    def _matrix(self, body: str, brackets: str) -> str:
        rows = [r for r in re.split(r"\\\\", body) if r.strip()]
        cells = [", ".join(self.convert(c).strip() for c in row.split("&")) for row in rows]
        inner = "; ".join(cells)
        return f"{brackets[0]}{inner}{brackets[1]}" if brackets else inner


def _letter(c: str, base: int) -> str:
    """A Latin capital in a Mathematical Alphanumeric style starting at `base`."""
    return chr(base + ord(c) - ord("A")) if "A" <= c <= "Z" else c


def _double_struck(c: str) -> str:
    if "A" <= c <= "Z":
        return chr(0x1D538 + ord(c) - ord("A"))
    return c
