CREATE TABLE status_text (
    error_code  integer NOT NULL,
    error_text  text NOT NULL CHECK (error_text <> ''),
    CONSTRAINT status_text_error_code_pkey PRIMARY KEY (error_code)
);
CREATE INDEX status_text_text_idx ON status_text (error_text);
