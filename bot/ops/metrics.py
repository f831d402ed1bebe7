"""Prometheus metrics for one bot process, served on GET /metrics.

Counters are this process's (with several replicas, sum them); the gauges read the shared
state when scraped (queue depth, open TA questions, readiness), off the event loop. Each app
has its own registry, so tests and benchmarks can run several apps in one process.
"""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import Callable
from typing import Any

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram
from prometheus_client.exposition import CONTENT_TYPE_LATEST, generate_latest

# Latency buckets for a chat bot: schedule answers take milliseconds, content answers tens.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
REMINDER_OUTCOMES = ("sent", "sent_late", "failed")
UNMATCHED = "unmatched"  # the route label of a request no route matched (bounded cardinality)


class Metrics:
    def __init__(self, registry: CollectorRegistry | None = None):
        self.registry = registry or CollectorRegistry()
        r = self.registry
        self.requests = Counter("bot_http_requests", "HTTP requests, by route, method and "
                                "status", ["route", "method", "status"], registry=r)
        self.latency = Histogram("bot_http_request_duration_seconds", "Time to answer an HTTP "
                                 "request, by route", ["route"], buckets=LATENCY_BUCKETS,
                                 registry=r)
        self.answers = Counter("bot_answers", "Answers to students' questions, by intent and "
                               "whether the bot could answer", ["intent", "answered"],
                               registry=r)
        self.reminders = Counter("bot_reminders", "Reminder deliveries: sent on time, sent "
                                 "late (after downtime), failed", ["outcome"], registry=r)
        for outcome in REMINDER_OUTCOMES:  # present at 0 from the start, for rate()
            self.reminders.labels(outcome)
        self.relay_queue = Gauge("bot_relay_queue_depth", "TA answers waiting to be delivered "
                                 "to the students who asked", registry=r)
        self.triage_open = Gauge("bot_triage_open", "Open question groups in the TA queue",
                                 registry=r)
        self.ready = Gauge("bot_ready", "1 when a component is ready: the embedding model, "
                           "the notes' index", ["component"], registry=r)

    def observe_answer(self, intent: str, answered: bool) -> None:
        self.answers.labels(intent, "true" if answered else "false").inc()

    def observe_reminder(self, outcome: str) -> None:
        self.reminders.labels(outcome).inc()

    def watch(self, *, relay_queue: Callable[[], int] | None = None,
              triage_open: Callable[[], int] | None = None,
              ready: dict[str, Callable[[], bool]] | None = None) -> None:
        """Gauges read when scraped: each callable may query the database."""
        if relay_queue is not None:
            self.relay_queue.set_function(relay_queue)
        if triage_open is not None:
            self.triage_open.set_function(triage_open)
        for component, check in (ready or {}).items():
            self.ready.labels(component).set_function(lambda check=check: float(check()))

    def handler(self, token: str = "") -> Callable[[web.Request], Any]:
        """GET /metrics; with a token, only for `Authorization: Bearer <token>`."""

        async def metrics(request: web.Request) -> web.Response:
            if token:
                given = request.headers.get("Authorization", "")
                if not hmac.compare_digest(given.encode(), f"Bearer {token}".encode()):
                    return web.json_response({"error": "unauthorized"}, status=401)
            # The gauges query SQLite: scrape in a worker thread, not on the loop.
            body = await asyncio.to_thread(generate_latest, self.registry)
            response = web.Response(body=body)
            response.headers["Content-Type"] = CONTENT_TYPE_LATEST
            return response

        return metrics


def route_label(request: web.Request) -> str:
    """The matched route's pattern (`/calendar/{event}.ics`), never the raw path."""
    info = request.match_info
    route = getattr(info, "route", None)
    resource = getattr(route, "resource", None)
    if resource is None or getattr(info, "http_exception", None) is not None:
        return UNMATCHED
    return resource.canonical
