"""One place where the visitors' screens hear that visits changed (a check-in, a scan at the door...).

The hub is a child of the session's operation runner, so every widget of one logged-in session shares it and
it goes away with the session; no module-level state.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from reception.ui.context import AppContext


class VisitEvents(QObject):
    visits_changed = Signal()

    @classmethod
    def of(cls, ctx: AppContext) -> VisitEvents:
        hub = ctx.runner.findChild(cls)
        return hub if hub is not None else cls(ctx.runner)
