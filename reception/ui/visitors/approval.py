"""The watch-list stop: a manager types their user name and password at the desk and allows or refuses."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from reception.core.services.container import Services
from reception.core.services.permissions import Permission
from reception.core.services.visits import WatchListMatch
from reception.ui.approval import ManagerApprovalDialog
from reception.ui.operations import OperationRunner


class WatchListApprovalDialog(ManagerApprovalDialog):
    """Emits `decided(approver, allowed)` once the manager's password is checked; stays open until then."""

    def __init__(self, match: WatchListMatch, services: Services, runner: OperationRunner,
                 parent: QWidget | None = None) -> None:
        until = match.hit.until.strftime("%d/%m/%Y") if match.hit.until else self.tr("sans limite")
        details = self.tr("Motif : {reason} — jusqu'au : {until}")
        super().__init__(
            services, runner, Permission.WATCHLIST_DECIDE, parent=parent,
            title=self.tr("Liste de vigilance"), message=match.message,
            details=details.format(reason=match.hit.reason or "—", until=until),
            actions=((self.tr("Autoriser l'entrée"), True), (self.tr("Refuser l'entrée"), False)))
        self.allow_button, self.refuse_button = self.action_buttons

