-- Whether newsfacts has ever migrated this database (a read-only check: to_regclass never raises).
SELECT to_regclass('newsfacts.schema_migrations') IS NOT NULL;
