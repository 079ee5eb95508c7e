"""Paramètres › Site et poste › Sauvegardes: when the last good backup was taken, what the last attempt
did (skipped for lack of disk space, failed and why), how many are kept, and a backup on demand."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reception.core.services.backup_status import BackupSummary
from reception.ui.context import AppContext
from reception.ui.errors import show_failure


class BackupsBox(QWidget):
    """A few lines under the site's form: sentences rather than a second form, so nothing has to align."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        title = QLabel(self.tr("Sauvegardes"))
        title.setObjectName("sectionTitle")
        self.last_good = QLabel()
        self.last_good.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setObjectName("fieldError")
        self.problem.setWordWrap(True)
        self.where = QLabel()
        self.where.setObjectName("subtle")
        self.where.setWordWrap(True)
        self.back_up = QPushButton(self.tr("Sauvegarder maintenant"))
        self.back_up.clicked.connect(self.back_up_now)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.back_up)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        for widget in (title, self.last_good, self.problem, self.where):
            layout.addWidget(widget)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.ctx.runner.run(lambda: services.backups.summary(actor), self.show_summary,
                            lambda e: show_failure(self, e))

    def back_up_now(self) -> None:
        services, actor = self.ctx.services, self.ctx.actor
        self.back_up.setEnabled(False)
        self.back_up.setText(self.tr("Sauvegarde en cours…"))
        self.ctx.runner.run(lambda: services.backups.back_up_now(actor), self._backed_up, self._backed_up)

    def _backed_up(self, _result: object) -> None:
        """Done or failed, the outcome is in the summary (a failure says why in red)."""
        self.back_up.setEnabled(True)
        self.back_up.setText(self.tr("Sauvegarder maintenant"))
        self.refresh()

    def show_summary(self, summary: BackupSummary) -> None:
        if summary.last_ok_at is None or summary.oldest_kept_at is None:
            self.last_good.setText(self.tr("Aucune sauvegarde pour l'instant."))
        else:
            self.last_good.setText(self.tr(
                "Dernière sauvegarde le {when} ({size} Mo) · {count} conservée(s) depuis le {day}").format(
                when=summary.last_ok_at.strftime("%d/%m/%Y %H:%M"),
                size=f"{summary.last_ok_size / 1_000_000:.1f}".replace(".", ","),
                count=summary.kept, day=summary.oldest_kept_at.strftime("%d/%m/%Y")))
        self.problem.setVisible(summary.outcome in ("skipped", "failed") and summary.last_attempt_at is not None)
        if summary.last_attempt_at is not None:
            when = summary.last_attempt_at.strftime("%d/%m/%Y %H:%M")
            text = (self.tr("Sauvegarde non faite le {when} : {why}.") if summary.outcome == "skipped"
                    else self.tr("Échec de la sauvegarde du {when} : {why}."))
            self.problem.setText(text.format(when=when, why=summary.message))
        self.where.setText(self.tr("Une par jour, vérifiée ; au plus 7 quotidiennes et 4 hebdomadaires, "
                                   "dans {folder}").format(folder=summary.folder))
