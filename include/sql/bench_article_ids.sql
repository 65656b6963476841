-- Benchmark only (make bench): the article ids incident rows are hung on.
SELECT article_id FROM newsfacts.articles ORDER BY article_id LIMIT %(limit)s;
