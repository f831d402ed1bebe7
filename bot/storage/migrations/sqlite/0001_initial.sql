-- The schema the bot had before versioned migrations (conversations, reminders, triage,
-- TA-channel announcements). IF NOT EXISTS: a database from then is adopted as it is.
CREATE TABLE IF NOT EXISTS conversations (
    conversation_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    aad_object_id TEXT,
    user_name TEXT,
    tenant_id TEXT,
    service_url TEXT NOT NULL,
    channel_id TEXT,
    conversation_type TEXT,
    reference TEXT NOT NULL,
    time_zone TEXT,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    PRIMARY KEY (conversation_id, user_id));
CREATE INDEX IF NOT EXISTS conversations_user ON conversations (user_id);
CREATE TABLE IF NOT EXISTS welcomed (
    conversation_id TEXT PRIMARY KEY, at TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS subscriptions (
    subscriber TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, user_id TEXT,
    reference TEXT NOT NULL, kinds TEXT NOT NULL, deadline_offsets TEXT,
    session_offsets TEXT, time_zone TEXT, active INTEGER NOT NULL DEFAULT 1,
    paused TEXT, failures INTEGER NOT NULL DEFAULT 0, created TEXT NOT NULL,
    updated TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reminder_ledger (
    key TEXT PRIMARY KEY, subscriber TEXT NOT NULL, event_id TEXT NOT NULL,
    label TEXT NOT NULL, type TEXT NOT NULL, due TEXT NOT NULL, event_start TEXT,
    state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, error TEXT,
    updated TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ledger_state ON reminder_ledger (state);
CREATE TABLE IF NOT EXISTS snoozes (
    subscriber TEXT NOT NULL, event_id TEXT NOT NULL, due TEXT NOT NULL,
    PRIMARY KEY (subscriber, event_id, due));
CREATE TABLE IF NOT EXISTS event_versions (
    event_id TEXT PRIMARY KEY, kind TEXT NOT NULL, start TEXT);

CREATE TABLE IF NOT EXISTS triage_groups (
    id INTEGER PRIMARY KEY AUTOINCREMENT, status TEXT NOT NULL, title TEXT NOT NULL,
    category TEXT NOT NULL, week INTEGER, lecture TEXT, deadline_id TEXT, due TEXT,
    urgency TEXT NOT NULL, personal INTEGER NOT NULL, created TEXT NOT NULL,
    updated TEXT NOT NULL, answer TEXT, answered_by TEXT, answered_at TEXT,
    in_faq INTEGER NOT NULL DEFAULT 0, merged_into INTEGER);
CREATE TABLE IF NOT EXISTS triage_questions (
    id INTEGER PRIMARY KEY AUTOINCREMENT, group_id INTEGER NOT NULL
        REFERENCES triage_groups(id), text TEXT NOT NULL, user_id TEXT NOT NULL,
    user_name TEXT, anonymous INTEGER NOT NULL, reference TEXT NOT NULL,
    asked_at TEXT NOT NULL, bot_guess TEXT, confidence REAL NOT NULL,
    embedding BLOB, delivered_at TEXT, delivery_attempts INTEGER NOT NULL DEFAULT 0,
    delivery_error TEXT);
CREATE INDEX IF NOT EXISTS triage_questions_group ON triage_questions (group_id);
CREATE INDEX IF NOT EXISTS triage_questions_user ON triage_questions (user_id);

CREATE TABLE IF NOT EXISTS triage_announcements (
    group_id INTEGER PRIMARY KEY, queued TEXT NOT NULL, announced TEXT,
    attempts INTEGER NOT NULL DEFAULT 0, error TEXT);
