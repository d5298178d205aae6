-- What the certificate checks found before a submission, and the policy that applied.
ALTER TABLE history_record ADD COLUMN certificate_findings TEXT;
ALTER TABLE history_record ADD COLUMN certificate_policy VARCHAR(16);
