UPDATE newsfacts.feeds SET skip_until = %(skip_until)s WHERE feed_id = %(feed_id)s;
