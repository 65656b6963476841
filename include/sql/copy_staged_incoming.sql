COPY pg_temp.staged_incoming (run_id, article_id, seq, parser_version, row_data) FROM STDIN;
