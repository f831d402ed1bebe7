"""Word pieces counted by the embedding model's own (fast, Rust) tokenizer.

Passages must fit in what MiniLM reads (256 pieces). An estimate from words errs on
formulas and code, which split into many pieces; the tokenizer is exact and fast enough
(tens of microseconds a unit), so it is used whenever the model folder has one.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from bot.knowledge.chunk import estimate_pieces

log = logging.getLogger(__name__)

PieceCounter = Callable[[str], int]


class TokenizerPieces:
    """`pieces(text)`: how many word pieces the model makes of `text` (no [CLS]/[SEP])."""

    def __init__(self, tokenizer_json: Path):
        import tokenizers

        self._tokenizer = tokenizers.Tokenizer.from_file(str(tokenizer_json))
        self._tokenizer.no_truncation()
        self._tokenizer.no_padding()
        # Packing asks about the same texts more than once (a unit, then its sentences).
        self._memo: OrderedDict[str, int] = OrderedDict()

    def __call__(self, text: str) -> int:
        found = self._memo.get(text)
        if found is None:
            found = len(self._tokenizer.encode(text, add_special_tokens=False).ids)
            self._memo[text] = found
            if len(self._memo) > 50_000:
                self._memo.popitem(last=False)
        return found


def piece_counter(model_dir: Path | None) -> PieceCounter:
    """The model's tokenizer when its folder has `tokenizer.json`, else the estimate."""
    if model_dir is not None and (model_dir / "tokenizer.json").is_file():
        try:
            return TokenizerPieces(model_dir / "tokenizer.json")
        except Exception as exc:  # noqa: BLE001 - a broken tokenizer file: estimate instead
            log.warning("cannot read %s/tokenizer.json (%s): word pieces are estimated",
                        model_dir, exc)
    return estimate_pieces
