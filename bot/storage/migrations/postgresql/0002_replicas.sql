-- Several replicas on one database. Leases are real (epoch) seconds, not course time.
-- A reminder claim and a TA answer's delivery are owned by one replica until its lease
-- runs out; only then may another take it over (a replica that died mid-send).
ALTER TABLE reminder_ledger ADD COLUMN claimed_by TEXT;
ALTER TABLE reminder_ledger ADD COLUMN lease_until DOUBLE PRECISION;
ALTER TABLE triage_questions ADD COLUMN claimed_by TEXT;
ALTER TABLE triage_questions ADD COLUMN lease_until DOUBLE PRECISION;
-- Transient send failures of a reminder, counted across replicas and restarts.
CREATE TABLE reminder_retries (
    key TEXT PRIMARY KEY, runs INTEGER NOT NULL, updated TEXT NOT NULL);
-- Per-chat state (the last answer for a bare "ask a TA", follow-up context), by name.
CREATE TABLE chat_state (
    chat TEXT NOT NULL, name TEXT NOT NULL, user_id TEXT, value TEXT NOT NULL,
    updated DOUBLE PRECISION NOT NULL, PRIMARY KEY (chat, name));
CREATE INDEX chat_state_user ON chat_state (user_id);
CREATE INDEX chat_state_updated ON chat_state (updated);
-- The proactive send budget shared by every replica: per key, the earliest time the next
-- send may go (a virtual schedule: each send moves it on by 1/rate).
CREATE TABLE send_budget (
    key TEXT PRIMARY KEY, next_free DOUBLE PRECISION NOT NULL);
-- Activities already taken (Teams may deliver one twice): answered once.
CREATE TABLE seen_activities (
    key TEXT PRIMARY KEY, seen_at DOUBLE PRECISION NOT NULL);
CREATE INDEX seen_activities_at ON seen_activities (seen_at);
