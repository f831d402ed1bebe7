"""Settings at their edges: empty values, the pool's minimum, a port given on the command
line, and the console's own server kept away from the real deployment."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.cli.serve import console_settings
from bot.config import ConfigError, Settings


def test_an_empty_setting_means_its_default():
    # An empty variable (a blank line in a compose file) reads like an unset one.
    s = Settings.from_env({"PORT": "", "BOT_TRIAGE_RETENTION_DAYS": " ",
                           "BOT_DEFER_AFTER": "", "BOT_DATABASE_POOL": ""})
    assert (s.port, s.triage_retention_days, s.defer_after, s.database_pool) == \
        (3978, 180, 5.0, 8)


def test_a_database_pool_of_one_is_refused():
    # Setting up a database holds one connection (the migration lock) and reads with another.
    with pytest.raises(ConfigError, match="BOT_DATABASE_POOL"):
        Settings.from_env({"BOT_DATABASE_POOL": "1"})
    assert Settings.from_env({"BOT_DATABASE_POOL": "2"}).database_pool == 2


def test_a_port_from_the_command_line_moves_the_default_public_url_only():
    moved = Settings.from_env({}).on_port(4000)
    assert (moved.port, moved.public_url) == (4000, "http://localhost:4000")
    public = Settings.from_env({"BOT_PUBLIC_URL": "https://bot.example.org"}).on_port(4000)
    assert (public.port, public.public_url) == (4000, "https://bot.example.org")


def test_the_console_server_never_touches_the_real_deployment(tmp_path):
    real = Settings.from_env({
        "BOT_DATABASE_URL": "postgresql://bot@db.example.org/bot",
        "BOT_TA_CHANNEL": "19:tas@thread.tacv2",
        "BOT_TEAMS_SERVICE_URL": "https://smba.trafficmanager.net/emea/",
        "MicrosoftAppId": "00000000-0000-0000-0000-000000000001",
        "MicrosoftAppPassword": "secret", "MicrosoftAppTenantId": "t"})
    assert real.ta_channel and real.teams_service_url and real.database_path is None
    local = console_settings(real, tmp_path)
    assert local.database_url.startswith("sqlite:") and Path(tmp_path) in \
        Path(local.database_path).parents
    assert (local.ta_channel, local.teams_service_url, local.app_id, local.app_password) == \
        ("", "", "", "")
    assert local.local_mode


def test_a_database_engine_error_on_the_command_line_is_an_error_line(monkeypatch, capsys):
    import sqlite3

    import bot.__main__ as cli

    def locked(args, settings):
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(cli, "_run", locked)
    assert cli.main(["triage", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: database: database is locked") and "Traceback" not in err
