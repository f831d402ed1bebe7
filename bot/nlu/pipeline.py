"""Understanding a message: normalisation and spelling, entities from the schedule's tables,
time, then the intent classifier and the policy, one frame per part of the message.

    message --whole-message commands?--> frame
            --split into parts--> per part: parse (text.py, when.py, zones.py, understand.py)
                                  -> features of the masked part -> classifier -> policy
                                  -> frame (intent, probability, entities, time, direction)

A later part borrows what it leaves unsaid from the part before ("when is cw2 due and who
marks it?"); the first part of a message can borrow from the previous turn's subject when it
points back to it ("is it examinable?").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime
from zoneinfo import ZoneInfo

import numpy as np

from bot.core.embedding import Embedder
from bot.core.multipart import inherit, split_question
from bot.core.text import normalize
from bot.core.topics import TopicIndex
from bot.core.understand import Query, Understander
from bot.core.when import TimeParse
from bot.core.zones import find_zone
from bot.nlu import commands
from bot.nlu.dialogue import is_follow_up
from bot.nlu.features import masked, sparse_features, spoken
from bot.nlu.frame import Entities, Frame
from bot.nlu.intents import FROM_SCHEDULE, Intent
from bot.nlu.model import IntentModel
from bot.nlu.policy import DEFAULT_IS_PERSONAL, IsPersonal, NotesConfidence, decide

# A part that points back ("is it the 23rd?") keeps the intent of the part before unless the
# classifier is at least this sure of another ("... and who marks it?").
FOLLOW_UP_SURE = 0.6


class Understanding:
    """Messages to frames, for one schedule version."""

    def __init__(self, understander: Understander, topics: TopicIndex, model: IntentModel,
                 embedder: Embedder | None, notes_confidence: NotesConfidence,
                 is_personal: IsPersonal = DEFAULT_IS_PERSONAL,
                 question_vector: Callable[[Query], np.ndarray | None] | None = None):
        """`question_vector`: the question's embedding as the notes will be searched with
        it, shared with the topic search (without it, the topic phrase is encoded)."""
        self.understander = understander
        self.topics = topics
        self.model = model
        self._embedder = embedder
        self._notes_confidence = notes_confidence
        self._is_personal = is_personal
        self._question_vector = question_vector

    def frames(self, message: str, now: datetime, tz: ZoneInfo,
               previous: Query | Callable[[], Query | None] | None = None) -> list[Frame]:
        """`previous`: the chat's last subject, or how to recall it (asked only when the
        message's first part points back to it: recalling reads and parses it again)."""
        if (command := self._command(message)) is not None:
            return [command]
        # A zone named anywhere ("... in new york") applies to every part of the message.
        named = find_zone(normalize(message))
        tz = named[0] if named else tz
        # So does the day the asker says it is ("is the q&a tmrw? (its mon 1st feb)").
        if (stated := self.understander.stated_today(normalize(message), now, tz)) is not None:
            now = stated[0]
        queries = [self.understander.parse(part, now, tz) for part in split_question(message)]
        frames: list[Frame] = []
        for i, q in enumerate(queries):
            # The classifier reads the part as written; borrowing comes after.
            features, text = sparse_features(q, m := masked(q)), spoken(m)
            follows = is_follow_up(q)
            if i:
                inherit(q, queries[i - 1])
            elif previous is not None and follows:
                if callable(previous):
                    previous = previous()
                if previous is not None:
                    inherit(q, previous)
            if q.topic:
                vector = self._question_vector(q) if self._question_vector else None
                q.topic_matches = self.topics.search(q.topic, vector=vector)
            frame = decide(q, lambda f=features, t=text: self.model.predict(
                f, lambda: self._embed(t)), self._notes_confidence, self._is_personal)
            if (i and follows and frame.decided_by == "classifier"
                    and frame.probability < FOLLOW_UP_SURE
                    and frames[-1].intent in FROM_SCHEDULE):
                # "when is cw2 due, is it the 23rd?": checking the answer to the part before.
                frame = dataclasses.replace(frame, intent=frames[-1].intent,
                                            decided_by="follow-up")
            frames.append(frame)
        return frames

    def _embed(self, text: str) -> np.ndarray | None:
        if self._embedder is None or not text:
            return None
        return self._embedder.encode([text])[0]

    @staticmethod
    def _command(message: str) -> Frame | None:
        """Commands that take the whole message: a TA's, "forget me", "ask a TA: ...". """
        text = message.strip()
        found: tuple[Intent, commands.ChatCommand] | None = None
        if (ta := commands.ta_command(text)) is not None:
            found = (Intent.TA_COMMAND, ta)
        elif commands.is_forget_me(text):
            found = (Intent.FORGET_ME, commands.ForgetMe(confirmed=True))
        elif (human := commands.ask_human(text)) is not None:
            found = (Intent.ASK_TA, human)
        if found is None:
            return None
        return Frame(text, found[0], 1.0, Entities(), TimeParse(None, text), None,
                     "rule:command", command=found[1])
