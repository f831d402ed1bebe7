"""What the intent classifier reads: the question with its entities masked, and cue features.

Masking turns "when is cw2 due" and "when is task 3 due" into the same "when is <coursework>
due", so the classifier learns the shape of a question, not this course's ids and names.
The cue features say what extraction found: concepts from the lexicon, entities, a time, and
the shape of the text (a question mark, first person, something that looks like code).
"""

from __future__ import annotations

import re

from bot.core.understand import Query

# How a masked entity reads to the embedding model: plain words it knows.
_SPOKEN = {"coursework": "the coursework", "lecture": "the lecture", "tutorial": "the tutorial",
           "note": "the notes", "person": "the lecturer", "time": "then", "week": "that week",
           "zone": "", "missing": "it"}
_WORD = re.compile(r"<\w+>|[a-z][a-z']*|\d[\w.]*")
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|my|me|mine|myself)\b")
# Error messages, code and numbers as programmers write them.
_CODE = re.compile(r"[A-Za-z]+(?:Error|Exception)\b|\w\(\S*\)|\w+\.\w+\(|\b\w+_\w+\b|\[[\d, ]+\]"
                   r"|\b\d+x\d+\b|==|->|\bnan\b|\bcuda\b", re.IGNORECASE)
# Results as they are reported of one's own training run ("train acc 99% val 61%", "loss
# 0.3 after epoch 5", "lr 1e-3"): a measure, then a number.
_METRIC = re.compile(r"\b(?:acc(?:uracy)?|loss(?:es)?|val(?:idation)?|train(?:ing)?|"
                     r"epochs?|lr|learning rate|batch(?: size)?|f1|auc|mse|bce|psnr|fid)"
                     r"(?: (?:acc(?:uracy)?|loss|of|is|at|was|=|:|after|around|of like)){0,2}"
                     r" ?[:=]? ?~?\d[\d.e-]*%?", re.IGNORECASE)
_WH = {"what", "when", "where", "who", "whom", "whose", "which", "why", "how"}
_AUX = {"is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would",
        "should", "shall", "may", "has", "have", "am"}


# A fix asked for something the writer has ("how do i fix it", "what should i do about this",
# "how can we stop that"): the problem is in their own work, whatever part describes it.
_OWN_FIX = re.compile(
    r"\bhow (?:do|can|would|should|could|to) (?:i |we )?(?:fix|solve|stop|sort(?: out)?|"
    r"avoid|prevent|get rid of|deal with|debug|handle|get past) (?:it|this|that|them|these)\b"
    r"|\bwhat (?:do|should|can) (?:i|we) do(?: about (?:it|this|that))?\b"
    r"|\bany (?:fix|fixes|ideas how to fix)\b", re.I)


def asks_own_fix(raw: str) -> bool:
    """The text asks how to fix a problem the writer has ("how do i fix it")."""
    return bool(_OWN_FIX.search(raw))


def reports_a_run(raw: str) -> bool:
    """The text reports a run of one's own work: a measure with its number ("val acc 61%",
    "loss 0.3 after epoch 5") or code or an error message."""
    return bool(_METRIC.search(raw) or _CODE.search(raw))


def masked(q: Query) -> str:
    """The normalised question with each recognised entity replaced by `<kind>`."""
    text = f" {q.text} "
    for kind, phrase in q.spans:
        if kind == "zone":
            continue  # already taken out of q.text
        text = re.sub(rf"(?<![\w<]){re.escape(phrase)}(?![\w>])", f" <{kind}> ", text, count=1)
    if any(kind == "zone" for kind, _ in q.spans):
        text += " <zone>"
    return re.sub(r"\s+", " ", text).strip()


def spoken(masked_text: str) -> str:
    """The masked question as the embedding model reads it ("when is the coursework due")."""
    text = re.sub(r"<(\w+)>", lambda m: _SPOKEN.get(m.group(1), ""), masked_text)
    return re.sub(r"\s+", " ", text).strip()


def words(masked_text: str) -> list[str]:
    return ["<num>" if w[0].isdigit() else w for w in _WORD.findall(masked_text)]


def sparse_features(q: Query, masked_text: str) -> list[str]:
    """Names of the active binary features of a parsed question."""
    ws = words(masked_text)
    feats = [f"w:{w}" for w in ws]
    padded = ["^", *ws, "$"]
    feats += [f"b:{a}_{b}" for a, b in zip(padded, padded[1:], strict=False)]
    feats += [f"cue:{c}" for c in q.cues]
    feats += [f"ent:{kind}" for kind, _ in q.spans]
    feats += [f"kind:{k}" for k in q.kinds]
    if q.missing:
        feats.append("ent:missing")
    if q.direction:
        feats.append(f"dir:{q.direction}")
    if q.time.window is not None:
        feats.append(f"window:{q.time.window.granularity}")
    if q.subject_words:
        feats.append("subject")
    if q.focus_words:
        feats.append("focus")
    raw = q.raw
    if "?" in raw:
        feats.append("shape:question_mark")
    if _FIRST_PERSON.search(raw.lower()):
        feats.append("shape:first_person")
    if _CODE.search(raw):
        feats.append("shape:code")
    if _METRIC.search(raw):
        feats.append("shape:metric")
    if ws:
        feats.append("shape:starts_wh" if ws[0] in _WH else
                     "shape:starts_aux" if ws[0] in _AUX else "shape:starts_other")
    n = len(ws)
    feats.append("len:1-2" if n <= 2 else "len:3-6" if n <= 6 else "len:7-14" if n <= 14
                 else "len:15+")
    return sorted(set(feats))
