-- Every text a reviewer saves at the review desk (issue 19): a section of an
-- article (doc = the slug, part = s0…sN) or a UI message (doc = 'ui', part =
-- the message id), in Tibetan or Yi. Revisions are only added; the newest
-- of a part is what readers see. A reviewer's mark sits on the revision it
-- approved, so a later save is unreviewed until marked again.
CREATE TABLE translation_revisions (
    id TEXT PRIMARY KEY,
    lang TEXT NOT NULL,
    doc TEXT NOT NULL,
    part TEXT NOT NULL,
    -- 1, 2, … per part: two saves from the same page cannot both be 2.
    seq BIGINT NOT NULL,
    text TEXT NOT NULL,
    note TEXT NOT NULL,
    author TEXT NOT NULL,
    author_name TEXT NOT NULL,
    at BIGINT NOT NULL,
    reviewed_by TEXT,
    reviewed_at BIGINT
);
CREATE UNIQUE INDEX translation_revisions_part ON translation_revisions (lang, doc, part, seq);
