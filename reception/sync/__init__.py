"""The nightly sync between a desk's SQLite database and the organisation's central PostgreSQL.

central.py   the central schema (replicated Syncable tables + bookkeeping), its set-up, desk roles and RLS
apply.py     what the central database does with one pushed batch (idempotent by event id)
pull.py      reference data and the site's other bookings, pulled by transaction-id cursor
engine.py    one run: lock, checks, backup, push before pull, numbered steps, exit codes
schedule.py  what is due when (nightly run, catch-up, periodic upload), without Qt
No Qt here, ever.
"""
