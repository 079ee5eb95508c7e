"""The desk hears the kiosk: arrivals appear in Sur site within seconds, a watch-list referral is announced.

The kiosk runs as its own process on the same database, so no signal crosses over: every POLL_MS the desk
reads the change stamp (services.changes, one index lookup, off the GUI thread); when it moved, the visitors'
screens refresh (VisitEvents) and the kiosk's new referrals, if any, are posted as a red notice naming the
visitor (the desk, unlike the kiosk, may know why). The Accueil page shows the day's referrals as a tile.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMainWindow

from reception.core.services.kiosk import KioskAlert
from reception.core.services.permissions import Permission
from reception.ui.context import AppContext
from reception.ui.visitors.events import VisitEvents

POLL_MS = 3000


class KioskWatch(QObject):
    def __init__(self, ctx: AppContext, parent: QObject) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stamp: int | None = None
        self.alert_seq: int | None = None
        self._polling = False
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        self.poll()

    def poll(self) -> None:
        if self._polling:
            return
        self._polling = True
        services, actor, after = self.ctx.services, self.ctx.actor, self.alert_seq

        def read() -> tuple[int, list[KioskAlert]]:
            stamp = services.changes.stamp()
            alerts = services.kiosk.alerts(actor, after or 0) if stamp != self.stamp else []
            return stamp, alerts

        self.ctx.runner.run(read, self._read, self._failed)

    def _read(self, result: tuple[int, list[KioskAlert]]) -> None:
        self._polling = False
        stamp, alerts = result
        first = self.stamp is None
        if not first and stamp != self.stamp:
            VisitEvents.of(self.ctx).visits_changed.emit()
        self.stamp = stamp
        if alerts:
            if not first:  # referrals from before this session are on Accueil already
                names = ", ".join(a.name for a in alerts)
                self.ctx.runner.notices.failed(self.tr(
                    "Borne : {names} à recevoir à l'accueil (liste de vigilance)").format(names=names))
            self.alert_seq = alerts[-1].seq
        elif self.alert_seq is None:
            self.alert_seq = 0

    def _failed(self, _error: Exception) -> None:
        self._polling = False  # the next tick tries again; a locked or busy database is not worth a notice


def install_kiosk_watch(ctx: AppContext, window: QMainWindow) -> KioskWatch | None:
    """For DESK_FEATURES: only where visitors are checked in."""
    return KioskWatch(ctx, window) if ctx.actor.can(Permission.VISITS_CHECKIN) else None
