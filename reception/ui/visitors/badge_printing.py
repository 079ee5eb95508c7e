"""Printing visitor badges from the desk: automatically at check-in when the setting says so, otherwise
through the preview; a reprint is confirmed, counted and audited by the service before it prints. At the lock
screen a badge prints only when nobody has to answer anything (print_unattended); otherwise it is held."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from reception.core.services.visits import VisitRow
from reception.printing.badges import BadgeInfo, BadgeSetup
from reception.ui.context import AppContext
from reception.ui.errors import show_failure
from reception.ui.printing import PdfPreviewDialog, print_or_preview, prints_unattended, start_printing


class BadgePrinter(QObject):
    """Builds the badges' PDF off the GUI thread, then prints it or opens the preview."""

    reprinted = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.window = parent
        self.preview: PdfPreviewDialog | None = None

    def print_visits(self, visits: Sequence[VisitRow], *, force_preview: bool = False) -> None:
        def done(result: tuple[bytes, BadgeSetup, bool]) -> None:
            pdf, setup, automatic = result
            self.preview = print_or_preview(self.ctx.runner, self.window, pdf, setup.printer,
                                            direct=automatic and not force_preview, size_mm=setup.size_mm,
                                            title=self._title(visits))

        self.ctx.runner.run(lambda: self._build(visits), done, lambda error: show_failure(self.window, error))

    def print_unattended(self, visits: Sequence[VisitRow], held: Callable[[Sequence[VisitRow]], None]) -> None:
        """Prints now if the badges print automatically on a printer that asks nothing; else hands them to
        `held` (the lock screen keeps them for the unlock: no preview or dialog may open over it)."""
        def done(result: tuple[bytes, BadgeSetup, bool]) -> None:
            pdf, setup, automatic = result
            if automatic and prints_unattended(setup.printer):
                start_printing(self.ctx.runner, pdf, setup.printer, parent=self.window, title=self._title(visits),
                               size_mm=setup.size_mm)
            else:
                held(visits)

        self.ctx.runner.run(lambda: self._build(visits), done, lambda error: show_failure(self.window, error))

    def _build(self, visits: Sequence[VisitRow]) -> tuple[bytes, BadgeSetup, bool]:
        """Off the GUI thread: the badges' PDF (with photos when the setting asks), the badge settings, and whether
        badges print by themselves."""
        services, actor = self.ctx.services, self.ctx.actor
        values = services.settings.all()
        setup = BadgeSetup.from_settings(values)
        site = services.site.info().site_name
        photos = services.photos.photos(actor, [v.id for v in visits]) if values["visits.photo_on_badge"] else {}
        infos = [BadgeInfo.of(v, site, photo_jpeg=photos[v.id].jpeg if v.id in photos else None) for v in visits]
        return setup.pdf(infos), setup, bool(values["visits.auto_print_badge"])

    def _title(self, visits: Sequence[VisitRow]) -> str:
        return self.tr("Badge {number}").format(number=visits[0].badge_number) if len(visits) == 1 \
            else self.tr("Badges ({count})").format(count=len(visits))

    def reprint(self, visit: VisitRow) -> None:
        """Asks first: a second badge for the same visit is a second key to the building."""
        answer = QMessageBox.question(
            self.window, self.tr("Réimprimer le badge"),
            self.tr("Réimprimer le badge n° {number} de {name} ? La réimpression est enregistrée.").format(
                number=visit.badge_number, name=visit.visitor_name))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(row: VisitRow) -> None:
            self.reprinted.emit(row)
            self.print_visits([row])

        self.ctx.runner.run(lambda: self.ctx.services.visits.record_reprint(self.ctx.actor, visit.id), done,
                            lambda error: show_failure(self.window, error))
