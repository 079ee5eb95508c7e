"""Receipts, voucher sheets and the cafeteria reports as real files, read back with pypdf, zxing and openpyxl,
and the command line that produces them."""

from __future__ import annotations

import io
from pathlib import Path

import openpyxl
import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from reception.cli import main
from reception.core.services.cafeteria_data import Customer, LineInput, Payment, Receipt
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.printing.cafeteria_receipt import receipt_pdf
from reception.printing.cafeteria_sheets import vouchers_sheet_pdf
from tests import pdf_checks
from tests.cafeteria_helpers import cash_sale, stock_products

MM = 72 / 25.4


@pytest.fixture
def day(services: Services, admin: Actor, manager: Actor, park: dict[str, str]) -> Receipt:
    """A site with its legal numbers and a closed session: cash, card, account and a void; returns a receipt."""
    services.site.update(admin, {"name": "Technopark Casablanca", "legal_name": "MITC Technopark SA",
                                 "address": "Route de Nouaceur, Casablanca", "ice": "001525836000047",
                                 "if_number": "1085213", "tp_number": "35702146"})
    ids = stock_products(services, admin)
    services.cafeteria.save_account(admin, park["atlas"], 100_000)
    services.cafeteria.open_session(admin, 10_000)
    receipt = cash_sale(services, admin, {"cafe": 2, "eau": 1, "the": 1}, 2000, ids)
    services.cafeteria.sell(admin, [LineInput(ids["carnet"], 1)], Customer("account", park["atlas"]),
                            Payment("account"))
    services.cafeteria.sell(admin, [LineInput(ids["the"], 2)], Customer(), Payment("card", card_reference="4471"))
    void = cash_sale(services, admin, {"cafe": 1}, 500, ids)
    services.cafeteria.void_sale(admin, void.receipt_number, manager, "Erreur de saisie")
    services.cafeteria.close_session(admin, {10_000: 1, 1000: 1, 500: 1, 200: 1}, manager)
    return receipt


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_receipt_is_80_mm_wide_with_legal_mentions_and_scannable_vouchers(services: Services, day: Receipt,
                                                                          tmp_path: Path, qapp: object) -> None:
    pdf = receipt_pdf(day, services.site.info())
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    assert round(float(page.mediabox.width) / MM) == 80 and float(page.mediabox.height) > 150 * MM
    text = _text(pdf)
    for expected in ("MITC Technopark SA", "IF 1085213", "TP 35702146", "ICE 001525836000047", "A1-000001",
                     "26/11/2026 10:00", "20 %", "10 %", "TOTAL TTC", "17,00 DH", "Monnaie rendue", "3,00 DH",
                     "Caisse : Karim Tazi"):
        assert expected in text, expected
    [image] = pdf_checks.render(pdf, dpi=150)  # QtPdf, as the preview draws it
    image.save(str(tmp_path / "r.png"))
    found = {r.text for r in zxingcpp.read_barcodes(Image.open(tmp_path / "r.png"))}
    assert found == {v.code + v.signature for v in day.vouchers}


def test_voucher_sheet_holds_ten_per_page(services: Services, admin: Actor, day: Receipt) -> None:
    book = services.cafeteria.receipt(admin, "A1-000002")
    pdf = vouchers_sheet_pdf(book.vouchers * 2, book.receipt_number, services.site.info())
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 2 and "Valable jusqu'au" in _text(pdf)


def test_cli_z_report_and_sales_export(services: Services, day: Receipt, db_path: Path, tmp_path: Path) -> None:
    z_file, sales_file = tmp_path / "z.pdf", tmp_path / "ventes.xlsx"
    assert main(["--db", str(db_path), "report", "z", "--session", "1", "--out", str(z_file)]) == 0
    text = _text(z_file.read_bytes())
    for expected in ("Rapport Z n° 1", "Espèces attendues", "Espèces comptées", "Écart", "Erreur de saisie",
                     "Compte société", "Carte bancaire"):
        assert expected in text, expected
    assert main(["--db", str(db_path), "report", "sales", "--from", "2026-11-01", "--to", "2026-11-30",
                 "--out", str(sales_file)]) == 0
    cells = [c for ws in openpyxl.load_workbook(sales_file).worksheets for row in ws.iter_rows(values_only=True)
             for c in row if c is not None]
    assert "Carnet 10 cafés" in cells


def test_cli_account_statement_and_voucher_redemption(services: Services, admin: Actor, day: Receipt,
                                                      db_path: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    statement = tmp_path / "releve.pdf"
    assert main(["--db", str(db_path), "report", "account-statement", "--tenant", "atlas", "--month", "2026-11",
                 "--out", str(statement)]) == 0
    assert "Atlas Digital SARL" in _text(statement.read_bytes()) and "45,00 DH" in _text(statement.read_bytes())
    code = day.vouchers[0].code
    assert main(["--db", str(db_path), "vouchers", "redeem", code]) == 0
    assert main(["--db", str(db_path), "vouchers", "redeem", code]) == 4
    assert "déjà utilisé" in capsys.readouterr().out
