-- Claims take answers first, then releases, then reminders (notification.Priority: 0, 1, 2), oldest first within
-- each. Rows queued before this migration get the rank their key's kind has; new ones are ranked at enqueue.
-- V9, not V7: V7 is taken by work on another branch.
ALTER TABLE outbox ADD COLUMN priority INTEGER DEFAULT 2 NOT NULL;
UPDATE outbox SET priority = 0 WHERE idempotency_key LIKE 'reply:%' OR idempotency_key LIKE 'held:%'
  OR idempotency_key LIKE 'met:%' OR idempotency_key LIKE 'snooze:%';
UPDATE outbox SET priority = 1 WHERE idempotency_key LIKE 'release:%' OR idempotency_key LIKE 'intro:%'
  OR idempotency_key LIKE 'alert:%';
CREATE INDEX outbox_claim_idx ON outbox (status, priority, created_at);

-- An acknowledged `start` command whose enrolment has not finished yet: written before the acknowledgement goes out
-- and deleted in the enrolment's own transaction, so that a crash in between leaves a row that a later run resumes.
-- claimed_until hides a row from resumers while one instance works on it.
CREATE TABLE pending_commands (
  id              VARCHAR(64)  NOT NULL PRIMARY KEY,
  caller          VARCHAR(200) NOT NULL,
  hire            VARCHAR(200) NOT NULL,
  manager         VARCHAR(200) NOT NULL,
  template_id     VARCHAR(200),
  start_date      DATE,
  buddy           VARCHAR(200),
  calendar_id     VARCHAR(200),
  team            VARCHAR(200),
  manager_channel VARCHAR(200),
  zone            VARCHAR(100),
  received_at     TIMESTAMP WITH TIME ZONE NOT NULL,
  claimed_until   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX pending_commands_claim_idx ON pending_commands (claimed_until);
