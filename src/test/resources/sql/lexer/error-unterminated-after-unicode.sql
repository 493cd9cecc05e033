-- columns count characters: é is one
SELECT 'é', 'open
