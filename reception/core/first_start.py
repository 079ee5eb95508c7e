"""The first start of a stand-alone desk: which site and desk this PC is, and its first administrator.

A fresh database starts as the default desk (CAS / CAS-A1, app.DEFAULT_SITE); the person at the first
start confirms or changes the site and desk (the defaults are offered as suggestions) and creates the
administrator account. Everything is checked together before anything is written, so each mistake shows
next to its field at once; the identity is then taken through enrolment's rename (the same code as
`reception enrol`), the names written, and the account created.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reception.core.enrolment import take_identity
from reception.core.errors import ValidationError
from reception.core.i18n import _
from reception.core.services.auth import account_errors
from reception.core.services.container import Services
from reception.core.services.permissions import Actor

SITE_CODE = re.compile(r"[A-Z]{2,6}")
DESK_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,15}")


@dataclass(frozen=True)
class FirstStart:
    site_code: str
    site_name: str
    city: str
    desk_code: str
    desk_name: str
    username: str
    full_name: str
    password: str


def suggestions(services: Services) -> FirstStart:
    """The desk as the fresh database names it: what the first-start form proposes."""
    info = services.site.info()
    return FirstStart(info.site_code, info.site_name, info.city, info.desk_code, info.desk_name, "", "", "")


def place_errors(form: FirstStart) -> dict[str, str]:
    errors = {}
    site, desk = form.site_code.strip().upper(), form.desk_code.strip().upper()
    if not SITE_CODE.fullmatch(site):
        errors["site_code"] = _("Code du site : 2 à 6 lettres (exemple : CAS, RAB).")
    if not form.site_name.strip():
        errors["site_name"] = _("Le nom du site est obligatoire.")
    if not DESK_CODE.fullmatch(desk):
        errors["desk_code"] = _("Code du poste : lettres, chiffres et tirets, 16 au plus (exemple : CAS-A1).")
    elif "site_code" not in errors and not desk.startswith(f"{site}-"):
        errors["desk_code"] = _("Le code du poste commence par celui du site : {example}.").format(
            example=f"{site}-A1")
    if not form.desk_name.strip():
        errors["desk_name"] = _("Le nom du poste est obligatoire.")
    return errors


def set_up(services: Services, form: FirstStart) -> Actor:
    """Names the desk and creates its administrator; refuses with every mistake at once."""
    errors = place_errors(form) | account_errors(form.username, form.full_name, form.password)
    if errors:
        raise ValidationError(errors)
    take_identity(services.db, form.site_code.strip().upper(), form.desk_code.strip().upper())
    admin = services.auth.create_first_admin(form.username, form.full_name, form.password)
    services.site.update(admin, {"name": form.site_name, "city": form.city}, desk_name=form.desk_name)
    return admin
