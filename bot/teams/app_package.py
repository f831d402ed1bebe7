"""The Teams app package: manifest.json and the two icons, zipped for upload to Teams.

The manifest follows the current Teams schema (1.30). The bot is offered in personal
chats, team channels and group chats; its suggested commands are the ones in wording.py.
No `webApplicationInfo`: the bot signs no one in and calls no Graph API.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from bot.core import wording as W
from bot.teams.app_icons import color_icon, outline_icon, parse_color

MANIFEST_VERSION = "1.30"
SCHEMA_URL = ("https://developer.microsoft.com/en-us/json-schemas/teams/"
              f"v{MANIFEST_VERSION}/MicrosoftTeams.schema.json")
SCOPES = ["personal", "team", "groupChat"]
DEFAULT_ACCENT = "#4F52B2"
_GUID = re.compile(r"[0-9a-fA-F]{8}-(?:[0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}")
_SEMVER = re.compile(r"(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)\.(?:0|[1-9][0-9]*)")
_LABEL = r"(?!-)[A-Za-z0-9-]{1,63}(?<!-)"
_HOST = re.compile(rf"(?=.{{1,253}}$){_LABEL}(?:\.{_LABEL})+")


class PackageError(ValueError):
    """A value for the package is invalid; the message names the option."""


@dataclass(frozen=True)
class AppDetails:
    app_id: str  # the bot's Microsoft App ID (the managed identity's client id with MSI)
    domain: str  # where the bot is reached, e.g. coursebot.example.ac.uk
    course_code: str
    course_title: str
    version: str = "1.0.0"
    teams_app_id: str = ""  # default: the bot's app id
    developer: str = W.TEAMS_APP_DEVELOPER
    website_url: str = ""  # default: https://<domain>/
    privacy_url: str = ""  # default: the website
    terms_url: str = ""  # default: the website
    accent_color: str = DEFAULT_ACCENT


def normalise_domain(text: str) -> str:
    """A host name from `bot.example.org` or `https://bot.example.org/`."""
    value = text.strip()
    if "://" in value:
        parts = urlsplit(value)
        if parts.path not in ("", "/") or parts.query or parts.fragment:
            raise PackageError(f"--domain: {text!r} has a path; give the host name only")
        value = parts.hostname or ""
    if not _HOST.fullmatch(value):
        raise PackageError(f"--domain: {text!r} is not a host name like bot.example.org")
    return value.lower()


def _check(details: AppDetails) -> None:
    for option, value in (("--app-id", details.app_id),
                          ("--teams-app-id", details.teams_app_id or details.app_id)):
        if not _GUID.fullmatch(value):
            raise PackageError(f"{option}: {value!r} is not a GUID "
                               "(xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)")
    if not _SEMVER.fullmatch(details.version):
        raise PackageError(f"--version: {details.version!r} is not a version like 1.0.0")
    try:
        parse_color(details.accent_color)
    except ValueError as exc:
        raise PackageError(f"--accent-color: {exc}") from None
    if not 0 < len(details.developer) <= 32:
        raise PackageError("--developer: 1 to 32 characters")
    for option, url in (("--website-url", details.website_url),
                        ("--privacy-url", details.privacy_url),
                        ("--terms-url", details.terms_url)):
        if url and urlsplit(url).scheme != "https":
            raise PackageError(f"{option}: {url!r} is not an https:// address")


def _fit(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _commands(pairs: tuple[tuple[str, str], ...]) -> list[dict[str, str]]:
    return [{"title": title, "description": description} for title, description in pairs]


def manifest(details: AppDetails) -> dict[str, Any]:
    _check(details)
    domain = normalise_domain(details.domain)
    website = details.website_url or f"https://{domain}/"
    course = {"code": details.course_code, "title": details.course_title}
    return {
        "$schema": SCHEMA_URL,
        "manifestVersion": MANIFEST_VERSION,
        "version": details.version,
        "id": (details.teams_app_id or details.app_id).lower(),
        "developer": {"name": details.developer, "websiteUrl": website,
                      "privacyUrl": details.privacy_url or website,
                      "termsOfUseUrl": details.terms_url or website},
        "name": {"short": _fit(W.TEAMS_APP_SHORT_NAME.format(**course), 30),
                 "full": _fit(W.TEAMS_APP_FULL_NAME.format(**course), 100)},
        "description": {"short": _fit(W.TEAMS_APP_SHORT_DESCRIPTION.format(**course), 80),
                        "full": _fit(W.TEAMS_APP_FULL_DESCRIPTION.format(**course), 4000)},
        "icons": {"color": "color.png", "outline": "outline.png"},
        "accentColor": details.accent_color.upper(),
        "bots": [{
            "botId": details.app_id.lower(),
            "scopes": SCOPES,
            "supportsFiles": False,
            "isNotificationOnly": False,
            "commandLists": [
                {"scopes": ["personal", "groupChat"], "commands": _commands(W.TEAMS_COMMANDS)},
                {"scopes": ["team"], "commands": _commands(W.TEAMS_CHANNEL_COMMANDS)},
            ],
        }],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [domain],
    }


def package(details: AppDetails) -> bytes:
    """The zip Teams takes: manifest.json, color.png and outline.png at its root."""
    body = json.dumps(manifest(details), indent=2, ensure_ascii=False) + "\n"
    buffer = io.BytesIO()
    files = {"manifest.json": body.encode(), "color.png": color_icon(details.accent_color),
             "outline.png": outline_icon()}
    with zipfile.ZipFile(buffer, "w") as zf:
        for name, data in files.items():
            # A fixed timestamp: the same inputs give the same bytes.
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
    return buffer.getvalue()
