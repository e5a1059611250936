-- A release that follows another one queued for the same person at once ranks between releases (1) and reminders,
-- which move from 2 to 3 (see Priority).
UPDATE outbox SET priority = 3 WHERE priority = 2;
ALTER TABLE outbox ALTER COLUMN priority SET DEFAULT 3;
