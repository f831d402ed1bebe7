"""Which failed proactive sends are final, shared by every worker that sends.

A conversation that answers 400/401/403/404 is gone (the bot was removed or blocked, or the
conversation never existed): retrying will not help, unlike a throttle or an outage.
"""

PERMANENT = frozenset({400, 401, 403, 404})


def is_permanent(exc: BaseException) -> bool:
    return getattr(exc, "status", None) in PERMANENT
