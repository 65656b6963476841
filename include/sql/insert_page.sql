INSERT INTO newsfacts.pages (url, content_hash, final_url, http_status, content_type, encoding, body_gz,
                             fetched_at, run_id)
VALUES %s
ON CONFLICT (url, content_hash) DO NOTHING;
