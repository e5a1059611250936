-- The hire a message is about, so that pausing or cancelling an enrolment also stops what is already queued for it.
-- NULL for messages about no one enrolment (admin alerts, replies). No foreign key: the outbox stays usable for any
-- message, and hires are never deleted, so the id cannot dangle.
ALTER TABLE outbox ADD COLUMN hire_id VARCHAR(64);
CREATE INDEX outbox_hire_idx ON outbox (hire_id, status);

-- HELD: queued for a paused hire; never claimed until the enrolment is resumed.
ALTER TABLE outbox DROP CONSTRAINT outbox_status_known;
ALTER TABLE outbox ADD CONSTRAINT outbox_status_known CHECK (status IN ('PENDING', 'HELD', 'SENT', 'FAILED'));
