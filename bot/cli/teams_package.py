"""`python -m bot teams-package`: write the Teams app package (a zip) for upload to Teams."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from bot.cli.common import UsageError
from bot.config import Settings
from bot.schedule.loader import load_schedule
from bot.teams.app_package import DEFAULT_ACCENT, AppDetails, PackageError, manifest, package


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--app-id", required=True,
                   help="the bot's Microsoft App ID (with a managed identity: its client id)")
    p.add_argument("--domain", required=True,
                   help="the host students reach the bot at, e.g. coursebot.example.ac.uk")
    p.add_argument("-o", "--output", type=Path, default=Path("course-bot.zip"),
                   help="the zip to write (default: course-bot.zip)")
    p.add_argument("--version", default="1.0.0",
                   help="the app's version; raise it for every upload of a changed package")
    p.add_argument("--teams-app-id", default="",
                   help="the Teams app's own id (default: the bot's app id)")
    p.add_argument("--developer", help="shown as the app's developer (default: the course team)")
    p.add_argument("--website-url", default="", help="https:// (default: https://DOMAIN/)")
    p.add_argument("--privacy-url", default="", help="https:// (default: the website)")
    p.add_argument("--terms-url", default="", help="https:// (default: the website)")
    p.add_argument("--accent-color", default=DEFAULT_ACCENT,
                   help=f"#RRGGBB behind the icon (default {DEFAULT_ACCENT})")


def run_teams_package(settings: Settings, args: argparse.Namespace, out: TextIO) -> Path:
    course = load_schedule(settings.schedule_path).course
    extra = {"developer": args.developer} if args.developer else {}
    details = AppDetails(app_id=args.app_id.strip(), domain=args.domain,
                         course_code=course.code, course_title=course.title,
                         version=args.version, teams_app_id=args.teams_app_id.strip(),
                         website_url=args.website_url, privacy_url=args.privacy_url,
                         terms_url=args.terms_url, accent_color=args.accent_color, **extra)
    try:
        data = package(details)
        shown = manifest(details)
    except PackageError as exc:
        raise UsageError(str(exc)) from None
    args.output.write_bytes(data)
    print(f"wrote {args.output} (manifest {shown['manifestVersion']}, app {shown['id']}, "
          f"bot {shown['bots'][0]['botId']}, domain {shown['validDomains'][0]}, "
          f"version {shown['version']})", file=out)
    print("Upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams "
          "admin centre (Teams apps > Manage apps > Upload new app).", file=out)
    return args.output
