-- Indexes for the auditors' search: every filter is an equality on a leading column, with
-- the id second so that keyset pages (id < ?) newest first read the index in order.
CREATE INDEX history_record_user_idx ON history_record (username, id);
CREATE INDEX history_record_outcome_idx ON history_record (status, id);
CREATE INDEX history_record_operation_idx ON history_record (operation, id);
CREATE INDEX history_record_created_idx ON history_record (created_at, id);

-- Tamper evidence: each record gets its place in one chain when it reaches its final state,
-- and an HMAC over its content and the previous record's MAC, with the id of the key used.
ALTER TABLE history_record ADD COLUMN chain_seq BIGINT;
ALTER TABLE history_record ADD COLUMN chain_mac VARCHAR(64);
ALTER TABLE history_record ADD COLUMN chain_key_id VARCHAR(32);
CREATE UNIQUE INDEX history_record_chain_idx ON history_record (chain_seq);

-- The head of the chain: one row, locked (SELECT ... FOR UPDATE) by the transaction that
-- appends, so that instances writing at once take their turn and the order comes from here.
CREATE TABLE audit_chain_head (
    id       INTEGER PRIMARY KEY,
    last_seq BIGINT      NOT NULL,
    last_mac VARCHAR(64) NOT NULL
);
INSERT INTO audit_chain_head (id, last_seq, last_mac) VALUES (1, 0, '');
