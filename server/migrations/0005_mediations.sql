-- Mediation "by order" (点单调解): requests, their timelines and the two
-- sides' ratings. Portable SQL: SQLite and PostgreSQL. Only keyed hashes of
-- the access code (party A) and the invitation token (party B) are kept.
-- Mediator ids are space-separated lists (at most a dozen short ids).
CREATE TABLE mediations (
    tracking_no TEXT PRIMARY KEY NOT NULL,
    code_hash TEXT NOT NULL,
    invite_hash TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    request_hash TEXT NOT NULL,
    lang TEXT NOT NULL,
    dispute_type TEXT NOT NULL,
    village TEXT NOT NULL,
    description TEXT NOT NULL,
    phone_a TEXT,
    phone_b TEXT,
    a_picks TEXT NOT NULL,
    a_recused TEXT NOT NULL,
    b_picks TEXT NOT NULL DEFAULT '',
    b_recused TEXT NOT NULL DEFAULT '',
    b_answered INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    unit TEXT NOT NULL,
    mediator TEXT,
    dispatch_reason TEXT,
    scheduled_at BIGINT,
    place TEXT,
    outcome TEXT,
    created_at BIGINT NOT NULL,
    answer_by BIGINT NOT NULL,
    done_at BIGINT
);

CREATE INDEX mediations_by_unit ON mediations (unit, status);
CREATE INDEX mediations_waiting ON mediations (status, answer_by);

CREATE TABLE mediation_events (
    tracking_no TEXT NOT NULL REFERENCES mediations (tracking_no),
    seq INTEGER NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    party TEXT,
    actor TEXT,
    detail TEXT,
    PRIMARY KEY (tracking_no, seq)
);

-- One rating per side per mediation (评单); the directory averages them.
CREATE TABLE mediator_ratings (
    tracking_no TEXT NOT NULL REFERENCES mediations (tracking_no),
    party TEXT NOT NULL,
    mediator TEXT NOT NULL,
    stars INTEGER NOT NULL,
    comment TEXT,
    at BIGINT NOT NULL,
    PRIMARY KEY (tracking_no, party)
);

CREATE INDEX mediator_ratings_by_mediator ON mediator_ratings (mediator);
