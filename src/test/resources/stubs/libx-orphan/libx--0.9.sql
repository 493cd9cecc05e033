-- 0.9 can still be installed but has no update path: verify installs it once against the library.
CREATE FUNCTION libx_keep() RETURNS int LANGUAGE c AS 'MODULE_PATHNAME', 'libx_keep';
CREATE FUNCTION libx_ancient() RETURNS int LANGUAGE c AS 'MODULE_PATHNAME', 'libx_ancient';
