"""Activities written out, and read in, in one quick pass.

msrest's `Serializer.body` first rebuilds the model it is given through its Deserializer
("just in case this is a dict"), validates it recursively, then serialises it, calling a
type dispatcher for every value of an Adaptive Card's JSON: three walks of every reply in
pure Python on the event loop (under load, the largest part of the loop's own time). An
activity the bot built is already a typed model whose free-form parts (card content,
channelData) are plain JSON, so here it is written out directly: the same dict msrest would
give. Anything else (a dict for a model, a value msrest would convert) takes msrest's full
path as before.

Incoming activities likewise (`read_model`): msrest's `Model.deserialize` lists the schema's
71 classes, then for every attribute of every model copies its description, runs its key
extractors and dispatches on its type, and copies every dict and list of the free-form parts
(under load, a tenth of the loop's own time). The request's JSON, already checked for the
types the bot reads (`inbound.py`), is read in one walk into the same models; a value msrest
would convert or reject takes msrest's path.
"""

from __future__ import annotations

import copy
from datetime import datetime
from enum import Enum
from typing import Any

from botbuilder.schema import Activity
from msrest.serialization import Deserializer, Model, Serializer

_SCALARS = (str, int, float, bool)


class _NotPlain(Exception):
    """A value the direct path does not handle: msrest's path does."""


class OneSendActivity(Activity):
    """An activity built for one send (a reply): the SDK's copy of it is a shallow one.

    `TurnContext.send_activities` deep-copies every activity it sends, so that addressing
    the copy (conversation, sender, recipient, reply-to: fields it assigns, never changes
    in place) leaves the caller's object as it was. A reply built for one send has nobody
    to protect; walking its Adaptive Card's JSON again cost more than building it (about
    0.09 ms a schedule card, more for the notes', against 0.04 ms for a plain text)."""

    def __deepcopy__(self, memo: dict[int, Any]) -> OneSendActivity:
        return copy.copy(self)


class DirectSerializer(Serializer):
    def body(self, data: Any, data_type: str, **kwargs: Any) -> Any:
        model = self.dependencies.get(data_type)
        if model is not None and type(data) in (model, _SUBCLASSES.get(model)) and not kwargs:
            try:
                return self._model(data)
            except _NotPlain:
                pass
        return super().body(data, data_type, **kwargs)

    def _model(self, obj: Model) -> dict[str, Any]:
        out: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        validation = obj._validation
        for attr, spec in obj._attribute_map.items():
            value = getattr(obj, attr, None)
            if value is None or validation.get(attr, {}).get("readonly"):
                continue
            key = spec["key"]
            if attr == "additional_properties" and key == "":
                extra = _plain(value)  # unknown fields read in, written back at the top
                continue
            if "." in key:
                raise _NotPlain  # a flattened key: msrest nests it
            out[key] = self._value(value, spec["type"])
        out.update(extra)
        return out

    def _value(self, value: Any, kind: str) -> Any:
        if kind in ("str", "bool", "int", "float"):
            if isinstance(value, Enum):
                value = value.value
            if type(value) not in _SCALARS:
                raise _NotPlain
            return value
        if kind == "object" or kind == "{object}":
            return _plain(value)
        if kind == "iso-8601":
            if not isinstance(value, datetime):
                raise _NotPlain
            return Serializer.serialize_iso(value)
        if kind.startswith("[") and kind.endswith("]"):
            if not isinstance(value, list):
                raise _NotPlain
            return [self._value(v, kind[1:-1]) for v in value]
        model = self.dependencies.get(kind)
        if model is not None and isinstance(value, model):
            return self._model(value)
        raise _NotPlain


# Our subclasses of the SDK's models, written out as those models are.
_SUBCLASSES: dict[type, type] = {Activity: OneSendActivity}


def one_send(activity: Activity) -> OneSendActivity:
    """`activity` (just built, used once) as a OneSendActivity: the same fields."""
    reply = OneSendActivity()
    reply.__dict__.update(activity.__dict__)
    return reply


def _plain(value: Any) -> Any:
    """`value` if it is plain JSON (what msrest would pass through unchanged)."""
    kind = type(value)
    if value is None or kind in _SCALARS:
        return value
    if kind is dict:
        for k, v in value.items():
            if type(k) is not str:
                raise _NotPlain
            _plain(v)
        return value
    if kind is list:
        for v in value:
            _plain(v)
        return value
    raise _NotPlain


def use_direct_serializer(client: Any) -> Any:
    """`client` (a ConnectorClient) with its operations serialising bodies directly."""
    direct = DirectSerializer(client._serialize.dependencies)
    for name in ("conversations", "attachments"):
        operations = getattr(client, name, None)
        if operations is not None and hasattr(operations, "_serialize"):
            operations._serialize = direct
    client._serialize = direct
    return client


class _Reader:
    """Models from plain JSON, as msrest's Deserializer builds them (same fields, unknown
    keys in `additional_properties`); `_NotPlain` for anything it would convert."""

    def __init__(self, models: dict[str, Any]):
        self._models = models

    def model(self, cls: type[Model], data: Any) -> Model:
        if type(data) is not dict or getattr(cls, "_subtype_map", None) or cls._validation:
            raise _NotPlain
        fields: dict[str, Any] = {}
        known: set[str] = set()
        for attr, spec in cls._attribute_map.items():
            key = spec["key"]
            if attr == "additional_properties" and key == "":
                continue
            if "." in key or "\\" in key:
                raise _NotPlain  # a flattened or escaped key: msrest's extractors
            known.add(key)
            raw = data.get(key)
            fields[attr] = None if raw is None else self._value(raw, spec["type"])
        obj = cls(**fields)
        extra = {k: v for k, v in data.items() if k not in known}
        if extra:
            obj.additional_properties = extra
        return obj

    def _value(self, raw: Any, kind: str) -> Any:
        if kind in _EXACT:
            if type(raw) is not _EXACT[kind]:
                raise _NotPlain  # msrest would convert it (a number for a string, ...)
            return raw
        if kind == "object":
            return _plain(raw)
        if kind == "iso-8601":
            if type(raw) is not str:
                raise _NotPlain
            try:
                return Deserializer.deserialize_iso(raw)
            except Exception:  # noqa: BLE001 - msrest's path raises its own error for it
                raise _NotPlain from None
        if kind.startswith("[") and kind.endswith("]"):
            if type(raw) is not list:
                raise _NotPlain
            return [None if v is None else self._value(v, kind[1:-1]) for v in raw]
        if kind.startswith("{") and kind.endswith("}"):
            if type(raw) is not dict:
                raise _NotPlain
            return {k: None if v is None else self._value(v, kind[1:-1])
                    for k, v in raw.items()}
        model = self._models.get(kind)
        if isinstance(model, type) and issubclass(model, Model):
            return self.model(model, raw)
        raise _NotPlain  # an enum, bytes, a date: msrest's path


_EXACT: dict[str, type] = {"str": str, "bool": bool, "int": int, "float": float}
_MODELS: dict[type, dict[str, Any]] = {}


def read_model(cls: type[Model], data: Any) -> Model:
    """`cls.deserialize(data)` (msrest), read in one pass when `data` is plain JSON."""
    models = _MODELS.get(cls)
    if models is None:
        models = _MODELS[cls] = cls._infer_class_models()
    try:
        return _Reader(models).model(cls, data)
    except _NotPlain:
        return cls.deserialize(data)
