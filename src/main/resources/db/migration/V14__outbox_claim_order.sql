-- A claim walks the pending messages in the order they are sent (see JdbiOutbox.claimDue) and stops at its limit.
-- With (status, next_attempt_at) to choose from, H2 took that index, read every due row (payloads and all) and sorted
-- them at every claim: tens of milliseconds per claim once a few thousand reminders waited for a busy channel.
-- outbox_claim_idx lacked the id that ends the order, so neither database could stop early along it.
DROP INDEX outbox_due_idx;
DROP INDEX outbox_claim_idx;
CREATE INDEX outbox_claim_order_idx ON outbox (status, priority, created_at, id);
