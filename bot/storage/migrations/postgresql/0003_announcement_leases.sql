-- An announcement of a new question group is claimed by one replica before it is posted
-- in the TA channel, as reminder sends and TA-answer deliveries are (see 0002).
ALTER TABLE triage_announcements ADD COLUMN claimed_by TEXT;
ALTER TABLE triage_announcements ADD COLUMN lease_until DOUBLE PRECISION;
