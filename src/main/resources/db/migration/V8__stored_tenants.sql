-- Tenants registered in the UI. Only the client secrets are secret: they are stored as
-- AES-GCM ciphertext (see SecretCipher); the database never holds them in clear text.
CREATE TABLE stored_tenant (
    id                    VARCHAR(63)   NOT NULL PRIMARY KEY,
    name                  VARCHAR(200)  NOT NULL,
    account_id            VARCHAR(200)  NOT NULL,
    field_layout          VARCHAR(16)   NOT NULL,
    team                  VARCHAR(200),
    write_url             VARCHAR(2000) NOT NULL,
    write_token_url       VARCHAR(2000) NOT NULL,
    write_client_id       VARCHAR(500)  NOT NULL,
    write_secret          VARCHAR(2000) NOT NULL,
    read_url              VARCHAR(2000),
    read_token_url        VARCHAR(2000),
    read_client_id        VARCHAR(500),
    read_secret           VARCHAR(2000),
    registered_by         VARCHAR(200)  NOT NULL,
    registered_at         TIMESTAMP     NOT NULL
);
