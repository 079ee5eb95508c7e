"""Reading a CSV file a person exported from Excel: encoding, delimiter, header, size, and French messages.

Excel on a French Windows PC saves "CSV (séparateur : point-virgule)" in cp1252, "CSV UTF-8" with a BOM, and
"Texte Unicode" as UTF-16 with tabs; people also send commas, a lone column, an .xlsx renamed, or nothing at
all. `read_csv` takes the bytes (or a path), recognises each of these, and raises a ValidationError on the
"file" field whose message says what is wrong and where: "Ligne 5, colonne « prénom » : …". Imports built
on it check every line before writing anything (all or nothing) and report the first problems together.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from reception.core.errors import ValidationError
from reception.core.text import fold

Progress = Callable[[int, int], None]
"""progress(done, total): called while an import checks and writes its lines, for a progress bar."""
PROGRESS_EVERY = 200
ERRORS_SHOWN = 30
_DELIMITERS = (";", ",", "\t")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class CsvRow:
    line: int
    values: dict[str, str]
    """Cell texts by folded column name ('Prénom' -> 'prenom'), stripped."""


@dataclass(frozen=True)
class CsvFile:
    columns: dict[str, str]
    """Folded column name -> the header as written in the file."""
    rows: list[CsvRow]

    def cell(self, row: CsvRow, column: str) -> str:
        return row.values.get(column, "")


def file_error(message: str) -> ValidationError:
    return ValidationError({"file": message})


def read_csv(source: bytes | str | Path, *, required: Sequence[str], expected: str, max_rows: int) -> CsvFile:
    """The file's rows, or a ValidationError saying in French what is wrong with it.

    `required`: folded column names that must be present; `expected`: the header to show as an example.
    """
    text = _decode(_read(source) if isinstance(source, Path) else source)
    lines = text.splitlines()
    header = next((line for line in lines if line.strip()), "")
    if not header:
        raise file_error("Le fichier est vide.")
    delimiter = max(_DELIMITERS, key=header.count)
    if header.count(delimiter) == 0 and len(required) > 1:
        raise file_error(f"Une seule colonne trouvée : séparez les colonnes par « ; », « , » ou une tabulation "
                         f"(attendu : {expected}).")
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        cells = list(reader)
    except csv.Error as exc:
        raise file_error(f"Ligne {reader.line_num} : {exc} (guillemet non fermé ?).") from None
    return _table(cells, required, expected, max_rows)


def _table(cells: list[list[str]], required: Sequence[str], expected: str, max_rows: int) -> CsvFile:
    start = next((i for i, row in enumerate(cells) if any(c.strip() for c in row)), None)
    if start is None:
        raise file_error("Le fichier est vide.")
    header = [c.strip() for c in cells[start]]
    columns = {fold(name): name for name in header if name}
    missing = [c for c in required if c not in columns]
    if missing:
        raise file_error(f"Colonnes manquantes : {', '.join(missing)} (attendu : {expected}).")
    body = [(start + 2 + i, row) for i, row in enumerate(cells[start + 1:]) if any(c.strip() for c in row)]
    if len(body) > max_rows:
        raise file_error(f"Fichier trop long : {len(body)} lignes, {max_rows} au plus par import. "
                         "Découpez-le en plusieurs fichiers.")
    keys = [fold(name) for name in header]
    rows, errors = [], []
    for line, row in body:
        if len(row) > len(header) and any(c.strip() for c in row[len(header):]):
            errors.append(f"Ligne {line} : {len(row)} valeurs pour {len(header)} colonnes "
                          "(un séparateur en trop dans un nom ?).")
            continue
        rows.append(CsvRow(line, {k: v.strip() for k, v in zip(keys, row, strict=False) if k}))
    raise_line_errors(errors)
    return CsvFile(columns, rows)


def cell_errors(table: CsvFile, row: CsvRow, errors: Mapping[str, str], column_of: Mapping[str, str]) -> list[str]:
    """A service's field errors for one line, in the file's column order, each with its line and the
    column as the file names it."""
    order = {column: i for i, column in enumerate(table.columns)}
    found = []
    for field, message in errors.items():
        column = column_of.get(field, "")
        where = f", colonne « {table.columns[column]} »" if column in table.columns else ""
        found.append((order.get(column, len(order)), f"Ligne {row.line}{where} : {message}"))
    return [message for _, message in sorted(found, key=lambda item: item[0])]


def tick(progress: Progress | None, done: int, total: int) -> None:
    """Reports progress every PROGRESS_EVERY lines and at the end."""
    if progress is not None and (done % PROGRESS_EVERY == 0 or done == total):
        progress(done, total)


def raise_line_errors(errors: list[str]) -> None:
    """Nothing is imported when a line is wrong: the first problems are listed, the rest counted."""
    if not errors:
        return
    shown = errors[:ERRORS_SHOWN]
    if len(errors) > ERRORS_SHOWN:
        shown.append(f"… et {len(errors) - ERRORS_SHOWN} autre(s) problème(s). Rien n'a été importé.")
    else:
        shown.append("Rien n'a été importé.")
    raise file_error("\n".join(shown))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise file_error(f"Fichier introuvable : {path}.") from None
    except IsADirectoryError:
        raise file_error(f"{path} est un dossier, pas un fichier CSV.") from None
    except OSError as exc:
        raise file_error(f"Fichier illisible : {path} ({exc.strerror or exc}).") from None


def _decode(data: bytes | str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with its BOM, else cp1252; anything else is no text file."""
    if isinstance(data, str):
        text = data.lstrip("\ufeff")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _or_binary(data, "utf-16")
    elif data.startswith(b"PK\x03\x04"):
        raise file_error("C'est un classeur Excel (.xlsx), pas un CSV : dans Excel, « Enregistrer sous » "
                         "› « CSV (séparateur : point-virgule) ».")
    elif b"\x00" in data[:4096]:
        raise _binary()
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = _or_binary(data, "cp1252")
    if len(_CONTROL.findall(text[:4096])) > 8:
        raise _binary()
    return text


def _or_binary(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError:
        raise _binary() from None


def _binary() -> ValidationError:
    return file_error("Ce fichier n'est pas un fichier texte CSV : dans Excel, « Enregistrer sous » "
                      "› « CSV (séparateur : point-virgule) ».")
