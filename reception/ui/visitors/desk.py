"""What the visitors capability does wherever the receptionist is, even at the lock screen: a scanned badge
checks its visitor out and a scanned invitation checks its guest in (badge printed, host told); F9 prints the
evacuation roll call, and the host e-mails leave the queue every minute in the background."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow

from reception.core.errors import DomainError
from reception.core.reports import ReportParams, run_report
from reception.core.services.container import Services
from reception.core.services.permissions import Actor, Permission
from reception.core.services.reports import load_report_kinds
from reception.core.services.scan_codes import is_badge
from reception.core.services.visits import BadgeScan, VisitRow
from reception.core.shortcuts import key as shortcut_key
from reception.printing import evacuation as _evacuation_layout  # noqa: F401  (registers the layout)
from reception.printing.reports import render_kind, report_meta
from reception.ui.context import AppContext
from reception.ui.errors import BackgroundFailure, show_failure
from reception.ui.notices import StatusNotices
from reception.ui.printing import PdfPreviewDialog, print_or_preview
from reception.ui.scan import register_scan_handler
from reception.ui.visitors.badge_printing import BadgePrinter
from reception.ui.visitors.events import VisitEvents

MAIL_EVERY_MS = 60_000
TOAST_MS = 5_000
EVACUATION = "evacuation"


def evacuation_pdf(services: Services, actor: Actor) -> bytes:
    """Everyone inside now, as the A4 roll call in its own large-type layout."""
    load_report_kinds()
    data = run_report(EVACUATION, services.db, services.clock, actor, ReportParams())
    return render_kind(EVACUATION, data, report_meta(data, actor.full_name, services.clock.now()))


class Toast(QLabel):
    """A short message floating at the bottom of the window, gone after a few seconds."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("toast")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet("QLabel#toast { background: #0F172A; color: white; border-radius: 8px; padding: 10px 18px;"
                           " font-size: 15px; } QLabel#toast[error=\"true\"] { background: #B91C1C; }")
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def flash(self, text: str, error: bool = False) -> None:
        self.setText(text)
        self.setProperty("error", error)
        self.style().unpolish(self)
        self.style().polish(self)
        self.adjustSize()
        self.move((self._window.width() - self.width()) // 2, self._window.height() - self.height() - 56)
        self.show()
        self.raise_()
        self._timer.start(TOAST_MS)


class VisitorDesk(QObject):
    message = Signal(str, bool)  # text, is an error

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.ctx, self.window = ctx, window
        self.preview: PdfPreviewDialog | None = None
        self.toast = Toast(window)
        self.message.connect(self._show)
        self.badges = BadgePrinter(ctx, window)
        self._badges_after_unlock: list[VisitRow] = []
        unlocked = getattr(window, "unlocked", None)
        if unlocked is not None:
            unlocked.connect(self.print_waiting_badges)
        register_scan_handler(is_badge, self.badge_scanned, owner=self, at_lock=True)
        self.evacuation_key = QShortcut(QKeySequence(shortcut_key("visitors.evacuation")), window)
        self.evacuation_key.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.evacuation_key.activated.connect(self.print_evacuation)
        self._sending = False
        self.mail_timer = QTimer(self)
        self.mail_timer.setInterval(MAIL_EVERY_MS)
        self.mail_timer.timeout.connect(self.send_mail)
        self.mail_timer.start()

    def _show(self, text: str, error: bool) -> None:
        self.window.statusBar().showMessage(text, 15_000)
        self.toast.flash(text, error)

    def badge_scanned(self, code: str) -> None:
        def done(scan: BadgeScan) -> None:
            name = scan.visit.visitor_name
            if scan.action == "checked_out":
                self.message.emit(self.tr("{name} est sorti(e)").format(name=name), False)
            else:
                self.message.emit(self.tr("{name} est arrivé(e) — badge n° {number}, {host} prévenu(e)").format(
                    name=name, number=scan.visit.badge_number, host=scan.visit.host_name), False)
                self._print_badge(scan.visit)
            VisitEvents.of(self.ctx).visits_changed.emit()

        def refused(error: Exception) -> None:
            if isinstance(error, DomainError):
                self.message.emit(error.message, True)
            else:
                show_failure(self.window, error)

        self.ctx.runner.run(lambda: self.ctx.services.visits.scan_badge(self.ctx.actor, code), done, refused)

    def _print_badge(self, visit: VisitRow) -> None:
        """At the lock screen no preview or print dialog may open over it: a badge that needs one waits for
        the unlock; one the badge printer takes by itself prints now, so the guest is not kept waiting."""
        if getattr(self.window, "locked", False):
            self.badges.print_unattended([visit], held=self._hold_for_unlock)
        else:
            self.badges.print_visits([visit])

    def _hold_for_unlock(self, visits: Sequence[VisitRow]) -> None:
        """The badge was built while locked; the receptionist may have unlocked meanwhile."""
        if getattr(self.window, "locked", False):
            self._badges_after_unlock.extend(visits)
        else:
            self.badges.print_visits(visits)

    def print_waiting_badges(self) -> None:
        """Called by the window once unlocked."""
        waiting, self._badges_after_unlock = self._badges_after_unlock, []
        if waiting:
            self.badges.print_visits(waiting)

    def print_evacuation(self) -> None:
        """F9: straight to the report printer when one is set, otherwise the preview (also the fallback)."""
        services, actor = self.ctx.services, self.ctx.actor

        def build() -> tuple[bytes, str]:
            return evacuation_pdf(services, actor), services.settings.get("printing.report_printer")

        def done(result: tuple[bytes, str]) -> None:
            pdf, printer = result
            self.preview = print_or_preview(self.ctx.runner, self.window, pdf, printer, direct=True,
                                            title=self.tr("Liste d'évacuation"))
            if self.preview is None:  # the status bar's notice follows the job; a temporary message would hide it
                self.toast.flash(self.tr("Liste d'évacuation envoyée à l'impression."))
            else:
                self.message.emit(self.tr("Liste d'évacuation prête."), False)

        notices = self.ctx.runner.notices
        notices.busy(self.tr("Préparation de la liste d'évacuation…"))
        self.ctx.runner.run(build, done, BackgroundFailure(notices, self.tr("Liste d'évacuation impossible"),
                                                           then=lambda: self._flash_failure(notices)))

    def _flash_failure(self, notices: StatusNotices) -> None:
        """An emergency list that cannot be made must not go unseen: the status line, also as a red toast."""
        if notices.current is not None:
            self.message.emit(notices.current.text, True)

    def send_mail(self) -> None:
        """One sending round at a time; what failed is logged and said in the status bar, and retried later."""
        if self._sending:
            return
        self._sending = True
        mail = self.ctx.services.mail

        def send_round() -> None:
            problem = mail.send_due().problem()
            if problem:
                raise DomainError(problem)

        def finished(_result: object = None) -> None:
            self._sending = False

        self.ctx.runner.run(send_round, finished, BackgroundFailure(
            self.ctx.runner.notices, self.tr("Envoi des e-mails aux personnes visitées"), then=finished))


def install_visitor_desk(ctx: AppContext, window: QMainWindow) -> VisitorDesk | None:
    """For DESK_FEATURES: only for people who check visitors in and out."""
    return VisitorDesk(ctx, window) if ctx.actor.can(Permission.VISITS_CHECKIN) else None
