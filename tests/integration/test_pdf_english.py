"""An English desk prints English: a report, a badge and a receipt made in English mode hold no French word
of the catalogue's French sources (names and data apart)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import date
from functools import cache

import pytest
from babel.messages.pofile import read_po

from reception.core.errors import AuthenticationError
from reception.core.paths import resources_dir
from reception.core.reports import ReportParams
from reception.core.services.cafeteria_data import Customer, LineInput, Payment
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm
from reception.printing.badges import badge_pdf
from reception.printing.cafeteria_receipt import receipt_pdf
from reception.printing.cafeteria_sheets import vouchers_sheet_pdf
from reception.printing.reports import render_kind, report_meta
from tests import pdf_checks
from tests.cafeteria_helpers import stock_products
from tests.integration.test_cafeteria_printing import day  # noqa: F401  (a closed session: sales, void, vouchers)
from tests.integration.test_pdf_scripts import SALMA, badge
from tests.unit.test_i18n import english  # noqa: F401  (the fixture: the core speaks English for the test)

pytestmark = pytest.mark.usefixtures("english")

WORD = re.compile(r"[^\W\d_]{3,}")
TODAY = date(2026, 11, 26)


@cache
def french_words() -> frozenset[str]:
    """Words of the catalogues' French sources (the core's .po and the widgets' .ts) that no English translation
    uses ("Société", "réservées"...)."""
    with open(resources_dir() / "locale" / "en" / "LC_MESSAGES" / "reception.po", "rb") as po:
        entries = [e for e in read_po(po) if e.id]
    sources = " ".join(text for e in entries for text in ((e.id,) if isinstance(e.id, str) else e.id))
    translations = " ".join(text or "" for e in entries
                            for text in ((e.string,) if isinstance(e.string, str) else e.string or ()))
    root = ET.parse(resources_dir() / "translations" / "reception_en.ts").getroot()
    sources += " ".join(m.findtext("source") or "" for m in root.iter("message"))
    translations += " ".join(t.text or "" for m in root.iter("message") for t in m.iter() if t.tag != "source")
    placeholders = re.compile(r"\{[^}]*\}")
    return frozenset({w.lower() for w in WORD.findall(placeholders.sub(" ", sources))}
                     - {w.lower() for w in WORD.findall(translations)})


def french_in(pdf: bytes, *data: str) -> set[str]:
    """The French words the PDF shows, once the names and data given are taken out."""
    text = pdf_checks.text(pdf)
    for value in data:
        text = text.replace(value, " ")
    return {w for w in WORD.findall(text) if w.lower() in french_words()}


def test_the_check_finds_french() -> None:
    """The vocabulary is real: a French report header is caught."""
    assert {"Société", "réservées"} <= {w for w in WORD.findall("Société · Heures réservées")
                                        if w.lower() in french_words()}


def test_an_english_badge_has_no_french() -> None:
    assert french_in(badge_pdf(badge(SALMA), "cr80"), SALMA, "Mohamed Bennani", "Atlas Digital SARL",
                     "Réunion avec", "Technopark Casablanca") == set()


def test_an_english_receipt_has_no_french(services: Services, admin: Actor) -> None:
    ids = stock_products(services, admin)
    services.cafeteria.open_session(admin, 10_000)
    receipt = services.cafeteria.sell(admin, [LineInput(ids["cafe"], 2)], Customer(), Payment("cash", 2_000))
    pdf = receipt_pdf(receipt, services.site.info())
    assert french_in(pdf, "Technopark Casablanca", "Café", "Karim Tazi", "Accueil principal") == set()


@pytest.mark.parametrize("kind", ["visitor-log", "rooms", "tenant-no-shows", "room-statements", "digest",
                                  "evacuation", "visits-by-company", "visits-by-type", "visits-by-month",
                                  "not-checked-out", "watchlist-alerts", "failed-logins", "audit", "sync-conflicts",
                                  "room-day", "room-statement"])
def test_an_english_report_has_no_french(kind: str, services: Services, admin: Actor, park: dict[str, str]) -> None:
    services.visits.check_in(admin, CheckInForm("Alaoui", "Salma", "Orange Maroc",
                                                host_employee_id=park["atlas.bennani"]))
    with pytest.raises(AuthenticationError):
        services.auth.login("admin", "not the password")
    options = {"month": "2026-11", **({"tenant": park["atlas"]} if kind == "room-statement" else {})}
    params = ReportParams(TODAY.replace(day=1) if kind != "digest" else TODAY, TODAY, options)
    data = services.reports.run(admin, kind, params).data
    pdf = render_kind(kind, data, report_meta(data, "Karim Tazi", services.clock.now()))
    names = ("Salma Alaoui", "Orange Maroc", "Mohamed Bennani", "Atlas Digital SARL", "Noor Green Energy SA",
             "Karim Tazi", "Technopark")
    assert french_in(pdf, *names) == set()


CAFETERIA_DATA = ("Technopark", "MITC", "Karim Tazi", "Café", "Thé", "Eau", "Carnet 10 cafés", "Erreur de saisie",
                  "Atlas Digital SARL", "Accueil principal", "Responsable")
"""Names and data of the `day` fixture ("Responsable" is the manager's name there)."""


@pytest.mark.parametrize(("kind", "options"), [("z", {"session": "1"}), ("sales", {}), ("variances", {}),
                                               ("outstanding-vouchers", {}), ("account-statement", {"tenant": ""})])
@pytest.mark.usefixtures("day")
def test_an_english_cafeteria_report_has_no_french(kind: str, options: dict[str, str], services: Services,
                                                   admin: Actor, park: dict[str, str]) -> None:
    if "tenant" in options:
        options = {"tenant": park["atlas"]}
    data = services.reports.run(admin, kind, ReportParams(TODAY.replace(day=1), TODAY, options)).data
    pdf = render_kind(kind, data, report_meta(data, "Karim Tazi", services.clock.now()))
    assert french_in(pdf, *CAFETERIA_DATA) == set()


@pytest.mark.usefixtures("day")
def test_an_english_voucher_sheet_has_no_french(services: Services, admin: Actor) -> None:
    book = services.cafeteria.receipt(admin, "A1-000002")
    pdf = vouchers_sheet_pdf(book.vouchers, book.receipt_number, services.site.info())
    assert french_in(pdf, *CAFETERIA_DATA) == set()
