-- Staff of the units, their sessions, and the audit log of what they did.
CREATE TABLE staff_users (
    username TEXT PRIMARY KEY NOT NULL,
    password_hash TEXT NOT NULL,
    unit TEXT NOT NULL,
    display_name TEXT NOT NULL,
    created_at BIGINT NOT NULL
);

-- Only a hash of the session token is kept; the browser holds the token.
CREATE TABLE staff_sessions (
    token_hash TEXT PRIMARY KEY NOT NULL,
    username TEXT NOT NULL REFERENCES staff_users (username),
    csrf_token TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);

CREATE TABLE audit_log (
    id TEXT PRIMARY KEY NOT NULL,
    at BIGINT NOT NULL,
    username TEXT NOT NULL,
    action TEXT NOT NULL,
    tracking_no TEXT,
    detail TEXT
);
