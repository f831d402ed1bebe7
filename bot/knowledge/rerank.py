"""The reranker: a cross-encoder that reads the question and a unit of the notes together
and scores how well the unit answers it.

Fine-tuned from the shipped MiniLM (`python -m bot knowledge train-reranker`). The word,
position and type embeddings are the embedding model's own, frozen while training, so
the artifact holds only what training changed: the first `layers` transformer layers, the
pooler and a one-number head. Loading builds the network from the embedding model's
folder (whose weights the `Embedder` checks by sha256) and the artifact, whose own sha256
and the embedding model's it was trained from are checked against its manifest, so a
corrupt, swapped or stale reranker fails loudly at start.

On disk: `reranker.safetensors` beside `reranker.json` (the manifest: sha256, base model
sha256, layers, max length, training data and measured figures).
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any

import numpy as np

from bot.core.embedding import checked_manifest, sha256_of

MODEL_FILE = "reranker.safetensors"
MANIFEST_FILE = "reranker.json"
# The question and a unit are read together up to this many word pieces: a unit's opening
# says what it is about, and a shorter input keeps scoring a section's units cheap.
MAX_LENGTH = 128


class RerankerError(RuntimeError):
    """The reranker is missing, corrupt or does not match the embedding model."""


def bundled_reranker_dir() -> Path:
    return Path(__file__).resolve().parent / "reranker"


def build_network(base_dir: Path, layers: int) -> Any:
    """MiniLM with `layers` transformer layers and a one-logit head, the base weights
    loaded (the head is new)."""
    import torch
    from safetensors.torch import load_file
    from transformers import BertConfig, BertForSequenceClassification

    config = BertConfig.from_pretrained(str(base_dir), local_files_only=True)
    config.num_hidden_layers = layers
    config.num_labels = 1
    network = BertForSequenceClassification(config)
    base = load_file(str(base_dir / "model.safetensors"))
    state = {f"bert.{k}": v for k, v in base.items()
             if not k.startswith("encoder.layer.") or int(k.split(".")[2]) < layers}
    state.pop("bert.embeddings.position_ids", None)
    missing, _ = network.load_state_dict(state, strict=False)
    if any(not m.startswith("classifier.") for m in missing):
        raise RerankerError(f"the base model at {base_dir} lacks {missing}")
    for p in network.bert.embeddings.parameters():  # shared with the embedding model
        p.requires_grad = False
    network.to(torch.float32)
    return network


def trained_state(network: Any) -> dict[str, Any]:
    """What the artifact stores: every parameter training may change."""
    return {k: v.detach().contiguous() for k, v in network.named_parameters()
            if v.requires_grad}


class Reranker:
    """Scores (question, unit) pairs; thread-safe, one torch thread per call."""

    def __init__(self, network: Any, tokenizer: Any, max_length: int = MAX_LENGTH,
                 meta: dict[str, Any] | None = None):
        self.network = network.eval()
        self.tokenizer = tokenizer
        self.max_length = max_length
        self.meta = meta or {}
        self._lock = threading.Lock()

    @classmethod
    def load(cls, folder: Path, base_dir: Path, base_sha256: str) -> Reranker:
        import torch
        from safetensors.torch import load_file
        from transformers import AutoTokenizer

        path, manifest_path = folder / MODEL_FILE, folder / MANIFEST_FILE
        manifest = checked_manifest(path, manifest_path, "reranker",
                                    "python -m bot knowledge train-reranker", RerankerError)
        if manifest.get("base_sha256") != base_sha256:
            raise RerankerError(f"{path} was trained from another embedding model; retrain "
                                "it with `python -m bot knowledge train-reranker`")
        try:
            network = build_network(base_dir, int(manifest["layers"]))
            trained = load_file(str(path))
            expected = trained_state(network)
            if set(trained) != set(expected):
                raise RerankerError(f"{path} does not hold the layers its manifest names")
            network.load_state_dict({k: v.to(torch.float32) for k, v in trained.items()},
                                    strict=False)
            tokenizer = AutoTokenizer.from_pretrained(str(base_dir), local_files_only=True)
        except (OSError, KeyError, ValueError) as exc:
            raise RerankerError(f"cannot load the reranker {path}: {exc}") from exc
        return cls(network, tokenizer, int(manifest.get("max_length", MAX_LENGTH)), manifest)

    def scores(self, question: str, texts: list[str]) -> np.ndarray:
        """One logit per text: how well it answers the question (higher is better)."""
        if not texts:
            return np.zeros(0, dtype=np.float32)
        import torch

        batch = self.tokenizer([question] * len(texts), texts, padding=True,
                               truncation="only_second", max_length=self.max_length,
                               return_tensors="pt")
        with self._lock, torch.inference_mode():
            torch.set_num_threads(1)
            logits = self.network(**batch).logits[:, 0]
        return logits.float().numpy()


def save(network: Any, folder: Path, meta: dict[str, Any]) -> str:
    """Write the trained parameters (half precision: the artifact is half the size, the
    scores move by under 1e-3) and the manifest; returns the artifact's sha256."""
    import torch
    from safetensors.torch import save_file

    folder.mkdir(parents=True, exist_ok=True)
    path = folder / MODEL_FILE
    tmp = path.with_suffix(".tmp")
    save_file({k: v.to(torch.float16) for k, v in trained_state(network).items()}, str(tmp),
              metadata={"format": "pt"})
    tmp.replace(path)
    digest = sha256_of(path)
    manifest = dict(meta, sha256=digest, file=MODEL_FILE)
    (folder / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return digest
