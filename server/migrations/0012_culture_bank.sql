-- The culture bank (文化银行, issue 21): a points account per household,
-- kept by its village, and its ledger. Entries are never changed or
-- deleted: a correction is a new entry that reverses an old one, and the
-- balance is the sum of the entries.
CREATE TABLE bank_accounts (
    account_no TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    request_hash TEXT NOT NULL,
    lang TEXT NOT NULL,
    village TEXT NOT NULL,
    household TEXT NOT NULL,
    members TEXT NOT NULL,
    honour BIGINT NOT NULL,
    opened_by TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    -- How many entries the ledger has: every write to the ledger raises it
    -- first, which locks the account, so that two redemptions at once are
    -- checked against the balance one after the other.
    entries BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX bank_accounts_village ON bank_accounts (village);

CREATE TABLE bank_entries (
    account_no TEXT NOT NULL REFERENCES bank_accounts (account_no),
    seq BIGINT NOT NULL,
    at BIGINT NOT NULL,
    kind TEXT NOT NULL,
    -- A rule item's id (earn, deduct) or a good's id (redeem).
    item TEXT NOT NULL,
    points BIGINT NOT NULL,
    note TEXT,
    -- A staff member's username, or 'resident' for the household itself.
    actor TEXT NOT NULL,
    reverses BIGINT,
    -- What made the entry, once only: a redemption's idempotency key, a
    -- patrol shift's attendance, a team task.
    source TEXT UNIQUE,
    PRIMARY KEY (account_no, seq)
);
-- An entry is reversed at most once.
CREATE UNIQUE INDEX bank_entries_reversal ON bank_entries (account_no, reverses);
CREATE INDEX bank_entries_at ON bank_entries (at);

-- What is left of each good in each village's shop; the starting stock
-- comes from content/culture-bank/rules.toml the first time it is seen.
CREATE TABLE bank_stock (
    village TEXT NOT NULL,
    good TEXT NOT NULL,
    remaining BIGINT NOT NULL,
    PRIMARY KEY (village, good)
);
