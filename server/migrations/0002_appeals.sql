-- Appeals (接诉即办) and their timelines. Portable SQL: SQLite and PostgreSQL.
-- Times are seconds since the Unix epoch. The access code is never stored,
-- only a keyed hash of it.
CREATE TABLE appeals (
    tracking_no TEXT PRIMARY KEY NOT NULL,
    code_hash TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    request_hash TEXT NOT NULL,
    lang TEXT NOT NULL,
    category TEXT NOT NULL,
    village TEXT NOT NULL,
    unit TEXT NOT NULL,
    description TEXT NOT NULL,
    phone TEXT,
    name TEXT,
    status TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    due_at BIGINT NOT NULL,
    resolved_at BIGINT,
    rating INTEGER,
    rating_comment TEXT,
    reopened INTEGER NOT NULL DEFAULT 0
);

CREATE INDEX appeals_by_unit ON appeals (unit, status, due_at);

CREATE TABLE appeal_events (
    tracking_no TEXT NOT NULL REFERENCES appeals (tracking_no),
    seq INTEGER NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    unit TEXT,
    actor TEXT,
    body TEXT,
    PRIMARY KEY (tracking_no, seq)
);
