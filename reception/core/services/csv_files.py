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
from reception.core.i18n import _, ngettext
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
        raise file_error(_("Le fichier est vide."))
    delimiter = max(_DELIMITERS, key=header.count)
    if header.count(delimiter) == 0 and len(required) > 1:
        raise file_error(_("Une seule colonne trouvée : séparez les colonnes par « ; », « , » ou une tabulation "
                           "(attendu : {expected}).").format(expected=expected))
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        cells = list(reader)
    except csv.Error as exc:
        raise file_error(_("Ligne {line} : {problem} (guillemet non fermé ?).").format(
            line=reader.line_num, problem=exc)) from None
    return _table(cells, required, expected, max_rows)


def _table(cells: list[list[str]], required: Sequence[str], expected: str, max_rows: int) -> CsvFile:
    start = next((i for i, row in enumerate(cells) if any(c.strip() for c in row)), None)
    if start is None:
        raise file_error(_("Le fichier est vide."))
    header = [c.strip() for c in cells[start]]
    columns = {fold(name): name for name in header if name}
    missing = [c for c in required if c not in columns]
    if missing:
        raise file_error(_("Colonnes manquantes : {missing} (attendu : {expected}).").format(
            missing=", ".join(missing), expected=expected))
    body = [(start + 2 + i, row) for i, row in enumerate(cells[start + 1:]) if any(c.strip() for c in row)]
    if len(body) > max_rows:
        raise file_error(_("Fichier trop long : {count} lignes, {most} au plus par import. "
                           "Découpez-le en plusieurs fichiers.").format(count=len(body), most=max_rows))
    keys = [fold(name) for name in header]
    rows, errors = [], []
    for line, row in body:
        if len(row) > len(header) and any(c.strip() for c in row[len(header):]):
            errors.append(_("Ligne {line} : {values} valeurs pour {columns} colonnes "
                            "(un séparateur en trop dans un nom ?).").format(line=line, values=len(row),
                                                                             columns=len(header)))
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
        where = _(", colonne « {column} »").format(column=table.columns[column]) if column in table.columns else ""
        found.append((order.get(column, len(order)),
                      _("Ligne {line}{where} : {message}").format(line=row.line, where=where, message=message)))
    return [message for _order, message in sorted(found, key=lambda item: item[0])]


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
        shown.append(ngettext("… et {count} autre problème. Rien n'a été importé.",
                              "… et {count} autres problèmes. Rien n'a été importé.",
                              len(errors) - ERRORS_SHOWN).format(count=len(errors) - ERRORS_SHOWN))
    else:
        shown.append(_("Rien n'a été importé."))
    raise file_error("\n".join(shown))


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise file_error(_("Fichier introuvable : {path}.").format(path=path)) from None
    except IsADirectoryError:
        raise file_error(_("{path} est un dossier, pas un fichier CSV.").format(path=path)) from None
    except OSError as exc:
        raise file_error(_("Fichier illisible : {path} ({problem}).").format(path=path, problem=exc.strerror or exc)) \
            from None


def _decode(data: bytes | str) -> str:
    """UTF-8 (with or without BOM), UTF-16 with its BOM, else cp1252; anything else is no text file."""
    if isinstance(data, str):
        text = data.lstrip("\ufeff")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _or_binary(data, "utf-16")
    elif data.startswith(b"PK\x03\x04"):
        raise file_error(_("C'est un classeur Excel (.xlsx), pas un CSV : dans Excel, « Enregistrer sous » "
                           "› « CSV (séparateur : point-virgule) »."))
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
    return file_error(_("Ce fichier n'est pas un fichier texte CSV : dans Excel, « Enregistrer sous » "
                        "› « CSV (séparateur : point-virgule) »."))
