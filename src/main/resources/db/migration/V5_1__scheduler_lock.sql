-- One row per periodic job: the instance that holds the lease runs it.
CREATE TABLE scheduler_lock (
    name         VARCHAR(100) PRIMARY KEY,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_by    VARCHAR(200) NOT NULL
);
