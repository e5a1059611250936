-- Who has opened the bot's home tab at least once. A change to a hire refreshes only these people's homes: a home
-- nobody has looked at is published when its owner first opens it, so refreshing it costs a views.publish (Slack
-- allows about 100 a minute) for nothing. person is ChatUserId.stored(), as in hires.chat_user_id.
CREATE TABLE home_viewers (
  person          VARCHAR(300) PRIMARY KEY,
  first_opened_at TIMESTAMP WITH TIME ZONE NOT NULL
);
