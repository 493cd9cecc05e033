INSERT INTO sc_config_dropped_cfg VALUES ('1 day');
