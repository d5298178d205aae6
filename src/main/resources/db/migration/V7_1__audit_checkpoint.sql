-- What retention removed from the start of the audit chain: the position and MAC of the last
-- removed record, so that the rest still verifies, signed with the audit key so that it cannot
-- be forged. One row, replaced by each purge.
CREATE TABLE audit_checkpoint (
    id             INTEGER PRIMARY KEY,
    through_seq    BIGINT      NOT NULL,
    through_mac    VARCHAR(64) NOT NULL,
    purged_records BIGINT      NOT NULL,
    purged_before  TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id         VARCHAR(32) NOT NULL,
    mac            VARCHAR(64) NOT NULL
);
