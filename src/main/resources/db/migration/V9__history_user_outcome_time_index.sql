-- An auditor's most common narrow search: one person's failures in a period. With the date
-- range inside the index, such a page reads only the matching rows instead of walking the
-- person's records newest first until the period is reached.
CREATE INDEX history_record_user_outcome_time_idx ON history_record (username, status, created_at);
