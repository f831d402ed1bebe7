"""Who is a TA: configured ids (AAD object ids or channel user ids) or a TA team channel."""

from __future__ import annotations

from dataclasses import dataclass


def thread_root(conversation_id: str) -> str:
    """A reply thread in a channel is "<channel id>;messageid=...": the channel's id."""
    return conversation_id.split(";")[0]


@dataclass(frozen=True)
class Roster:
    ta_ids: frozenset[str]
    ta_channel: str = ""

    def in_ta_channel(self, conversation_id: str | None) -> bool:
        return bool(self.ta_channel and conversation_id) and \
            thread_root(conversation_id) == thread_root(self.ta_channel)  # type: ignore

    def is_ta(self, user_id: str | None, aad_object_id: str | None,
              conversation_id: str | None) -> bool:
        if self.in_ta_channel(conversation_id):
            return True  # only TAs are members of the TA channel
        return bool({user_id, aad_object_id} & self.ta_ids - {None, ""})
