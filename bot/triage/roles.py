"""Who is a TA: configured ids (AAD object ids or channel user ids) or a TA team channel."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Roster:
    ta_ids: frozenset[str]
    ta_channel: str = ""

    def is_ta(self, user_id: str | None, aad_object_id: str | None,
              conversation_id: str | None) -> bool:
        if self.ta_channel and conversation_id and conversation_id.split(";")[0] == \
                self.ta_channel.split(";")[0]:
            return True  # only TAs are members of the TA channel
        return bool({user_id, aad_object_id} & self.ta_ids - {None, ""})
