DROP TABLE IF EXISTS sc_config_dropped_cfg;
