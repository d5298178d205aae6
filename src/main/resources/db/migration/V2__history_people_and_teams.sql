-- The person behind each submission as the identity provider names them, and the team of
-- the tenant at the time, which scopes who may read the record. Older records have no team:
-- only portal admins and users of every team read them.
ALTER TABLE history_record ADD COLUMN user_subject VARCHAR(255);
ALTER TABLE history_record ADD COLUMN user_display_name VARCHAR(200);
ALTER TABLE history_record ADD COLUMN user_email VARCHAR(320);
ALTER TABLE history_record ADD COLUMN team VARCHAR(64);

CREATE INDEX history_record_team_idx ON history_record (team, id);
