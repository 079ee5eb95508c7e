"""The kiosk window: full screen, one flow, nothing else of the console reachable from it.

Welcome → privacy notice (law 09-08) → invitation scanned, or "Sans invitation" (name, organisation, host,
visit type), or "Je suis déjà venu(e)" (exact e-mail or phone) → confirm → agreement when one applies →
photo when a camera is there → badge printed and host told. A watch-list match shows only "Merci de vous
adresser à l'accueil" (the desk gets the alert). After `idle_seconds` without a touch everything typed is
cleared and the welcome screen comes back in French. Closing needs a manager's password, checked by
services.auth.approve with the login's lockout. Every rule is in services.kiosk; this window only shows.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QImage, QKeyEvent, QResizeEvent
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from reception.core.errors import DomainError, ValidationError
from reception.core.i18n import NATIVE_NAMES
from reception.core.services.agreements import AgreementText
from reception.core.services.container import Services
from reception.core.services.kiosk import (
    HOST_REQUIRED,
    KioskArrival,
    KioskGuest,
    KioskReferral,
    Signature,
    visit_type_choices,
)
from reception.core.services.permissions import Actor, Permission
from reception.core.services.scan_codes import is_badge
from reception.printing.badges import BadgeInfo, BadgeSetup
from reception.ui import theme
from reception.ui.camera import CameraFeed, jpeg_bytes
from reception.ui.idle_lock import SEPARATE_SESSION
from reception.ui.kiosk.language import LANGUAGES, KioskLanguage
from reception.ui.kiosk.screens import (
    AgreementScreen,
    ConfirmScreen,
    ContactScreen,
    HostScreen,
    KioskScreen,
    MessageScreen,
    PhotoScreen,
    PrivacyScreen,
    StaffScreen,
    StartScreen,
    WalkInScreen,
    WelcomeScreen,
)
from reception.ui.kiosk.style import COMPACT_BELOW_PX, kiosk_stylesheet
from reception.ui.operations import OperationRunner
from reception.ui.printing import start_printing
from reception.ui.scan import register_scan_handler

log = logging.getLogger(__name__)
DONE_SECONDS = 12
_ACTIVITY = frozenset({QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin,
                       QEvent.Type.TouchUpdate, QEvent.Type.Wheel})


@dataclass(frozen=True)
class KioskSetup:
    """What the kiosk reads once from the desk's settings when it opens."""

    site_name: str
    idle_seconds: int = 60
    photo: bool = True
    scanner_affixes: tuple[str, str] = ("", "")
    """The scanner's prefix and suffix (Paramètres › Lecteur de codes), as at the desk."""


class KioskWindow(QWidget):
    left = Signal(object)
    """A manager let the kiosk go (carries the manager's Actor)."""
    arrived = Signal(object)
    """A visitor checked in at the kiosk (carries the KioskArrival)."""

    def __init__(self, services: Services, runner: OperationRunner, setup: KioskSetup,
                 camera: CameraFeed | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kiosk")
        self.setProperty(SEPARATE_SESSION, True)  # a visitor's touches never keep the desk unlocked
        self.setWindowTitle("Technopark")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.services, self.runner, self.setup = services, runner, setup
        self.lang = KioskLanguage()
        self.camera = camera or CameraFeed(self)
        self.guest: KioskGuest | None = None
        self.signature: Signature | None = None
        self.photo: bytes | None = None
        self.pending_scan = ""
        self._may_close = False
        self._compact = False
        self._build()
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(setup.idle_seconds * 1000)
        self.idle.timeout.connect(self.reset)
        self.done_timer = QTimer(self)
        self.done_timer.setSingleShot(True)
        self.done_timer.setInterval(DONE_SECONDS * 1000)
        self.done_timer.timeout.connect(self.reset)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        register_scan_handler(self._wants_scan, self.scanned, owner=self, at_lock=True)  # the desk's lock is not ours
        self.camera.frame_changed.connect(self.photo_screen.show_frame)
        self.set_language("fr")

    # --- building ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        lang = self.lang
        self.stack = QStackedWidget()
        self.welcome = WelcomeScreen(lang)
        self.privacy = PrivacyScreen(lang)
        self.start = StartScreen(lang)
        self.contact = ContactScreen(lang)
        self.walk_in = WalkInScreen(lang)
        self.host = HostScreen(lang)
        self.host.set_types(visit_type_choices())
        self.confirm = ConfirmScreen(lang)
        self.agreement = AgreementScreen(lang)
        self.photo_screen = PhotoScreen(lang)
        self.done = MessageScreen(lang, QT_TRANSLATE_NOOP("Kiosk", "Bienvenue !"),
                                  QT_TRANSLATE_NOOP("Kiosk", "Votre badge s'imprime : prenez-le à l'accueil."))
        self.referral = MessageScreen(lang, QT_TRANSLATE_NOOP("Kiosk", "Merci de vous adresser à l'accueil."),
                                      QT_TRANSLATE_NOOP("Kiosk", "Un membre de l'équipe va s'occuper de vous."))
        self.staff = StaffScreen(lang)
        self.screens: list[KioskScreen] = [self.welcome, self.privacy, self.start, self.contact, self.walk_in,
                                           self.host, self.confirm, self.agreement, self.photo_screen, self.done,
                                           self.referral, self.staff]
        for screen in self.screens:
            # the window is the screen's size: a tall page (Arabic wraps longer) never makes it grow past it
            screen.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
            self.stack.addWidget(screen)
        self._connect()

        top = QHBoxLayout()
        top.setContentsMargins(40, 16, 40, 0)
        logo = QLabel()
        logo.setPixmap(theme.logo(48))
        site = QLabel(self.setup.site_name)
        site.setObjectName("kioskSite")
        top.addWidget(logo)
        top.addWidget(site)
        top.addStretch()
        self.language_buttons: dict[str, QPushButton] = {}
        for code in LANGUAGES:
            button = QPushButton(NATIVE_NAMES[code])
            button.setObjectName("kioskLanguage")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _c=False, c=code: self.set_language(c))
            top.addWidget(button)
            self.language_buttons[code] = button
        bottom = QHBoxLayout()
        bottom.setContentsMargins(40, 0, 40, 8)
        self.home_button = QPushButton()
        self.home_button.setObjectName("kioskQuiet")
        self.home_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.home_button.clicked.connect(self.reset)
        self.staff_button = QPushButton()
        self.staff_button.setObjectName("kioskQuiet")
        self.staff_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff_button.clicked.connect(lambda: self.show_screen(self.staff))
        bottom.addWidget(self.home_button)
        bottom.addStretch()
        bottom.addWidget(self.staff_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.stack, 1)
        column.addLayout(bottom)

    def _connect(self) -> None:
        self.welcome.start.connect(lambda: self.show_screen(self.privacy))
        self.privacy.back.connect(self.reset)
        self.privacy.accepted.connect(self._privacy_accepted)
        self.start.walk_in.connect(lambda: self.show_screen(self.walk_in, self.walk_in.last_name))
        self.start.returning.connect(lambda: self.show_screen(self.contact, self.contact.contact))
        self.contact.back.connect(lambda: self.show_screen(self.start))
        self.contact.submitted.connect(self._find_returning)
        self.walk_in.back.connect(lambda: self.show_screen(self.start))
        self.walk_in.submitted.connect(self._walk_in_named)
        self.host.back.connect(self._host_back)
        self.host.search.connect(self._search_hosts)
        self.host.submitted.connect(self._host_chosen)
        self.confirm.not_me.connect(self.reset)
        self.confirm.confirmed.connect(self._confirmed)
        self.agreement.signed.connect(self._signed)
        self.photo_screen.taken.connect(self._take_photo)
        self.photo_screen.skipped.connect(self._arrive)
        self.done.finished.connect(self.reset)
        self.referral.finished.connect(self.reset)
        self.staff.back.connect(self.reset)
        self.staff.submitted.connect(self._leave)

    # --- language, screens, reset -----------------------------------------------------------------------

    def set_language(self, code: str) -> None:
        self.lang.set(code)
        self.setLayoutDirection(self.lang.direction)
        self.setLocale(self.lang.locale)
        self._style()
        for language, button in self.language_buttons.items():
            button.setChecked(language == self.lang.code)
        self.home_button.setText(self.lang.text(QT_TRANSLATE_NOOP("Kiosk", "Recommencer")))
        self.staff_button.setText(self.lang.text(QT_TRANSLATE_NOOP("Kiosk", "Personnel")))
        for screen in self.screens:
            screen.retranslate()

    def _style(self) -> None:
        compact = self.height() < COMPACT_BELOW_PX
        self._compact = compact
        self.setStyleSheet(kiosk_stylesheet(self.lang.code, compact))
        for screen in self.screens:
            screen.body.setSpacing(12 if compact else 20)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if (self.height() < COMPACT_BELOW_PX) != self._compact:
            self._style()

    def show_screen(self, screen: KioskScreen, focus: QWidget | None = None) -> None:
        screen.show_error("")
        self.stack.setCurrentWidget(screen)
        self.home_button.setVisible(screen is not self.welcome)
        self.done_timer.stop()
        (focus or self).setFocus(Qt.FocusReason.OtherFocusReason)
        self._touched()

    def current(self) -> QWidget | None:
        return self.stack.currentWidget()

    def reset(self) -> None:
        """Back to the welcome screen in French; everything typed, the guest and the photo are forgotten."""
        self.guest, self.signature, self.photo, self.pending_scan = None, None, None, ""
        for screen in self.screens:
            screen.reset()
        self.confirm.guest = None
        self.camera.stop()
        self.camera.forget()
        self.set_language("fr")
        self.show_screen(self.welcome)
        self.idle.stop()

    def _touched(self) -> None:
        if self.current() is not self.welcome:
            self.idle.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.isVisible() and isinstance(watched, QWidget) \
                and watched.window() is self:
            self._touched()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape and the like lead nowhere: the kiosk has no way out but the manager's password."""
        event.accept()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._may_close:
            self.camera.stop()
            event.accept()
        else:
            event.ignore()

    # --- the flow ---------------------------------------------------------------------------------------

    def _wants_scan(self, code: str) -> bool:
        return self.isVisible() and self.isActiveWindow() and is_badge(code)

    def scanned(self, code: str) -> None:
        """An invitation or badge scanned: after the privacy notice, never before."""
        if self.current() in (self.welcome, self.privacy):
            self.pending_scan = code
            self.show_screen(self.privacy)
            return
        if self.current() in (self.staff, self.done, self.referral):
            return
        self.show_screen(self.start)
        self._run(lambda: self.services.kiosk.invitation(code), self._found)

    def _privacy_accepted(self) -> None:
        self.show_screen(self.start)
        code, self.pending_scan = self.pending_scan, ""
        if code:
            self.scanned(code)

    def _found(self, guest: KioskGuest) -> None:
        self.guest = guest
        if guest.host is None:
            self._to_host()
            return
        self.confirm.show_guest(guest)
        self.show_screen(self.confirm)

    def _find_returning(self, contact: str) -> None:
        self._run(lambda: self.services.kiosk.returning(contact), self._identified)

    def _walk_in_named(self) -> None:
        screen = self.walk_in
        guest = KioskGuest(screen.last_name.text(), screen.first_name.text(), screen.organisation.text())
        self._run(lambda: self.services.kiosk.check_identity(guest), self._identified)

    def _identified(self, guest: KioskGuest) -> None:
        self.guest = guest
        self._to_host()

    def _to_host(self, *_ignored: object) -> None:
        self.show_screen(self.host, self.host.host_field)

    def _host_back(self) -> None:
        self.show_screen(self.walk_in if self.guest and not self.guest.visitor_id and not self.guest.invitation_code
                         else self.start)

    def _search_hosts(self, typed: str) -> None:
        self.runner.run(lambda: self.services.kiosk.hosts(typed), self.host.show_hosts, self._failed,
                        latest_for=self.host.host_field)

    def _host_chosen(self) -> None:
        if self.guest is None:
            self.reset()
            return
        guest = replace(self.guest, host=self.host.chosen, visit_type=self.host.visit_type)
        if guest.invitation_code:
            if guest.host is None:
                self.host.show_error(self.lang.core(HOST_REQUIRED))
                return
            self._found(guest)
            return
        self._run(lambda: self.services.kiosk.check_walk_in(guest), self._walk_in_checked)

    def _walk_in_checked(self, guest: KioskGuest) -> None:
        self.guest = guest
        self.confirm.show_guest(guest)
        self.show_screen(self.confirm)

    def _confirmed(self) -> None:
        guest, language = self.guest, self.lang.code
        if guest is None:
            self.reset()
            return
        self._run(lambda: self.services.kiosk.agreement_to_sign(guest, language), self._agreement_or_photo)

    def _agreement_or_photo(self, text: AgreementText | None) -> None:
        if text is None:
            self.to_photo()
            return
        self.agreement.show_text(text)
        self.show_screen(self.agreement)

    def _signed(self) -> None:
        text = self.agreement.agreement
        if text is not None:
            self.signature = Signature(text.id, self.agreement.pad.strokes())
        self.to_photo()

    def to_photo(self) -> None:
        if self.setup.photo and (self.camera.available or self.camera.start()):
            if self.camera.latest is not None:
                self.photo_screen.show_frame(self.camera.latest)
            self.show_screen(self.photo_screen)
            return
        self._arrive()

    def _take_photo(self) -> None:
        frame: QImage | None = self.camera.latest
        if frame is not None:
            self.photo = jpeg_bytes(frame)
        self.camera.stop()
        self._arrive()

    def _arrive(self) -> None:
        guest, signature, photo = self.guest, self.signature, self.photo
        if guest is None:
            self.reset()
            return
        self._run(lambda: self.services.kiosk.arrive(guest, signature, photo), self._arrived)

    def _arrived(self, arrival: KioskArrival) -> None:
        self.camera.forget()
        visit = arrival.visit
        self.done.set_detail(QT_TRANSLATE_NOOP("Kiosk", "{host} est prévenu(e) de votre arrivée."),
                             host=visit.host_name)
        self.show_screen(self.done)
        self.done_timer.start()
        self.arrived.emit(arrival)
        self._print_badge(arrival)

    def _print_badge(self, arrival: KioskArrival) -> None:
        services, site = self.services, self.setup.site_name

        def build() -> tuple[bytes, BadgeSetup]:
            values = services.settings.all()
            setup = BadgeSetup.from_settings(values)
            photo = arrival.photo.jpeg if arrival.photo and values["visits.photo_on_badge"] else None
            return setup.pdf([BadgeInfo.of(arrival.visit, site, photo_jpeg=photo)]), setup

        def ready(result: tuple[bytes, BadgeSetup]) -> None:
            pdf, setup = result
            printer = setup.printer or QPrinterInfo.defaultPrinterName()
            if not printer:  # never a print dialog on a public screen: the desk prints it
                log.warning("kiosk: no badge printer set; badge %s left for the desk", arrival.visit.badge_number)
                return
            start_printing(self.runner, pdf, printer, parent=self, size_mm=setup.size_mm,
                           title=f"Badge {arrival.visit.badge_number}")

        self.runner.run(build, ready, lambda error: log.error("kiosk badge not built: %s", error))

    # --- leaving ------------------------------------------------------------------------------------------

    def _leave(self, username: str, password: str) -> None:
        def allowed(manager: Actor) -> None:
            self._may_close = True
            self.left.emit(manager)
            self.close()

        def refused(error: Exception) -> None:
            self.staff.password.clear()
            self.staff.show_error(self.lang.core(getattr(error, "message", "")) or self._apology())

        self.runner.run(lambda: self.services.auth.approve(username, password, Permission.KIOSK_LEAVE),
                        allowed, refused)

    # --- results and failures -----------------------------------------------------------------------------

    def _run(self, job: object, done: object) -> None:
        self.runner.run(job, done, self._failed)  # type: ignore[arg-type]

    def _failed(self, error: Exception) -> None:
        screen = self.current()
        if isinstance(error, KioskReferral):
            self.guest = None
            self.show_screen(self.referral)
            self.done_timer.start()
        elif isinstance(error, ValidationError) and isinstance(screen, KioskScreen):
            screen.show_error("\n".join(self.lang.core(m) for m in error.errors.values()))
        elif isinstance(error, DomainError) and isinstance(screen, KioskScreen):
            screen.show_error(self.lang.core(error.message))
        else:
            log.error("kiosk step failed", exc_info=error)
            self.show_screen(self.referral)
            self.done_timer.start()

    def _apology(self) -> str:
        return self.lang.text(QT_TRANSLATE_NOOP(
            "Kiosk", "Un incident est survenu. Merci de vous adresser à l'accueil."))
