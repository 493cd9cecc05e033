CREATE TABLE status_text (
    alert_code  integer NOT NULL,
    alert_text  text NOT NULL,
    CONSTRAINT status_text_error_text_check CHECK (alert_text <> ''),
    CONSTRAINT status_text_alert_code_pkey PRIMARY KEY (alert_code)
);
CREATE INDEX status_text_text_idx ON status_text (alert_text);
