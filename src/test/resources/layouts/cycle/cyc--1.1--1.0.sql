\echo Use "ALTER EXTENSION cyc UPDATE TO '1.0'" to load this file. \quit

DROP FUNCTION cyc_v1_1();
