CREATE TABLE events (
    id int PRIMARY KEY,
    kind varchar(20) NOT NULL,
    payload jsonb,
    at timestamptz DEFAULT now(),
    source text,
    CONSTRAINT kind_known CHECK (kind <> '')
);
