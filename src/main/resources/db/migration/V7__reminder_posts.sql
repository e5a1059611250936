-- Which reminder occurrence reached the managers in which daily post: one post per hire per day lists everything
-- that fell due, and an occurrence listed once is never listed again. Kept with the hire's history.
CREATE TABLE reminder_posts (
  hire_id        VARCHAR(64)  NOT NULL REFERENCES hires (id),
  occurrence_key VARCHAR(200) NOT NULL,
  post_key       VARCHAR(200) NOT NULL,
  posted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  CONSTRAINT reminder_posts_pk PRIMARY KEY (hire_id, occurrence_key)
);
