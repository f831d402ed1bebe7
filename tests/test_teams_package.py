"""`python -m bot teams-package`: the zip Teams takes, checked against the official schema.

The schema is the one the npm package @microsoft/app-manifest ships (vendored, see
tests/data/teams/README.md); the icons are read back with Pillow, an independent decoder.
Every command the manifest suggests is sent to the bot, which must act on it.
"""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import jsonschema
import numpy as np
import pytest
from PIL import Image
from teams_support import emulator_say, running

from bot.__main__ import main
from bot.config import Settings
from bot.core import wording as W
from bot.core.answer import AskContext
from bot.server import SERVICES, create_app
from bot.teams.app_package import MANIFEST_VERSION, SCHEMA_URL

SCHEMA = (Path(__file__).parent / "data" / "teams"
          / f"MicrosoftTeams.v{MANIFEST_VERSION}.schema.json")
APP_ID = "0b7d4c1e-5f2a-4e8b-9c3d-2a1f6e7b8c9d"
LONDON = ZoneInfo("Europe/London")
NOW = datetime(2021, 2, 1, 9, 0, tzinfo=LONDON)


def validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema,
                                      format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("package") / "course-bot.zip"
    code = main(["teams-package", "--app-id", APP_ID, "--domain",
                 "https://CourseBot.example.ac.uk/", "-o", str(out), "--version", "1.2.0"])
    assert code == 0
    return zipfile.ZipFile(io.BytesIO(out.read_bytes()))


def test_the_manifest_passes_the_official_schema(package):
    assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
    manifest = json.loads(package.read("manifest.json"))
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["properties"]["manifestVersion"]["const"] == manifest["manifestVersion"]
    assert manifest["$schema"] == SCHEMA_URL and f"v{MANIFEST_VERSION}/" in SCHEMA_URL
    errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator().iter_errors(manifest)]
    assert errors == []
    assert manifest["id"] == APP_ID and manifest["bots"][0]["botId"] == APP_ID
    assert manifest["version"] == "1.2.0"
    assert manifest["validDomains"] == ["coursebot.example.ac.uk"]
    assert sorted(manifest["bots"][0]["scopes"]) == ["groupChat", "personal", "team"]
    # The names come from the schedule, not from code.
    assert "70010" in manifest["name"]["full"] and "Deep Learning" in manifest["name"]["short"]
    for key in ("color", "outline"):
        assert manifest["icons"][key] in package.namelist()


def test_the_schema_check_catches_what_teams_would_refuse(package):
    manifest = json.loads(package.read("manifest.json"))
    broken = json.loads(json.dumps(manifest))
    broken["bots"][0]["botId"] = "course-bot"
    broken["accentColor"] = "purple"
    broken["name"]["short"] = "x" * 31
    del broken["developer"]["privacyUrl"]
    paths = {tuple(e.absolute_path) for e in validator().iter_errors(broken)}
    assert {("bots", 0, "botId"), ("accentColor",), ("name", "short"), ("developer",)} <= paths


def test_icons_have_the_sizes_and_colours_teams_asks_for(package):
    color = Image.open(io.BytesIO(package.read("color.png")))
    assert color.format == "PNG" and color.size == (192, 192)
    outline = Image.open(io.BytesIO(package.read("outline.png")))
    assert outline.format == "PNG" and outline.size == (32, 32) and outline.mode == "RGBA"
    pixels = np.asarray(outline).reshape(-1, 4)
    drawn = pixels[pixels[:, 3] > 0]
    # White on transparent: every visible pixel is white, the rest fully transparent.
    assert (drawn[:, :3] == 255).all()
    assert (pixels[:, 3] == 255).sum() > 60  # solid strokes, not a faint smudge
    assert 0.1 < len(drawn) / len(pixels) < 0.6
    assert outline.getpixel((0, 0))[3] == 0 and outline.getpixel((31, 31))[3] == 0
    # The colour icon: the accent colour around a white symbol.
    rgb = np.asarray(color.convert("RGB")).reshape(-1, 3)
    assert tuple(rgb[0]) == (0x4F, 0x52, 0xB2)
    assert (rgb == 255).all(axis=1).sum() > 2000


def test_the_same_inputs_give_the_same_package(tmp_path):
    args = ["teams-package", "--app-id", APP_ID, "--domain", "bot.example.org"]
    assert main([*args, "-o", str(tmp_path / "a.zip")]) == 0
    assert main([*args, "-o", str(tmp_path / "b.zip")]) == 0
    assert (tmp_path / "a.zip").read_bytes() == (tmp_path / "b.zip").read_bytes()


@pytest.mark.parametrize("option, value, complaint", [
    ("--app-id", "my-bot", "--app-id: 'my-bot' is not a GUID"),
    ("--domain", "https://bot.example.org/api/messages", "--domain"),
    ("--domain", "localhost", "--domain: 'localhost' is not a host name"),
    ("--version", "1.0", "--version"),
    ("--accent-color", "purple", "--accent-color"),
    ("--privacy-url", "http://example.org/privacy", "--privacy-url"),
])
def test_bad_values_are_refused_with_the_option_named(tmp_path, capsys, option, value,
                                                     complaint):
    args = {"--app-id": APP_ID, "--domain": "bot.example.org", option: value}
    argv = ["teams-package", "-o", str(tmp_path / "x.zip")]
    for key, val in args.items():
        argv += [key, val]
    assert main(argv) == 2
    assert complaint in capsys.readouterr().err
    assert not (tmp_path / "x.zip").exists()


def test_every_suggested_command_is_one_the_bot_acts_on(assistant, tmp_path, package):
    """Teams sends a command's title as typed: each must do what its description says."""
    manifest = json.loads(package.read("manifest.json"))
    lists = {tuple(c["scopes"]): [x["title"] for x in c["commands"]]
             for c in manifest["bots"][0]["commandLists"]}
    assert lists[("personal", "groupChat")] == [t for t, _ in W.TEAMS_COMMANDS]
    assert lists[("team",)] == [t for t, _ in W.TEAMS_CHANNEL_COMMANDS]

    context = AskContext(now=NOW, tz=LONDON)
    for title, intent in (("help", "help"), ("what's on this week?", "schedule"),
                          ("when is the next deadline?", "deadline")):
        answer = assistant.answer(title, context)
        assert (answer.intent, answer.answered) == (intent, True), title

    settings = Settings.from_env({"BOT_DATA_DIR": str(tmp_path), "BOT_TA_IDS": "ta-tess"})
    app = create_app(settings, assistant, lambda: NOW, typing_after=30, run_reminders=False)
    services = app[SERVICES]

    async def scenario():
        async with running(app) as base, aiohttp.ClientSession() as s:
            async def say(user, text, **extra):
                replies = await emulator_say(s, base, user, text, **extra)
                return " ".join(a.get("text") or "" for a in replies)

            reminders = services.reminders.store
            said, state = {}, {}
            said["remind me"] = await say("ada", "remind me")
            state["remind me"] = reminders.get("user:ada").active
            said["what reminders do I have?"] = await say("ada", "what reminders do I have?")
            said["stop reminders"] = await say("ada", "stop reminders")
            state["stop reminders"] = reminders.get("user:ada").active
            await say("ada", "when is the next deadline?")
            said["ask a TA"] = await say("ada", "ask a TA")
            state["ask a TA"] = len(services.triage.store.groups())
            said["forget me"] = await say("ada", "forget me")
            state["forget me"] = len(services.triage.store.groups(None))
            channel = {"conversationType": "channel", "conversation": "team-channel",
                       "mention": True}
            said["remind this channel"] = await say("ta-tess", "remind this channel", **channel)
            state["remind this channel"] = reminders.get("channel:team-channel") is not None
            said["channel list"] = await say("ta-tess", "what reminders do I have?", **channel)
            said["triage"] = await say("ta-tess", "triage", **channel)
            return said, state

    said, state = asyncio.run(scenario())
    unknown = W.UNKNOWN.split(".")[0]
    assert all(text and unknown not in text for text in said.values()), said
    assert state["remind me"] is True and state["stop reminders"] is False
    assert "coursework deadlines" in said["what reminders do I have?"]
    assert state["ask a TA"] == 1 and "teaching assistants" in said["ask a TA"]
    assert state["forget me"] == 0
    assert state["remind this channel"] is True
    assert "coursework deadlines" in said["channel list"]
    assert said["triage"] == W.TRIAGE_EMPTY
    covered = {"help", "what's on this week?", "when is the next deadline?", *said}
    titles = {t for t, _ in W.TEAMS_COMMANDS} | {t for t, _ in W.TEAMS_CHANNEL_COMMANDS}
    assert titles <= covered, titles - covered
