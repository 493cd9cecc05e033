CREATE SCHEMA pgtrickle;
CREATE FUNCTION pgtrickle."create_stream_table"(name text, query text) RETURNS void
    LANGUAGE c AS 'MODULE_PATHNAME', 'create_stream_table_wrapper';
CREATE FUNCTION pgtrickle."list_sources"(name text) RETURNS TABLE (source_table text, source_oid bigint)
    STRICT LANGUAGE c AS 'MODULE_PATHNAME', 'list_sources_wrapper';
CREATE FUNCTION pgtrickle."change_buffer_sizes"() RETURNS TABLE (stream_table text, pending_rows bigint)
    LANGUAGE c AS 'MODULE_PATHNAME', 'change_buffer_sizes_wrapper';
CREATE FUNCTION pgtrickle."_signal_launcher_rescan"() RETURNS void
    LANGUAGE c AS 'MODULE_PATHNAME', '_signal_launcher_rescan_wrapper';
