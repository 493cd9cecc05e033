create function nl_hello() returns int language c as 'MODULE_PATHNAME', 'nl_hello';
