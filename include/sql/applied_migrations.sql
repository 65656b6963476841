SELECT version FROM newsfacts.schema_migrations;
