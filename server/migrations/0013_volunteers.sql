-- Residents who take part (issue 21): applications to a village's volunteer
-- teams and to a township's volunteer police (平安义警), patrol shifts and
-- who signed up, and appeals handed to a team (派给志愿队).
CREATE TABLE volunteers (
    application_no TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    request_hash TEXT NOT NULL,
    lang TEXT NOT NULL,
    village TEXT NOT NULL,
    -- A team's id, or 'police'.
    team TEXT NOT NULL,
    name TEXT NOT NULL,
    phone TEXT NOT NULL,
    -- Who decides: the village, or the township's police station.
    unit TEXT NOT NULL,
    status TEXT NOT NULL,
    -- Volunteer police only: the role among the seven and the grid covered.
    role TEXT,
    grid TEXT,
    -- The household account their work is credited to (文化银行).
    account_no TEXT,
    created_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by TEXT
);
CREATE INDEX volunteers_unit ON volunteers (unit, status);

CREATE TABLE patrol_shifts (
    id TEXT PRIMARY KEY,
    township TEXT NOT NULL,
    station TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    grid TEXT,
    place TEXT,
    places BIGINT NOT NULL,
    -- Raised at each sign-up, never above places.
    taken BIGINT NOT NULL DEFAULT 0,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX patrol_shifts_township ON patrol_shifts (township, starts_at);

CREATE TABLE patrol_signups (
    shift_id TEXT NOT NULL REFERENCES patrol_shifts (id),
    application_no TEXT NOT NULL REFERENCES volunteers (application_no),
    signed_at BIGINT NOT NULL,
    attended BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (shift_id, application_no)
);

CREATE TABLE team_tasks (
    tracking_no TEXT PRIMARY KEY,
    village TEXT NOT NULL,
    team TEXT NOT NULL,
    handed_at BIGINT NOT NULL,
    handed_by TEXT NOT NULL,
    done_at BIGINT,
    done_by TEXT
);
