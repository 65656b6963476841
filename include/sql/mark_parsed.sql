UPDATE newsfacts.articles SET parsed_version = %(parser_version)s WHERE article_id = ANY(%(article_ids)s);
