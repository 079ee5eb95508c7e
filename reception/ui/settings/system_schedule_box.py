"""Paramètres › Site et poste › Synchronisation console fermée: whether the system's scheduler runs the
nightly sync (a read-only status line), with buttons to install (or update after the time changed) and
remove it. A refusal by the system is shown in the box, in red, as the system said it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reception.core.errors import DomainError
from reception.core.services.permissions import Actor
from reception.core.system_scheduler import ScheduleStatus
from reception.ui.context import AppContext
from reception.ui.errors import show_failure


class SystemScheduleBox(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Synchronisation console fermée"))
        title.setObjectName("sectionTitle")
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.where = QLabel(self.tr("Le planificateur du système lance la synchronisation nocturne à l'heure du "
                                    "paramètre « Synchronisation nocturne à », même console fermée ; elle ne "
                                    "chevauche jamais celle de la console."))
        self.where.setObjectName("subtle")
        self.where.setWordWrap(True)
        self.install = QPushButton(self.tr("Installer"))
        self.install.clicked.connect(lambda: self._change(self.ctx.services.system_schedule.install))
        self.remove = QPushButton(self.tr("Retirer"))
        self.remove.clicked.connect(lambda: self._change(self.ctx.services.system_schedule.remove))
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.remove)
        buttons.addWidget(self.install)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        for widget in (title, self.status, self.problem, self.where):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.system_schedule.status(actor), self.show_status,
                            lambda e: show_failure(self, e))

    def _change(self, action: Callable[[Actor], ScheduleStatus]) -> None:
        actor = self.ctx.actor
        self.install.setEnabled(False)
        self.remove.setEnabled(False)
        self.problem.hide()
        self.ctx.runner.run(lambda: action(actor), self.show_status, self._refused)

    def _refused(self, error: Exception) -> None:
        if not isinstance(error, DomainError):
            show_failure(self, error)
        else:
            self.problem.setText(error.message)
            self.problem.show()
        self.refresh()

    def show_status(self, status: ScheduleStatus) -> None:
        self.status.setText(status.description)
        self.install.setText(self.tr("Mettre à jour") if status.installed else self.tr("Installer"))
        self.install.setEnabled(True)
        self.remove.setEnabled(status.installed)
