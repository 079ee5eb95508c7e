"""The demo park (Technopark Casablanca) and its multi-year history, deterministic for a seed.

`build_demo` writes the park itself; each capability adds its history by registering a writer with
`history_writer` in its own module under this package.
"""

from reception.core.demo import cafeteria as _cafeteria  # noqa: F401  (registers the cafeteria history writer)
from reception.core.demo import rooms as _rooms  # noqa: F401  (registers the room history writer)
from reception.core.demo import visits as _visits  # noqa: F401  (registers the visit history writer)
from reception.core.demo.context import DemoContext, history_writer
from reception.core.demo.park import DEMO_ACCOUNTS, build_demo

__all__ = ["DEMO_ACCOUNTS", "DemoContext", "build_demo", "history_writer"]
