DROP TABLE IF EXISTS sc_clean_config_dropped_cfg;
