-- The one-time token of each review page, claimed by the first POST that sends it. The
-- primary key makes the claim atomic across requests and across instances.
CREATE TABLE submission_claim (
    token      VARCHAR(64) PRIMARY KEY,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    history_id BIGINT
);
