SELECT a, "";
