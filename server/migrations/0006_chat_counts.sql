-- The chat keeps no message text: only how many messages of each intent
-- came in per day and language, to see what residents ask about.
CREATE TABLE chat_counts (
    day TEXT NOT NULL,
    lang TEXT NOT NULL,
    intent TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (day, lang, intent)
);
