"""Bot Framework authentication from our settings (the Azure variable names).

Without an app id the bot runs in local mode: requests carry no token and are not checked
(any Authorization header is ignored).

With credentials, the token on each request from the Bot Connector is checked here, on the
event loop, as Microsoft's "Authentication with the Bot Connector API" requires:
- the header is `Authorization: Bearer <JWT>`, signed (RS256/384/512) by a key listed in the
  Bot Framework's OpenID metadata (`SigningKeys`: fetched with a timeout, one at a time, the
  last good keys kept); a key with endorsements must endorse the activity's channel;
- `iss` is https://api.botframework.com; `aud` is our app id;
- `exp` must be present and not passed; `nbf` and `iat`, when present, not in the future;
  each allowing CLOCK_SKEW for clocks that disagree;
- the `serviceurl` claim equals the activity's serviceUrl (the token, signed by Microsoft,
  says where replies may go).
The SDK is still used for everything outbound (connector clients, their credentials).

The SDK's own check (botbuilder 4.17.1) accepted tokens without `exp` and fetched keys with
blocking `requests` and no timeout; emulator and skill tokens, which it also accepted, are
refused here: the bot is no skill, and the emulator works in local mode.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import jwt
from botbuilder.integration.aiohttp import (
    ConfigurationBotFrameworkAuthentication,
    ConfigurationServiceClientCredentialFactory,
)
from botbuilder.schema import Activity, CallerIdConstants
from botframework.connector.auth import (
    AuthenticateRequestResult,
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ClaimsIdentity,
    ConnectorFactory,
    ServiceClientCredentialsFactory,
    UserTokenClient,
)

from bot.config import Settings
from bot.teams.signing_keys import SigningKeys
from bot.teams.tokens import OffLoopCredentialsFactory

CLOCK_SKEW = 300  # seconds: the industry-standard 5 minutes Microsoft's documentation names
ISSUER = AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER  # https://api.botframework.com
METADATA_URL = AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL
ALGORITHMS = tuple(AuthenticationConstants.ALLOWED_SIGNING_ALGORITHMS)  # RS256, RS384, RS512
MAX_TOKEN_CHARS = 16 * 1024


class Unauthorized(PermissionError):
    """The request does not prove it comes from the Bot Connector for this bot."""


@dataclass(frozen=True)
class _SdkConfiguration:
    """The attribute names the SDK's configuration readers look for."""

    APP_ID: str
    APP_PASSWORD: str
    APP_TYPE: str
    APP_TENANTID: str


class BotConnectorAuthentication(BotFrameworkAuthentication):
    """Checks inbound tokens itself; `inner` (the SDK's) builds the outbound clients."""

    def __init__(self, inner: BotFrameworkAuthentication, *, app_id: str,
                 keys: SigningKeys | None):
        self._inner = inner
        self.app_id = app_id
        self.keys = keys  # None: local mode, nothing is checked
        self.tokens: OffLoopCredentialsFactory | None = None  # its worker keeps them fresh

    @property
    def local_mode(self) -> bool:
        return self.keys is None

    async def authenticate_request(self, activity: Activity,
                                   auth_header: str) -> AuthenticateRequestResult:
        if self.local_mode:
            # The SDK's anonymous identity: no header, so nothing is fetched or checked.
            return await self._inner.authenticate_request(activity, "")
        claims = await self.validate(auth_header, activity.channel_id, activity.service_url)
        identity = ClaimsIdentity(claims, True)
        result = AuthenticateRequestResult()
        result.claims_identity = identity
        result.audience = self._inner.get_originating_audience()
        result.caller_id = CallerIdConstants.public_azure_channel
        result.connector_factory = self._inner.create_connector_factory(identity)
        return result

    async def validate(self, auth_header: str | None, channel_id: str | None,
                       service_url: str | None) -> dict[str, Any]:
        """The token's claims, or Unauthorized saying which check failed."""
        assert self.keys is not None
        scheme, _, token = (auth_header or "").partition(" ")
        if scheme != "Bearer" or not token or " " in token:
            raise Unauthorized("expected 'Authorization: Bearer <token>'")
        if len(token) > MAX_TOKEN_CHARS:
            raise Unauthorized("token too long")
        try:
            header = jwt.get_unverified_header(token)
        except (jwt.PyJWTError, ValueError) as exc:
            raise Unauthorized(f"not a JWT: {exc}") from None
        if header.get("alg") not in ALGORITHMS:
            raise Unauthorized(f"signing algorithm {header.get('alg')!r} is not allowed")
        key_id = header.get("kid")
        if not isinstance(key_id, str):
            raise Unauthorized("token names no signing key")
        key = await self.keys.get(key_id)
        if key is None:
            raise Unauthorized(f"unknown signing key {key_id!r}")
        if key.endorsements and channel_id and channel_id not in key.endorsements:
            raise Unauthorized(f"signing key does not endorse channel {channel_id!r}")
        try:
            claims = jwt.decode(token, key.public_key, algorithms=list(ALGORITHMS),
                                audience=self.app_id, issuer=ISSUER, leeway=CLOCK_SKEW,
                                options={"require": ["exp", "iss", "aud"]})
        except jwt.PyJWTError as exc:  # bad signature, expired, no exp, wrong iss or aud
            raise Unauthorized(f"token rejected: {exc}") from None
        if service_url is not None and claims.get("serviceurl") != service_url:
            raise Unauthorized("the token's serviceurl claim does not match the activity's")
        return claims

    async def authenticate_streaming_request(self, auth_header: str,
                                             channel_id_header: str
                                             ) -> AuthenticateRequestResult:
        raise Unauthorized("streaming connections are not supported")

    async def authenticate_channel_request(self, auth_header: str) -> ClaimsIdentity:
        raise Unauthorized("skill requests are not supported")

    def create_connector_factory(self, claims_identity: ClaimsIdentity) -> ConnectorFactory:
        return self._inner.create_connector_factory(claims_identity)

    async def create_user_token_client(self, claims_identity: ClaimsIdentity
                                       ) -> UserTokenClient:
        return await self._inner.create_user_token_client(claims_identity)

    def get_originating_audience(self) -> str:
        return self._inner.get_originating_audience()


def make_authentication(settings: Settings, *, openid_metadata_url: str | None = None,
                        credentials: ServiceClientCredentialsFactory | None = None,
                        keys: SigningKeys | None = None) -> BotConnectorAuthentication:
    """`openid_metadata_url` (tests, private clouds) replaces the Bot Framework's document;
    `credentials` replaces the outbound credentials (tests: none); `keys` the key cache."""
    # Local mode: the SDK treats a MultiTenant bot without an id as "authentication disabled".
    config = _SdkConfiguration(APP_ID=settings.app_id, APP_PASSWORD=settings.app_password,
                               APP_TYPE=settings.app_type if settings.app_id
                               else "MultiTenant", APP_TENANTID=settings.tenant_id)
    # Outbound tokens are fetched on worker threads and kept fresh by a worker (tokens.py),
    # never by a blocking fetch on the event loop.
    tokens = OffLoopCredentialsFactory(
        credentials or ConfigurationServiceClientCredentialFactory(config))
    inner = ConfigurationBotFrameworkAuthentication(config, credentials_factory=tokens)
    if settings.local_mode:
        auth = BotConnectorAuthentication(inner, app_id="", keys=None)
    else:
        keys = keys or SigningKeys(openid_metadata_url or METADATA_URL)
        auth = BotConnectorAuthentication(inner, app_id=settings.app_id, keys=keys)
    auth.tokens = tokens
    return auth
