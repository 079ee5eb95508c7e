"""The signed agreement on paper: text, visitor, date, version hash and a visible signature, in fr, en and ar,
from the service and from `reception agreements export`."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from PySide6.QtWidgets import QApplication

from reception.cli import main
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm, VisitRow
from reception.printing.agreement_pdf import SIGNATURE_WIDTH, agreement_pdf
from reception.printing.script import visual
from tests import pdf_checks
from tests.agreement_helpers import realistic_signature
from tests.pdf_pages import render_pages

NAMES = {"fr": ("Chraibi", "Nadia"), "en": ("Smith", "John"), "ar": ("العلوي", "سلمى")}
DPI = 72  # one pixel per point


def _signed_visit(services: Services, actor: Actor, park: dict[str, str], language: str) -> VisitRow:
    last, first = NAMES[language]
    visit = services.visits.check_in(actor, CheckInForm(last, first, "Atlas", host_employee_id=park["noor.tazi"],
                                                        visit_type="contractor"))
    text = services.agreements.text_for("contractor", language)
    services.agreements.sign(actor, visit.id, text.id, realistic_signature())
    return visit


def _dark(page: Image.Image) -> Image.Image:
    """White where the page is dark (ink), black elsewhere."""
    return page.point(lambda value: 255 if value < 128 else 0)


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_the_signed_pdf_reads_back_and_shows_the_signature(services: Services, receptionist: Actor,
                                                           park: dict[str, str], qapp: QApplication,
                                                           language: str) -> None:
    visit = _signed_visit(services, receptionist, park, language)
    document = services.agreements.document(receptionist, visit.id)
    pdf = agreement_pdf(document, "Technopark Casablanca")

    text = " ".join(pdf_checks.text(pdf).split())
    last, first = NAMES[language]
    assert f"{first} {last}" in text
    assert document.text.sha256 in text and "26/11/2026 10:00" in text
    assert "CAS-A1" in text
    assert pdf_checks.notdef_glyphs(pdf) == 0 and "\ufffd" not in text
    assert all(f.embedded and f.subtype == "/TrueType" for f in pdf_checks.fonts(pdf))

    # the same page with the strokes erased: what differs is the signature, and only inside its box
    erased = agreement_pdf(replace(document, signed=replace(document.signed, strokes=[])),
                           "Technopark Casablanca")
    [signed_page], [blank_page] = render_pages(pdf, DPI), render_pages(erased, DPI)
    ink = ImageChops.subtract(_dark(signed_page), _dark(blank_page))  # dark only where the strokes are
    assert ink.histogram()[255] > 400  # hundreds of dark pixels drawn by the strokes
    left, top, right, bottom = ink.getbbox() or (0, 0, 0, 0)
    assert right - left <= SIGNATURE_WIDTH and bottom - top <= SIGNATURE_WIDTH / 3 + 2  # inside the box
    assert ((left + right) / 2 > signed_page.width / 2) == (language == "ar")  # Arabic: the box on the right


def test_the_arabic_agreement_reads_in_order_with_its_brackets_mirrored(services: Services, receptionist: Actor,
                                                                        park: dict[str, str]) -> None:
    visit = _signed_visit(services, receptionist, park, "ar")
    pdf = agreement_pdf(services.agreements.document(receptionist, visit.id))
    text = pdf_checks.text(pdf)
    assert "سلمى العلوي" in text and "التكنوبارك" in text
    shown = visual("طبقا للقانون 09-08 (اللجنة الوطنية)")
    assert shown.index("(") < shown.index(")")  # drawn "(…)" around the right-to-left words, as read


def test_export_from_the_command_line(services: Services, receptionist: Actor, park: dict[str, str],
                                      db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    visit = _signed_visit(services, receptionist, park, "fr")
    out = tmp_path / "accord.pdf"

    assert main(["--db", str(db_path), "agreements", "export", "--visit", visit.id, "--out", str(out)]) == 0

    assert str(out) in capsys.readouterr().out
    assert "Nadia Chraibi" in pdf_checks.text(out.read_bytes())
    unsigned = services.visits.check_in(receptionist, CheckInForm("Tazi", "Omar", host_employee_id=park["noor.tazi"]))
    assert main(["agreements", "export", "--db", str(db_path), "--visit", unsigned.id, "--out", str(out)]) == 1
    assert capsys.readouterr().err.strip() == "Refusé : Aucun accord signé pour cette visite."
    assert main(["--db", str(db_path), "agreements", "export", "--visit", visit.id,
                 "--out", str(tmp_path / "absent" / "a.pdf")]) == 2
    [line] = capsys.readouterr().err.strip().splitlines()
    assert line.startswith("Erreur : impossible d'écrire")


def test_publish_and_show_from_the_command_line(services: Services, db_path: Path, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    body = tmp_path / "texte.txt"
    body.write_text("Je respecte le règlement du chantier.", encoding="utf-8")
    assert main(["--db", str(db_path), "agreements", "publish", "--type", "contractor", "--language", "fr",
                 "--title", "Chantier", "--text", str(body)]) == 0
    current = services.agreements.text_for("contractor", "fr")
    assert (current.version, current.title) == (2, "Chantier")
    assert current.sha256 in capsys.readouterr().out
    assert main(["--db", str(db_path), "agreements", "show", "--type", "contractor", "--language", "fr"]) == 0
    assert f"version 2, SHA-256 {current.sha256}" in capsys.readouterr().out
    assert main(["--db", str(db_path), "agreements", "publish", "--type", "contractor", "--language", "fr",
                 "--title", "X", "--text", str(tmp_path / "none.txt")]) == 2
    assert services.agreements.text_for("contractor", "fr").version == 2

