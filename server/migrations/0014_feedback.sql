-- Readers' feedback on a passage (issue 19): which article, language and
-- section, what kind, and an optional text. Nothing about the reader: no
-- address, no phone, no name.
CREATE TABLE feedback (
    id TEXT PRIMARY KEY,
    at BIGINT NOT NULL,
    lang TEXT NOT NULL,
    slug TEXT NOT NULL,
    section TEXT NOT NULL,
    kind TEXT NOT NULL,
    text TEXT,
    -- 'open' until a reviewer deals with it.
    status TEXT NOT NULL
);
CREATE INDEX feedback_article ON feedback (lang, slug, status);
