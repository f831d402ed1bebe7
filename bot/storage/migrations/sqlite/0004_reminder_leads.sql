-- Reminder settings said in chat: the day a student's reminders are muted until (UTC text,
-- as `created`), the kinds reminded the evening before (a JSON list of kinds), and the zone
-- the student named for them, which the zone of their device does not replace.
ALTER TABLE subscriptions ADD COLUMN mute_until TEXT;
ALTER TABLE subscriptions ADD COLUMN evening_kinds TEXT;
ALTER TABLE subscriptions ADD COLUMN zone_said TEXT;
