CREATE SCHEMA pgtrickle;
CREATE FUNCTION pgtrickle."create_stream_table"(name text, query text) RETURNS void
    LANGUAGE c AS 'MODULE_PATHNAME', 'create_stream_table_wrapper';
