SELECT * FROM newsfacts.events WHERE event_id = %(event_id)s;
