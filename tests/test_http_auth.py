"""Authentication cannot be bypassed or starved (issue 11, section 2): tokens and signing keys."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest
from teams_support import APP_ID, LocalCredentials, TokenIssuer, activity_json, running

from bot.config import Settings
from bot.core.assistant import Assistant
from bot.server import SERVICES, create_app
from bot.teams.auth import CLOCK_SKEW, make_authentication
from bot.teams.signing_keys import SigningKeys

NOW = datetime(2021, 2, 1, 9, 0, tzinfo=ZoneInfo("Europe/London"))


@pytest.fixture(scope="module")
def schedule_assistant(schedule) -> Assistant:
    return Assistant(lambda: schedule)


class Monotonic:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def settings_for(tmp_path: Path) -> Settings:
    return Settings.from_env({"BOT_DATA_DIR": str(tmp_path), "MicrosoftAppId": APP_ID,
                              "MicrosoftAppPassword": "secret",
                              "MicrosoftAppTenantId": "tenant-1"})


class Bot:
    """A credentials-mode bot whose replies go to a local connector, with its issuer."""

    def __init__(self, base: str, service_url: str, session: aiohttp.ClientSession,
                 issuer: TokenIssuer, connector_app):
        self.base = base
        self.service_url = service_url
        self.session = session
        self.issuer = issuer
        self.connector_app = connector_app
        self._conversations: Iterator[int] = iter(range(1_000_000))

    async def post(self, token: str | None, channel: str = "msteams") -> int:
        body = activity_json("when is cw2 due?", service_url=self.service_url,
                             conversation=f"conv-{next(self._conversations)}",
                             channelId=channel)
        headers = {"Authorization": f"Bearer {token}"} if token else None
        async with self.session.post(f"{self.base}/api/messages", json=body,
                                     headers=headers) as r:
            return r.status

    def token(self, **kwargs) -> str:
        return self.issuer.token(APP_ID, self.service_url, **kwargs)

    def delivered(self) -> int:
        connector = self.connector_app[SERVICES].connector
        return sum(len(connector.bot_activities(f"conv-{i}")) for i in range(200))


async def with_bot(assistant, tmp_path: Path, scenario, keys=None):
    issuer = TokenIssuer()
    async with running(issuer.app()) as idp:
        issuer.base_url = idp
        settings = settings_for(tmp_path)
        if keys is not None:
            keys = keys(f"{idp}/openid")
        auth = make_authentication(settings, openid_metadata_url=f"{idp}/openid",
                                   credentials=LocalCredentials(), keys=keys)
        connector_app = create_app(Settings.from_env({"BOT_DATA_DIR": str(tmp_path / "c")}),
                                   assistant, lambda: NOW, run_reminders=False)
        async with running(connector_app) as connector:
            app = create_app(settings, assistant, lambda: NOW, authentication=auth,
                             typing_after=30, run_reminders=False)
            async with running(app) as base, aiohttp.ClientSession() as session:
                try:
                    return await scenario(Bot(base, f"{connector}/connector/", session, issuer,
                                              connector_app), auth)
                finally:
                    issuer.release()


def test_tokens_need_exp_and_are_held_to_a_small_clock_skew(schedule_assistant, tmp_path):
    assert CLOCK_SKEW == 300

    async def scenario(bot: Bot, auth):
        return {
            "valid": await bot.post(bot.token()),
            "no exp": await bot.post(bot.token(expires_in=None)),
            "expired 10 min ago": await bot.post(bot.token(expires_in=-600)),
            "expired 2 min ago (within the skew)": await bot.post(bot.token(expires_in=-120)),
            "not before 10 min from now": await bot.post(bot.token(not_before=600)),
            "not before 2 min from now (within the skew)":
                await bot.post(bot.token(not_before=120)),
            "key not endorsed for the channel": await bot.post(bot.token(), channel="webchat"),
        }

    results = asyncio.run(with_bot(schedule_assistant, tmp_path, scenario))
    assert results == {
        "valid": 201, "no exp": 401, "expired 10 min ago": 401,
        "expired 2 min ago (within the skew)": 201, "not before 10 min from now": 401,
        "not before 2 min from now (within the skew)": 201,
        "key not endorsed for the channel": 401,
    }


def test_a_hung_issuer_neither_starves_nor_stops_the_bot(schedule_assistant, tmp_path):
    clock = Monotonic()

    def keys(url: str) -> SigningKeys:
        return SigningKeys(url, timeout=0.5, refresh_after=86_400, refetch_interval=300,
                           retry_interval=30, monotonic=clock)

    async def scenario(bot: Bot, auth):
        keys = auth.keys
        issuer = bot.issuer
        steps = {"first": await bot.post(bot.token()), "fetches": keys.fetches}

        # A day later the keys are due for a refresh, and the issuer hangs.
        issuer.hang()
        clock.now += 86_401
        known = await asyncio.gather(*(bot.post(bot.token()) for _ in range(8)))
        steps["known key while the refresh hangs"] = known
        steps["fetches started for 8 requests"] = keys.fetches - steps["fetches"]
        started = time.perf_counter()
        async with bot.session.get(f"{bot.base}/healthz") as r:
            steps["healthz"] = r.status
        steps["healthz seconds"] = time.perf_counter() - started
        # The worker threads that answer questions are free (nothing waits in them).
        steps["executor free"] = await asyncio.wait_for(asyncio.to_thread(lambda: True), 5)
        # Unknown key ids wait for the one fetch under way, which times out: 401.
        unknown = await asyncio.gather(*(bot.post(bot.token(kid="rotated-key"))
                                         for _ in range(5)))
        steps["unknown key while hung"] = unknown
        steps["metadata requests while hung"] = issuer.served - 1
        # Right after a failed fetch, an unknown key id does not make the bot ask again.
        steps["unknown key just after"] = await bot.post(bot.token(kid="rotated-key"))
        steps["fetches so far"] = keys.fetches

        # The issuer recovers (its hung connection stays hung) and has rotated to a new key.
        issuer.recover()
        issuer.rotate("rotated-key")
        clock.now += 31
        steps["new key after recovery"] = await bot.post(bot.token(kid="rotated-key"))
        steps["old key after recovery"] = await bot.post(bot.token())
        steps["fetches in all"] = keys.fetches
        steps["delivered"] = bot.delivered()
        return steps

    steps = asyncio.run(with_bot(schedule_assistant, tmp_path, scenario, keys=keys))
    assert steps["first"] == 201 and steps["fetches"] == 1
    assert steps["known key while the refresh hangs"] == [201] * 8
    assert steps["fetches started for 8 requests"] == 1  # single flight
    assert steps["healthz"] == 200 and steps["healthz seconds"] < 1.0
    assert steps["executor free"] is True
    assert steps["unknown key while hung"] == [401] * 5
    assert steps["metadata requests while hung"] == 1  # the one refresh, shared
    assert steps["unknown key just after"] == 401 and steps["fetches so far"] == 2
    assert steps["new key after recovery"] == 201 and steps["old key after recovery"] == 201
    assert steps["fetches in all"] == 3
    assert steps["delivered"] == 1 + 8 + 2  # every accepted request was answered


# --- the key cache on its own ------------------------------------------------------------------

class FakeIssuer:
    """`fetch` for SigningKeys: answers from `documents`, or waits while `gate` is closed."""

    def __init__(self, issuer: TokenIssuer) -> None:
        import json

        from jwt.algorithms import RSAAlgorithm

        self.issuer = issuer
        self.calls = 0
        self.gate = asyncio.Event()
        self.gate.set()
        self.fail = False
        self._jwk = lambda kid, key: {**json.loads(RSAAlgorithm.to_jwk(key.public_key())),
                                      "kid": kid}

    async def __call__(self, url: str):
        self.calls += 1
        await self.gate.wait()
        if self.fail:
            raise aiohttp.ClientConnectionError("issuer down")
        if url.endswith("/openid"):
            return {"jwks_uri": "https://issuer.test/keys"}
        return {"keys": [self._jwk(kid, key) for kid, key in self.issuer.keys.items()]
                + [{"kid": "not-rsa", "kty": "EC"}, "garbage"]}


def test_signing_keys_single_flight_kept_on_failure_and_throttled():
    issuer = TokenIssuer()
    fake = FakeIssuer(issuer)
    clock = Monotonic()
    keys = SigningKeys("https://issuer.test/openid", fetch=fake, monotonic=clock,
                       refetch_interval=300, retry_interval=30, refresh_after=86_400)

    async def scenario():
        fake.gate.clear()
        waiting = [asyncio.ensure_future(keys.get(issuer.kid)) for _ in range(10)]
        await asyncio.sleep(0)
        fake.gate.set()
        found = await asyncio.gather(*waiting)
        results = {"concurrent callers": {k is not None for k in found},
                   "fetches for 10 callers": keys.fetches, "documents read": fake.calls}
        # Unknown key ids: no refetch until refetch_interval has passed since the last one.
        for _ in range(5):
            await keys.get("unknown")
        results["fetches after 5 unknown"] = keys.fetches
        clock.now += 301
        await keys.get("unknown")
        results["fetches after the interval"] = keys.fetches
        # The issuer fails: the known keys stay.
        fake.fail = True
        clock.now += 86_401
        results["known key while failing"] = (await keys.get(issuer.kid)) is not None
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        results["fetches after failure"] = keys.fetches
        results["still known"] = (await keys.get(issuer.kid)) is not None
        return results

    results = asyncio.run(scenario())
    assert results == {
        "concurrent callers": {True}, "fetches for 10 callers": 1, "documents read": 2,
        "fetches after 5 unknown": 1, "fetches after the interval": 2,
        "known key while failing": True, "fetches after failure": 3, "still known": True,
    }
