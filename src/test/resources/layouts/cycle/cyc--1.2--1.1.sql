\echo Use "ALTER EXTENSION cyc UPDATE TO '1.1'" to load this file. \quit

DROP FUNCTION cyc_v1_2();
