-- Items a hire snoozed: no overdue nudge about them until snoozed_until.
CREATE TABLE snoozes (
  hire_id       VARCHAR(64)  NOT NULL REFERENCES hires (id),
  item_key      VARCHAR(100) NOT NULL,
  snoozed_until TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT snoozes_pk PRIMARY KEY (hire_id, item_key)
);
