"""Bot Framework authentication from our settings (the Azure variable names).

Without an app id the bot runs in local mode: requests carry no token and are not checked.
Tests and private clouds may point token validation at another OpenID metadata document.
"""

from __future__ import annotations

from dataclasses import dataclass

from botbuilder.integration.aiohttp import ConfigurationBotFrameworkAuthentication
from botframework.connector.auth import (
    AuthenticationConstants,
    BotFrameworkAuthentication,
    ServiceClientCredentialsFactory,
)

from bot.config import Settings


@dataclass(frozen=True)
class _SdkConfiguration:
    """The attribute names the SDK's configuration readers look for."""

    APP_ID: str
    APP_PASSWORD: str
    APP_TYPE: str
    APP_TENANTID: str
    TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL: str | None = None
    TO_BOT_FROM_CHANNEL_TOKEN_ISSUER: str | None = None
    TO_CHANNEL_FROM_BOT_OAUTH_SCOPE: str | None = None
    TO_CHANNEL_FROM_BOT_LOGIN_URL: str | None = None


def make_authentication(settings: Settings, *, openid_metadata_url: str | None = None,
                        credentials: ServiceClientCredentialsFactory | None = None
                        ) -> BotFrameworkAuthentication:
    overrides = {}
    if openid_metadata_url:
        # Setting one endpoint switches the SDK to its parameterised mode: give them all.
        overrides = {
            "TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL": openid_metadata_url,
            "TO_BOT_FROM_CHANNEL_TOKEN_ISSUER":
                AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER,
            "TO_CHANNEL_FROM_BOT_OAUTH_SCOPE":
                AuthenticationConstants.TO_CHANNEL_FROM_BOT_OAUTH_SCOPE,
            "TO_CHANNEL_FROM_BOT_LOGIN_URL": AuthenticationConstants.TO_CHANNEL_FROM_BOT_LOGIN_URL,
        }
    # Local mode: the SDK treats a MultiTenant bot without an id as "authentication disabled".
    config = _SdkConfiguration(APP_ID=settings.app_id, APP_PASSWORD=settings.app_password,
                               APP_TYPE=settings.app_type if settings.app_id
                               else "MultiTenant", APP_TENANTID=settings.tenant_id,
                               **overrides)
    return ConfigurationBotFrameworkAuthentication(config, credentials_factory=credentials)
