-- Hires an HR system announced through the API or import-hires. Valid on H2 2.4 and PostgreSQL 12+.
-- A row stays EXPECTED until the person is found in the workspace, then becomes ENROLLED and its id is the id of the
-- enrolment in hires (no foreign key: the row exists first). People are named by chat id, address or both; addresses
-- are stored in lower case. waiting_email and waiting_user repeat the hire's address and id while the row is EXPECTED
-- and are NULL otherwise: with their UNIQUE constraints they allow one waiting record per person even under
-- concurrent requests, on both databases (H2 has no partial indexes; both treat NULLs as distinct).
CREATE TABLE expected_hires (
  id            VARCHAR(64)  NOT NULL PRIMARY KEY,
  hire_id       VARCHAR(300),
  hire_email    VARCHAR(320),
  manager_id    VARCHAR(300),
  manager_email VARCHAR(320),
  buddy_id      VARCHAR(300),
  buddy_email   VARCHAR(320),
  template_id   VARCHAR(100),
  start_date    DATE,
  calendar_id   VARCHAR(100),
  team          VARCHAR(100),
  platform      VARCHAR(16),
  status        VARCHAR(16)  NOT NULL,
  created_by    VARCHAR(300) NOT NULL,
  created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  problem       VARCHAR(1000),
  waiting_email VARCHAR(320),
  waiting_user  VARCHAR(300),
  CONSTRAINT expected_hires_status_known CHECK (status IN ('EXPECTED', 'ENROLLED', 'CANCELLED')),
  CONSTRAINT expected_hires_names_someone CHECK (hire_id IS NOT NULL OR hire_email IS NOT NULL),
  CONSTRAINT expected_hires_one_per_email UNIQUE (waiting_email),
  CONSTRAINT expected_hires_one_per_user UNIQUE (waiting_user)
);
CREATE INDEX expected_hires_status_idx ON expected_hires (status, created_at);

-- A Teams member's address and user principal name, as the Connector's member call tells them, so that an expected
-- hire can be matched when they install the app.
ALTER TABLE msteams_people ADD COLUMN email VARCHAR(320);
ALTER TABLE msteams_people ADD COLUMN upn VARCHAR(320);
CREATE INDEX msteams_people_email_idx ON msteams_people (email);
CREATE INDEX msteams_people_upn_idx ON msteams_people (upn);
