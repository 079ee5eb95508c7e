"""The core's last French-only messages now follow the desk's language: each module's message is reached through
its real code path with the core speaking English (a damaged database, a voucher key, the credential store, the
scheduler, the mail queue, the rooms, the scanner check, the audit chain and extract...)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from reception.cli import EXIT_DATABASE, main
from reception.core import i18n
from reception.core.backups import verify
from reception.core.clock import FixedClock
from reception.core.credentials import CredentialStoreError, with_password
from reception.core.database import open_for_startup
from reception.core.errors import DatabaseCorrupt, DatabaseMissing, NotFound, ValidationError
from reception.core.services.cafeteria_history import sales_export
from reception.core.services.container import Services
from reception.core.services.journal import JournalFilters
from reception.core.services.permissions import SYSTEM, Actor, Role
from reception.core.services.reports import ReportParams
from reception.core.services.rooms_data import SeriesRule
from reception.core.services.rooms_rules import rule_problem
from reception.core.services.scan_codes import diagnose
from reception.core.services.visits import HistoryFilter
from reception.core.services.visits_reports import history_export
from reception.core.services.visits_types import CheckInForm
from reception.core.services.voucher_codes import SiteKey, SiteKeyError
from reception.core.shortcuts import product_key_refusal
from reception.core.system_scheduler import NightlySync, SchedulerError, SystemdUserTimer
from reception.printing.exports import to_csv
from tests.scheduler_helpers import RecordingRunner


@pytest.fixture
def english() -> Iterator[None]:
    """The core speaks English for the test, French again after it."""
    i18n.set_language("en")
    yield
    i18n.set_language("fr")


@pytest.mark.usefixtures("english")
def test_a_damaged_or_missing_database_is_refused_in_english(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    with pytest.raises(DatabaseCorrupt) as damaged:
        open_for_startup(empty)
    assert damaged.value.message == f"The file {empty} is empty (0 bytes): it is not a database."
    with pytest.raises(DatabaseMissing) as missing:
        open_for_startup(tmp_path / "nowhere" / "reception.db")
    assert missing.value.message == (f"Database not found: {tmp_path / 'nowhere' / 'reception.db'} "
                                     f"(the folder {tmp_path / 'nowhere'} does not exist).")


def test_the_command_line_says_a_damaged_database_in_one_english_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    damaged = tmp_path / "reception.db"
    damaged.write_bytes(b"not a database at all, only text" * 10)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert main(["--db", str(damaged), "audit", "verify"]) == EXIT_DATABASE
    err = capsys.readouterr().err
    assert err == f"Error: The file {damaged} is not a readable database (damaged header).\n"


@pytest.mark.usefixtures("english")
def test_a_damaged_voucher_key_is_told_in_english(tmp_path: Path) -> None:
    key = SiteKey(tmp_path, "CAS")
    key.path.write_bytes(b"12345")
    with pytest.raises(SiteKeyError) as refused:
        key.get(lambda: True)
    assert refused.value.message.startswith(f"Voucher key damaged: {key.path} is 5 bytes instead of 32. ")


@pytest.mark.usefixtures("english")
def test_a_password_missing_from_the_store_is_told_in_english() -> None:
    with pytest.raises(CredentialStoreError) as missing:
        with_password("postgresql+psycopg://desk_cas_a1@central.example:5432/reception")
    assert missing.value.message.startswith("The central database password for the role desk_cas_a1 is not in")
    assert missing.value.message.endswith("Settings › Sync.")


@pytest.mark.usefixtures("english")
def test_a_backup_copy_that_is_no_database_is_told_in_english(tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    copy.write_bytes(b"")
    assert verify(copy, {"visits"}, {"0013_visit_photos"}) == "empty or incomplete copy"


@pytest.mark.usefixtures("english")
def test_the_system_scheduler_speaks_english(tmp_path: Path) -> None:
    timer = SystemdUserTimer(tmp_path, RecordingRunner())
    assert timer.status().description == "Sync scheduled in the system: not installed."
    timer.install(NightlySync(("reception", "sync"), "02:00"))
    assert timer.status().description == "Sync scheduled in the system: every night at 02:00, active."
    refusing = SystemdUserTimer(tmp_path / "other", RecordingRunner(fail_on="daemon-reload", output="no bus"))
    with pytest.raises(SchedulerError) as refused:
        refusing.install(NightlySync(("reception", "sync"), "02:00"))
    assert refused.value.message == "systemd refused the files: no bus"


@pytest.mark.usefixtures("english")
def test_a_mail_round_without_a_server_is_told_in_english(services: Services, admin: Actor,
                                                          park: dict[str, str]) -> None:
    services.visits.check_in(admin, CheckInForm("Alaoui", "Salma", "Orange Maroc",
                                                host_employee_id=park["atlas.bennani"]))  # the host's notice
    report = services.mail.send_due()
    assert report.retried == 1
    assert report.problem() == "mail server unreachable (no SMTP server is configured); 1 message(s) will be retried."
    assert report.describe() == "0 message(s) sent, 1 to retry, 0 failed, 1 waiting."


@pytest.mark.usefixtures("english")
def test_what_is_no_longer_there_is_told_in_english(services: Services, admin: Actor) -> None:
    cases = [
        (lambda: services.visits.watchlist_deactivate(admin, "nope"), "Watch-list entry not found."),
        (lambda: services.sync_status.resolve(admin, 999, "done"), "This conflict no longer needs handling."),
        (lambda: services.rooms.statement(admin, "nope", date(2026, 11, 1)), "Company not found."),
        (lambda: services.visits.visit(admin, "nope"), "Visit not found."),
        (lambda: services.visits.erase_visitor(admin, "nope"), "Visitor not found."),
    ]
    for call, message in cases:
        with pytest.raises(NotFound) as gone:
            call()
        assert gone.value.message == message
    with pytest.raises(ValidationError) as empty:
        services.sync_status.resolve(admin, 999, " ")
    assert empty.value.errors == {"reason": "Say how the conflict was settled."}
    with pytest.raises(ValidationError) as no_host:
        services.visits.check_in(admin, CheckInForm("Alaoui", "Salma", host_employee_id="nobody"))
    assert no_host.value.errors == {"host_employee_id": "Person visited not found in the directory."}


@pytest.mark.usefixtures("english")
def test_rooms_scanner_and_shortcut_advice_in_english() -> None:
    assert rule_problem(SeriesRule("weekly", interval=0, count=3)) == "The interval goes from 1 to 52."
    assert diagnose("hello", 5, True).advice == (
        "Code not recognised: scan a visitor badge, an invitation or a cafeteria voucher printed by the console.",)
    assert product_key_refusal("f8") == (
        "The key F8 is reserved (Pay in cash): choose another one, for example F1 to F7.")


@pytest.mark.usefixtures("english")
def test_the_audit_chain_check_reads_in_english(services: Services, admin: Actor) -> None:
    report = services.audit.verify(admin)
    assert report.ok and report.describe() == f"Audit log intact: {report.checked} events checked."


def _modifications(services: Services, admin: Actor) -> list[str]:
    """The audit extract's Modification column for the tenants' updates, as the CSV carries it."""
    data = services.reports.run(admin, "audit", ReportParams(options={"action": "tenants.update"})).data
    rows = list(csv.reader(io.StringIO(to_csv(data).decode("utf-8-sig")), delimiter=";"))
    return [row[-1] for row in rows[1:]]


def test_the_audit_extract_names_fields_in_words_in_both_languages(services: Services, admin: Actor,
                                                                   park: dict[str, str]) -> None:
    services.directory.save_tenant(admin, {"name": "Atlas Digital Group", "floor": "2", "sector": "Informatique",
                                           "arrival_date": date(2024, 3, 1)}, park["atlas"])
    (french,) = _modifications(services, admin)
    assert french == "Date d'arrivée : — → 01/03/2024 ; Nom : Atlas Digital SARL → Atlas Digital Group"
    i18n.set_language("en")
    try:
        (english,) = _modifications(services, admin)
    finally:
        i18n.set_language("fr")
    assert english == "Arrival date: — → 01/03/2024; Name: Atlas Digital SARL → Atlas Digital Group"


def test_a_coded_detail_reads_as_its_label(services: Services, admin: Actor) -> None:
    """A role or a visit type is stored as a code; the audit extract and the Journal show its label."""
    services.auth.create_user(admin, "responsable", "Salma Alaoui", Role.MANAGER, "responsable-secret")
    data = services.reports.run(admin, "audit", ReportParams(options={"action": "users.create"})).data
    changes = [row[-1] for row in data.tables[0].rows if "Salma Alaoui" in row[-1]]
    assert len(changes) == 1 and "Rôle : Responsable" in changes[0] and "manager" not in changes[0]


def test_a_change_made_by_the_system_names_it_in_the_reader_s_language(services: Services, admin: Actor,
                                                                        clock: FixedClock) -> None:
    services.settings.update(SYSTEM, {"sync.nightly_time": "03:00"}, at=clock.now())  # as enrolment does
    i18n.set_language("en")
    try:
        (entry,) = services.journal.page(admin, JournalFilters(username=SYSTEM.username)).rows
    finally:
        i18n.set_language("fr")
    assert entry.text.startswith("the system ") and "système" not in entry.text, entry.text


@pytest.mark.usefixtures("english")
def test_the_history_and_sales_exports_speak_the_desk_s_language() -> None:
    """The Visiteurs and Cafétéria pages' Excel and CSV exports: titles and headers in English."""
    visits = history_export([], HistoryFilter(text="ben", host="tazi"))
    sales = sales_export([])
    assert visits.title == "Visit history" and visits.parameters == "name: ben, host: tazi"
    assert [c.title for c in visits.tables[0].columns][:4] == ["Arrival", "Exit", "Check-out kind", "Visitor"]
    assert sales.title == "Cafeteria sales"
    assert [c.title for c in sales.tables[0].columns] == [
        "Receipt", "Date", "Cashier", "Customer", "Payment", "Vouchers", "Total incl. VAT", "Status"]
    assert to_csv(sales).decode("utf-8-sig").splitlines()[0].startswith("Receipt;Date;Cashier")
