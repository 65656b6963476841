INSERT INTO newsfacts.articles (url, canonical_url, feed_id, title, author, site_name, published_at, modified_at,
                                language, text, text_hash, page_hash, fetched_at, extractor_version, run_id)
VALUES (%(url)s, %(canonical_url)s, %(feed_id)s, %(title)s, %(author)s, %(site_name)s, %(published_at)s,
        %(modified_at)s, %(language)s, %(text)s, %(text_hash)s, %(page_hash)s, %(fetched_at)s,
        %(extractor_version)s, %(run_id)s)
ON CONFLICT DO NOTHING
RETURNING article_id;
