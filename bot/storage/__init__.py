"""Durable state shared by the Teams layer, reminders and triage (SQLite)."""
