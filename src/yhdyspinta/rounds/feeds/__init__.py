"""Information flow out of the rounds app: the personal calendar feed and the e-mail digest.

* ``ical``: a strict RFC 5545 writer.
* ``events``: which negotiations and deadlines a user's calendar lists.
* ``tokens``: the secret of the personal feed URL (``CalendarToken``), regenerating it.
* ``views`` / ``urls`` (namespace ``rounds_feeds``): the subscription page and the feed.
* ``digest``: the weekly e-mail (``yhdyspinta send_digest``).
"""
