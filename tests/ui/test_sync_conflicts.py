"""The "Conflits de synchronisation" dialog: the open conflicts explained, settled with a reason, audited."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtWidgets import QLineEdit, QMenu
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from reception.core.clock import FixedClock
from reception.core.models import AuditEvent, Booking
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.sync.local import record_conflict
from reception.ui.context import AppContext
from reception.ui.forms import FormDialog
from reception.ui.main_window import MainWindow
from reception.ui.operations import OperationRunner
from reception.ui.sync.conflicts import CONFLICTS, SyncConflictsDialog
from tests.rooms_support import draft, make_rooms

DAY = date(2026, 11, 26)


@pytest.fixture
def runner() -> Iterator[OperationRunner]:
    built = OperationRunner()
    yield built
    built.wait()


@pytest.fixture
def three_conflicts(services: Services, clock: FixedClock, manager: Actor, facilities: Actor,
                    park: dict[str, str]) -> None:
    """What a sync leaves behind: two desks booked Atlas at once, a refused tenant edit, an event set aside."""
    rooms = make_rooms(services, facilities)
    ours = services.rooms.book(manager, draft(rooms["atlas"], park["atlas"], DAY, "14:00", "15:00", "Revue"))
    with services.db.write() as session:  # the other desk's booking, as the pull writes it
        theirs = Booking(room_id=rooms["atlas"], tenant_id=park["noor"], title="Atelier", origin_desk="B2",
                         start_at=ours.start_at, end_at=ours.end_at)
        session.add(theirs)
        session.flush()
        record_conflict(session, key=f"overlap:{ours.id}:{theirs.id}", kind="overlap", entity="bookings",
                        row_id=ours.id, other_row_id=theirs.id, at=clock.now(),
                        detail="Réservations en conflit (même salle, horaires qui se chevauchent)")
        desk_version = {"id": park["atlas"], "name": "Atlas Digital Group", "floor": "2", "row_version": 2}
        record_conflict(session, key="stale:e1", kind="stale", entity="tenants", row_id=park["atlas"],
                        at=clock.now(), payload=json.dumps(desk_version),
                        detail="Modification faite au poste sur une version dépassée (poste v2, centrale v3)")
        record_conflict(session, key="mismatch:e2", kind="mismatch", entity="visits", row_id="v-42",
                        at=clock.now(), payload=json.dumps({"id": "v-42", "visitor_name": "Karim Idrissi"}),
                        detail="Un événement déjà reçu revient avec un contenu différent : il est mis de côté.")


@pytest.fixture
def dialog(qtbot: QtBot, services: Services, manager: Actor, runner: OperationRunner,
           three_conflicts: None) -> SyncConflictsDialog:
    built = SyncConflictsDialog(AppContext(services, manager, runner))
    qtbot.addWidget(built)
    qtbot.waitUntil(lambda: built.model.rowCount() == 3)
    return built


def _texts(dialog: SyncConflictsDialog, row: int) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, column)) for column in range(model.columnCount())]


def test_each_conflict_is_told_in_words(dialog: SyncConflictsDialog) -> None:
    overlap, stale, quarantined = (_texts(dialog, row) for row in range(3))
    assert overlap[0] == "Chevauchement de réservations" and overlap[2] == "Réservation"
    assert overlap[3] == "Atlas, 26/11 14:00–15:00 : Atlas Digital SARL (CAS-A1) / Noor Green Energy SA (B2)"
    assert stale[:1] == ["Modification refusée"] and stale[3] == "Atlas Digital Group — Nom"  # the field in words
    assert quarantined == ["Événement mis de côté", "26/11/2026 10:00", "Visite",
                           "Événement renvoyé avec un autre contenu"]

    dialog.view.selectRow(1)
    shown = dialog.detail.toPlainText()
    assert "Atlas Digital Group" in shown and "Atlas Digital SARL" in shown and "Étage" not in shown
    assert "Nom" in shown and "name" not in shown
    dialog.view.selectRow(2)
    assert "Karim Idrissi" in dialog.detail.toPlainText()


def test_a_conflict_is_settled_with_a_reason_and_audited(qtbot: QtBot, dialog: SyncConflictsDialog,
                                                         services: Services) -> None:
    dialog.view.selectRow(0)
    settled = dialog.selected()
    assert settled is not None
    dialog.resolve_button.click()
    reason = dialog.findChild(FormDialog)
    assert reason is not None
    reason.ok_button.click()  # no reason: refused, the dialog stays
    qtbot.waitUntil(lambda: reason.errors.label("reason").isVisible())
    assert dialog.model.rowCount() == 3
    field = reason.fields["reason"]
    assert isinstance(field, QLineEdit)
    field.setText("Atelier de Noor déplacé en salle Rif")  # keyClicks types ASCII only
    reason.ok_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2)
    assert settled.conflict.id not in {row.conflict.id for row in dialog.model.rows}
    with services.db.read() as session:
        event = session.execute(select(AuditEvent).where(AuditEvent.action == "sync.conflict_resolve")).scalar_one()
    assert event.entity_id == str(settled.conflict.id) and event.username == "responsable"
    assert json.loads(event.after)["reason"] == "Atelier de Noor déplacé en salle Rif"


def test_managers_reach_it_from_the_menu_and_the_tile_receptionists_do_not(
        qtbot: QtBot, services: Services, manager: Actor, receptionist: Actor, runner: OperationRunner,
        three_conflicts: None) -> None:
    tiles = {f.key: f for f in services.overview.figures(manager)}
    assert tiles["sync.conflicts"].target == CONFLICTS
    windows = {}
    for actor in (manager, receptionist):
        windows[actor.username] = window = MainWindow(AppContext(services, actor, runner), services.site.info(), 10)
        qtbot.addWidget(window)
    console = {name: [a.text() for a in w.menuBar().findChildren(QMenu)[0].actions()] for name, w in windows.items()}
    assert "Conflits de synchronisation…" in console["responsable"]
    assert "Conflits de synchronisation…" not in console["accueil"]
    windows["accueil"].navigate(CONFLICTS)
    assert windows["accueil"].findChild(SyncConflictsDialog) is None
    windows["responsable"].navigate(CONFLICTS)
    opened = windows["responsable"].findChild(SyncConflictsDialog)
    assert opened is not None
    qtbot.waitUntil(lambda: opened.model.rowCount() == 3)
