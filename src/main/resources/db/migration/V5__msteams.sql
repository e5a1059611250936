-- Microsoft Teams beside Slack. A person's id is stored with its platform: a Slack id as it always was (U...), any
-- other platform's behind its key (msteams:29:...), so every row written before Teams existed stays valid as it is.
-- Teams ids are longer than Slack's, hence the wider columns.
ALTER TABLE hires ALTER COLUMN chat_user_id SET DATA TYPE VARCHAR(300);
ALTER TABLE hires ALTER COLUMN manager_id SET DATA TYPE VARCHAR(300);
ALTER TABLE hires ALTER COLUMN buddy_id SET DATA TYPE VARCHAR(300);
ALTER TABLE hires ALTER COLUMN enrolled_by SET DATA TYPE VARCHAR(300);
ALTER TABLE hires ALTER COLUMN open_user_id SET DATA TYPE VARCHAR(300);
ALTER TABLE hires ALTER COLUMN manager_channel SET DATA TYPE VARCHAR(300);
ALTER TABLE item_states ALTER COLUMN completed_by SET DATA TYPE VARCHAR(300);
ALTER TABLE completion_events ALTER COLUMN actor SET DATA TYPE VARCHAR(300);
ALTER TABLE reminders ALTER COLUMN held_by SET DATA TYPE VARCHAR(300);

-- What the bot learns of a Teams user from each activity: where to reach them (a bot may only message someone
-- proactively through a conversation reference), the Entra object id an admin may list them by, and the time zone
-- their client reports.
CREATE TABLE msteams_people (
  user_id         VARCHAR(300) NOT NULL PRIMARY KEY,
  aad_object_id   VARCHAR(64),
  name            VARCHAR(300),
  service_url     VARCHAR(500) NOT NULL,
  tenant_id       VARCHAR(64),
  conversation_id VARCHAR(500),
  time_zone       VARCHAR(64),
  updated_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX msteams_people_aad_idx ON msteams_people (aad_object_id);
