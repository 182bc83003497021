-- Rate limits and the wrong-code guard when several instances share one
-- PostgreSQL (case/counter.rs): one row per scope, key and window
-- generation, upserted per limited request; rows two windows old are
-- deleted. Created on SQLite too, where one instance counts in memory.
CREATE TABLE rate_counts (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    generation BIGINT NOT NULL,
    hits INTEGER NOT NULL,
    expires_at BIGINT NOT NULL,
    PRIMARY KEY (scope, key, generation)
);
CREATE INDEX rate_counts_expiry ON rate_counts (expires_at);
