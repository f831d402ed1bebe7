"""HTTP routes for the calendar: GET /calendar.ics[?kinds=...] and /calendar/{id}.ics."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from aiohttp import web

from bot.calendar.ics import KINDS, build_calendar, timed_events
from bot.reminders.policy import ReminderPolicy
from bot.schedule.model import Schedule

CONTENT_TYPE = "text/calendar"


class CalendarFeed:
    def __init__(self, schedule: Callable[[], Schedule], policy: ReminderPolicy | None,
                 clock: Callable[[], datetime]):
        self._schedule = schedule
        self._policy = policy
        self._clock = clock

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/calendar.ics", self._feed),
                web.get("/calendar/{event_id}.ics", self._one)]

    async def _feed(self, request: web.Request) -> web.Response:
        raw = request.query.get("kinds", "")
        kinds = [k.strip().lower() for k in raw.split(",") if k.strip()]
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            return web.json_response(
                {"error": f"unknown kinds {unknown}; use some of {', '.join(KINDS)}"},
                status=400)
        schedule = self._schedule()
        body = build_calendar(schedule, timed_events(schedule, kinds or None), self._policy,
                              self._clock())
        return web.Response(body=body, content_type=CONTENT_TYPE, charset="utf-8",
                            headers={"Content-Disposition": 'inline; filename="course.ics"'})

    async def _one(self, request: web.Request) -> web.Response:
        schedule = self._schedule()
        wanted = request.match_info["event_id"].upper()
        events = [e for e in timed_events(schedule) if e.id.upper() == wanted]
        if not events:
            return web.json_response({"error": "no timed event with that id"}, status=404)
        body = build_calendar(schedule, events, self._policy, self._clock(),
                              name=f"{schedule.course.code} {events[0].id}")
        return web.Response(body=body, content_type=CONTENT_TYPE, charset="utf-8",
                            headers={"Content-Disposition":
                                     f'attachment; filename="{events[0].id}.ics"'})
