"""Technopark Casablanca: 170 tenant companies, about 1,500 employees, the four demo accounts."""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from reception.core.clock import Clock, SystemClock, local_to_utc, local_today
from reception.core.database import Database
from reception.core.demo.context import DemoContext, DemoUser, registered_writers
from reception.core.errors import DomainError
from reception.core.models import AuditEvent, Employee, Site, Tenant, User
from reception.core.models.org import SECTORS
from reception.core.services.audit import GENESIS
from reception.core.services.auth import hash_password
from reception.core.services.permissions import Role
from reception.core.services.site import SiteService
from reception.core.text import fold

log = logging.getLogger(__name__)

SITE_CODE, DESK_CODE = "CAS", "CAS-A1"

DEMO_ACCOUNTS: tuple[tuple[str, str, str, Role], ...] = (
    ("accueil", "accueil123", "Salma Alaoui", Role.RECEPTIONIST),
    ("services", "services123", "Youssef Berrada", Role.FACILITIES),
    ("responsable", "responsable123", "Nadia Chraibi", Role.MANAGER),
    ("admin", "admin1234", "Karim Tazi", Role.ADMIN),
)

_NAME_HEADS = (
    "Atlas", "Maghreb", "Anfa", "Sahara", "Noor", "Argan", "Oasis", "Zellige", "Médina", "Tafilalt", "Souss",
    "Bouregreg", "Amazigh", "Corniche", "Hassan", "Majorelle", "Oudaya", "Kasbah", "Ifrane", "Toubkal",
    "Agadir", "Tanger", "Nador", "Dakhla", "Saïss", "Chellah", "Andalous", "Mogador", "Zagora", "Atlantique",
    "Lumière", "Horizon", "Étoile", "Phénix", "Cèdre", "Olivier", "Jasmin", "Safran", "Indigo", "Azur",
)
_NAME_TAILS = {
    "Informatique": ("Digital", "Software", "Systèmes", "Data", "Cloud", "Code", "Informatique"),
    "Technologies vertes": ("Green Energy", "Solaire", "Éco-Solutions", "Water Tech", "Recyclage"),
    "Culture et industries créatives": ("Studio", "Productions", "Création", "Médias", "Design", "Son"),
    "Télécommunications": ("Telecom", "Réseaux", "Connect", "Fibre"),
    "Conseil": ("Conseil", "Partners", "Stratégie", "Advisory"),
    "Fintech": ("Pay", "Finance", "Fintech", "Capital Tech"),
    "Santé numérique": ("Santé", "Med Tech", "Care", "Bio Data"),
    "Formation": ("Academy", "Formation", "Learning", "École du Code"),
}
_FORMS = ("SARL", "SA", "SARL AU", "SAS")
_FIRST_NAMES = (
    "Mohamed", "Fatima Zahra", "Youssef", "Khadija", "Amine", "Salma", "Omar", "Imane", "Mehdi", "Sara",
    "Hamza", "Meryem", "Anas", "Hajar", "Reda", "Nisrine", "Karim", "Zineb", "Adil", "Loubna", "Yassine",
    "Ghita", "Othmane", "Asmae", "Ayoub", "Houda", "Ilyas", "Kenza", "Soufiane", "Rim", "Élodie", "Thomas",
    "Camille", "Julien", "Léa", "Nicolas", "Chloé", "Hélène", "François", "Amélie", "Jérôme", "Inès",
)
_LAST_NAMES = (
    "Bennani", "Alaoui", "El Amrani", "Tazi", "Berrada", "Chraibi", "El Fassi", "Idrissi", "Benjelloun",
    "Lahlou", "Sqalli", "Kettani", "Ouazzani", "Zniber", "Benkirane", "Bouzidi", "El Idrissi", "Naciri",
    "Cherkaoui", "Belhaj", "Mansouri", "Hajji", "Rami", "Ziani", "Amrani", "Filali", "Skalli", "Slaoui",
    "Benali", "El Ouafi", "Guessous", "Lamrani", "Martin", "Dubois", "Lefèvre", "Moreau", "Girard",
    "Roux", "Fournier", "Mercier", "Benani", "Bensouda", "Daoudi", "Essaidi", "Haddad", "Jabri",
)
_JOBS = (
    "Directeur général", "Directrice générale", "Chef de projet", "Développeur", "Développeuse",
    "Ingénieur réseaux", "Responsable RH", "Office manager", "Comptable", "Commercial", "Designer",
    "Data scientist", "Consultante", "Assistante de direction", "Chargé de communication", "Stagiaire",
)


def _company_names(rng: random.Random, count: int) -> list[tuple[str, str]]:
    names: dict[str, str] = {}
    while len(names) < count:
        sector = rng.choice(SECTORS)
        name = f"{rng.choice(_NAME_HEADS)} {rng.choice(_NAME_TAILS[sector])} {rng.choice(_FORMS)}"
        names.setdefault(name, sector)
    return list(names.items())


def _email_part(text: str) -> str:
    return fold(text).replace(" ", "")


def _write_park(ctx: DemoContext, clock: Clock, tenant_count: int) -> None:
    rng = ctx.rng
    today = local_today(clock)
    for name, sector in _company_names(rng, tenant_count):
        arrival = today - timedelta(days=rng.randint(30, 365 * 12))
        at = local_to_utc(arrival, 9)
        domain = _email_part(name.rsplit(" ", 1)[0])[:20] + ".ma"
        ctx.tenants.append({
            **ctx.stamp(at), "name": name, "search_key": fold(name),
            "ice": f"{rng.randrange(10**14, 10**15):015d}", "floor": str(rng.randint(0, 6)),
            "office": f"B{rng.randint(1, 4)}-{rng.randint(1, 40):02d}", "sector": sector, "active": True,
            "arrival_date": arrival, "_domain": domain,
        })
    for tenant in ctx.tenants:
        for _ in range(max(1, int(rng.gauss(8.8, 4)))):
            first, last = rng.choice(_FIRST_NAMES), rng.choice(_LAST_NAMES)
            ctx.employees.append({
                **ctx.stamp(local_to_utc(tenant["arrival_date"], 9)), "tenant_id": tenant["id"],
                "first_name": first, "last_name": last, "search_key": fold(f"{last} {first}"),
                "job_title": rng.choice(_JOBS),
                "email": f"{_email_part(first)}.{_email_part(last)}@{tenant['_domain']}",
                "phone": f"+212 6{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} "
                         f"{rng.randint(10, 99)}",
                "active": rng.random() > 0.03,
            })
    ctx.insert(Tenant.__table__, [{k: v for k, v in t.items() if not k.startswith("_")} for t in ctx.tenants])
    ctx.insert(Employee.__table__, ctx.employees)


def _write_users(ctx: DemoContext) -> None:
    with ctx.db.write() as session:
        for username, password, full_name, role in DEMO_ACCOUNTS:
            user = session.execute(select(User).where(User.username == username)).scalar_one_or_none()
            if user is None:
                user = User(username=username, full_name=full_name, role=role.value,
                            password_hash=hash_password(password))
                session.add(user)
                session.flush()
            ctx.users[role.value] = DemoUser(user.id, user.username, user.role)


def build_demo(path: Path, *, years: int = 0, seed: int = 2026, clock: Clock | None = None,
               tenant_count: int = 170) -> Database:
    """Creates (or completes) the demo database at `path`; refuses to touch one that has tenants."""
    clock = clock or SystemClock()
    db = Database(path)
    db.upgrade()
    SiteService(db, clock).ensure(SITE_CODE, "Technopark Casablanca", "Casablanca", DESK_CODE, "Accueil principal")
    with db.write() as session:
        site = session.execute(select(Site).where(Site.code == SITE_CODE)).scalar_one()
        site.address = site.address or "Route de Nouaceur, angle RS 114 et CT 1029, Casablanca"
        site.legal_name = site.legal_name or "MITC Technopark SA"
        site.ice = site.ice or "001525836000047"
        site.if_number = site.if_number or "1085213"
        site.tp_number = site.tp_number or "35702146"
        if session.execute(select(Tenant.id).limit(1)).first():
            raise DomainError(f"{path} contient déjà un parc : choisissez un autre fichier.")
    today = local_today(clock)
    ctx = DemoContext(db=db, rng=random.Random(seed), start=today - timedelta(days=365 * years), end=today,
                      site_code=SITE_CODE, desk_code=DESK_CODE, tenants=[], employees=[], users={},
                      now=clock.now())
    _write_park(ctx, clock, tenant_count)
    _write_users(ctx)
    with db.read() as session:
        last = session.execute(select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)).first()
    ctx.continue_chain(*(last if last else (0, GENESIS)))
    if years:
        with _bulk_writes(db):
            for writer in registered_writers():
                log.info("demo history: %s", writer.__module__)
                writer(ctx)
            ctx.flush()
    return db


@contextmanager
def _bulk_writes(db: Database) -> Iterator[None]:
    """synchronous=OFF while the history is written: a demo being built has nothing to lose in a crash,
    and fsyncing every batch made a 10-year build several times slower. Normal durability comes back after."""

    def fast(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA synchronous=OFF")

    event.listen(db.engine, "connect", fast)
    db.engine.dispose()
    try:
        yield
    finally:
        event.remove(db.engine, "connect", fast)
        db.engine.dispose()


def history_days(ctx: DemoContext) -> list[date]:
    """Working days (Monday to Saturday morning) of the history period, oldest first."""
    days, day = [], ctx.start
    while day < ctx.end:
        if day.weekday() < 6:
            days.append(day)
        day += timedelta(days=1)
    return days
