-- What kind of failure ended a submission (so pages can say what to do next), and when
-- and how the reconciler settled a record whose answer was lost or never recorded.
ALTER TABLE history_record ADD COLUMN failure_kind VARCHAR(32);
ALTER TABLE history_record ADD COLUMN reconciled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE history_record ADD COLUMN reconciliation_note VARCHAR(1000);

CREATE INDEX history_record_status_idx ON history_record (status, created_at);
