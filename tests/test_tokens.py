"""The bot's outbound tokens are fetched on worker threads, never on the event loop."""

from __future__ import annotations

import asyncio
import base64
import json
import threading

from bot.teams.tokens import REFRESH_BEFORE, OffLoopCredentialsFactory


def jwt_with_exp(exp: float) -> str:
    payload = base64.urlsafe_b64encode(json.dumps({"exp": exp}).encode()).decode().rstrip("=")
    return f"e30.{payload}.sig"


class Clock:
    now = 1_000_000.0

    def __call__(self) -> float:
        return self.now


class FakeCredentials:
    """Like the SDK's: `get_access_token` blocks on the network (here: records its thread)."""

    def __init__(self, clock: Clock):
        self.microsoft_app_id = "app-1"
        self.clock = clock
        self.fetches: list[int] = []

    def get_access_token(self, force_refresh: bool = False) -> str:
        self.fetches.append(threading.get_ident())
        return jwt_with_exp(self.clock() + 3600)


class FakeFactory:
    def __init__(self, clock: Clock):
        self.clock = clock
        self.made: list[FakeCredentials] = []

    async def is_valid_app_id(self, app_id: str) -> bool:
        return True

    async def is_authentication_disabled(self) -> bool:
        return False

    async def create_credentials(self, app_id, oauth_scope, login_endpoint, validate):
        self.made.append(FakeCredentials(self.clock))
        return self.made[-1]


def test_tokens_are_fetched_and_refreshed_off_the_loop():
    clock = Clock()
    inner = FakeFactory(clock)
    factory = OffLoopCredentialsFactory(inner, clock=clock)  # type: ignore[arg-type]

    async def scenario() -> tuple[int, list[str]]:
        loop_thread = threading.get_ident()
        creds = await factory.create_credentials("app-1", "scope", "login", True)
        again = await factory.create_credentials("app-1", "scope", "login", True)
        tokens = [creds.get_access_token(), again.get_access_token()]  # as msrest, on the loop
        clock.now += 3600 - REFRESH_BEFORE + 60  # getting old: the worker fetches a new one
        await factory.refresh()
        tokens.append(creds.get_access_token())
        return loop_thread, tokens

    loop_thread, tokens = asyncio.run(scenario())
    fetches = inner.made[0].fetches
    assert len(fetches) == 2 and loop_thread not in fetches  # both on worker threads
    assert inner.made[1].fetches == []  # the second credential shares the held token
    assert tokens[0] == tokens[1] != tokens[2]


def test_the_loop_fetches_itself_only_when_the_refresh_failed_for_too_long():
    clock = Clock()
    inner = FakeFactory(clock)
    factory = OffLoopCredentialsFactory(inner, clock=clock)  # type: ignore[arg-type]

    async def scenario() -> int:
        creds = await factory.create_credentials("app-1", "scope", "login", True)
        clock.now += 3590  # no refresh ran: ten seconds left
        creds.get_access_token()
        return threading.get_ident()

    loop_thread = asyncio.run(scenario())
    assert inner.made[0].fetches[-1] == loop_thread and len(inner.made[0].fetches) == 2


def test_local_mode_has_no_identity_and_fetches_nothing():
    clock = Clock()
    inner = FakeFactory(clock)
    factory = OffLoopCredentialsFactory(inner, clock=clock)  # type: ignore[arg-type]
    creds = asyncio.run(factory.create_credentials("", "scope", "login", True))
    assert creds.fetches == []
