INSERT INTO sc_clean_config_dropped_cfg VALUES ('interval', '1 day');
