"""A seeded slice of bench/fuzz_http.py's corpus against in-process servers: no 5xx, no crash.

The bench sends at least 1,000 requests per mode to a server process with the real model;
this slice (the same generator, a different seed) keeps the guarantee in the test suite.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from teams_support import LocalCredentials, no_sleep, running

from bot.config import Settings
from bot.core.assistant import Assistant
from bot.server import create_app
from bot.teams.auth import make_authentication
from bot.teams.retry import RetryPolicy

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import fuzz_http  # noqa: E402

NOW = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))
PER_MODE = 150
SEED = 2024


def test_a_seeded_fuzz_slice_gets_no_5xx_in_any_mode(schedule, tmp_path, caplog):
    caplog.set_level(logging.WARNING)
    assistant = Assistant(lambda: schedule)
    requests = fuzz_http.corpus(PER_MODE, SEED)
    quick = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.02, max_retry_after=0.1)
    issuer = fuzz_http.Issuer()

    async def scenario():
        async with running(issuer.app()) as idp:
            issuer.base_url = idp
            local_settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path / "local")})
            creds_settings = Settings.from_env({
                "BOT_DATA_DIR": str(tmp_path / "creds"), "MicrosoftAppId": fuzz_http.APP_ID,
                "MicrosoftAppPassword": "x", "MicrosoftAppTenantId": fuzz_http.TENANT})
            local = create_app(local_settings, assistant, lambda: NOW, run_reminders=False,
                               retry=quick, sleep=no_sleep)
            creds = create_app(creds_settings, assistant, lambda: NOW, run_reminders=False,
                               retry=quick, sleep=no_sleep, authentication=make_authentication(
                                   creds_settings, openid_metadata_url=f"{idp}/openid",
                                   credentials=LocalCredentials()))
            async with running(local) as local_base, running(creds) as creds_base:
                connector = f"{local_base}/connector/"
                results = [
                    await fuzz_http.run_mode("local", requests, local_base, connector, None),
                    await fuzz_http.run_mode("creds-no-token", requests, creds_base,
                                             connector, None),
                    await fuzz_http.run_mode("creds-valid-token", requests, creds_base,
                                             connector, issuer.token),
                ]
                answers = [await fuzz_http.still_answers(local_base, connector, None),
                           await fuzz_http.still_answers(creds_base, connector,
                                                         issuer.token(connector))]
                return results, answers

    results, answers = asyncio.run(scenario())
    for result in results:
        assert result.sent == PER_MODE
        assert result.five_xx == [], result.mode
        assert result.no_response == [], result.mode
    # Authentication really was passed in the last mode: turns ran (201) and invokes answered.
    assert results[2].statuses[201] > PER_MODE // 4 and results[2].statuses[200] > 0
    assert answers == [True, True]
    crashed = [r.getMessage() for r in caplog.records
               if r.levelno >= logging.ERROR and r.name.startswith("bot.")]
    assert crashed == []
