-- Set when a send failed in a way that may have posted the message anyway (a timeout, a 5xx after the request went
-- out): the next try looks for the message on the platform before sending it again. Overwritten by every retry.
-- V8, not V6: V6 and V7 are taken by work on other branches.
ALTER TABLE outbox ADD COLUMN outcome_unknown BOOLEAN DEFAULT FALSE NOT NULL;
