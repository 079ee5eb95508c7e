"""Demo visit history: about 300 visits a working day with a 9h-11h peak, regular visitors, event guest
lists, forgotten check-outs and a small watch list; written with bulk inserts to stay fast over 10 years.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, update

from reception.core.clock import local_to_utc
from reception.core.demo.context import DemoContext, history_writer
from reception.core.demo.park import history_days
from reception.core.models import BadgeCounter, ExpectedVisit, Visit, Visitor, VisitorWord, WatchListEntry
from reception.core.models.base import table_of
from reception.core.services.visits_rules import BADGE_CODE_ALPHABET, BADGE_CODE_LENGTH, badge_number, search_words
from reception.core.text import fold

WEEKDAY_VISITS, SATURDAY_VISITS = 280, 80
NEW_VISITOR_SHARE = 0.27
EVENT_EVERY_DAYS = 12
FLUSH_EVERY = 20_000

_FIRST = (
    "Mohamed", "Fatima Zahra", "Youssef", "Khadija", "Amine", "Salma", "Omar", "Imane", "Mehdi", "Sara", "Hamza",
    "Meryem", "Anas", "Hajar", "Reda", "Nisrine", "Karim", "Zineb", "Adil", "Loubna", "Yassine", "Ghita",
    "Othmane", "Asmae", "Ayoub", "Houda", "Ilyas", "Kenza", "Soufiane", "Rim", "Élodie", "Thomas", "Camille",
    "Julien", "Léa", "Nicolas", "Chloé", "Hélène", "François", "Amélie", "Jérôme", "Inès", "Abdellah", "Badr",
    "Chaimae", "Driss", "Fouad", "Hicham", "Jamal", "Latifa", "Nabil", "Oumaima", "Rachid", "Samira", "Tarik",
    "Wafae", "Zakaria", "Aïcha", "Mustapha", "Siham", "Lucas", "Manon", "Antoine", "Sofia", "David", "Laura",
)
_LAST = (
    "Bennani", "Alaoui", "El Amrani", "Tazi", "Berrada", "Chraibi", "El Fassi", "Idrissi", "Benjelloun", "Lahlou",
    "Sqalli", "Kettani", "Ouazzani", "Zniber", "Benkirane", "Bouzidi", "El Idrissi", "Naciri", "Cherkaoui",
    "Belhaj", "Mansouri", "Hajji", "Rami", "Ziani", "Amrani", "Filali", "Skalli", "Slaoui", "Benali", "El Ouafi",
    "Guessous", "Lamrani", "Martin", "Dubois", "Lefèvre", "Moreau", "Girard", "Roux", "Fournier", "Mercier",
    "Benani", "Bensouda", "Daoudi", "Essaidi", "Haddad", "Jabri", "Ait Taleb", "Akhannouch", "Amzil", "Azzouzi",
    "Bakkali", "Barrada", "Belkadi", "Bouhaddou", "Chafik", "Chami", "Dahbi", "El Khatib", "El Mansouri",
    "Ennaji", "Fassi Fihri", "Ghazi", "Hamdaoui", "Jaidi", "Kabbaj", "Lazrak", "Mekouar", "Mouline", "Naji",
    "Ouali", "Qadiri", "Raji", "Saadi", "Sebti", "Tahiri", "Touimi", "Yacoubi", "Zemmouri", "Zouiten",
    "Bernard", "Petit", "Durand", "Leroy", "Garcia", "Rossi", "Müller", "Smith", "Nguyen", "Diallo", "Traoré",
)
_ORG_HEADS = ("Groupe", "Société", "Cabinet", "Atelier", "Studio", "Agence", "Maroc", "Atlas", "Sud", "Nord",
              "Cap", "Dar", "Nova", "Omni", "Maghreb", "Afrique", "Euro", "Delta", "Sigma", "Horizon")
_ORG_TAILS = ("Conseil", "Logistique", "Transports", "Informatique", "Médias", "BTP", "Sécurité", "Services",
              "Distribution", "Énergie", "Telecom", "Audit", "Nettoyage", "Traiteur", "Assurances", "Banque",
              "Formation", "Architecture", "Événements", "Imprimerie")
_TYPES = ("meeting", "interview", "delivery", "contractor", "other")
_TYPE_WEIGHTS = (55, 12, 15, 13, 5)
_EVENTS = ("Concert Boultek", "Masterclass", "Jam session", "Hackathon", "Demo day", "Afterwork des startups",
           "Conférence", "Atelier design")


@dataclass
class _Writer:
    """State of the generation: the visitor pool, the day's counters and the batches to insert."""

    ctx: DemoContext
    organisations: list[str]
    hosts: list[dict[str, Any]]
    pool: list[str] = field(default_factory=list)
    regulars: list[str] = field(default_factory=list)
    people: dict[str, tuple[str, str]] = field(default_factory=dict)
    search_keys: dict[str, str] = field(default_factory=dict)
    last_visit: dict[str, datetime] = field(default_factory=dict)
    visitors: list[dict[str, Any]] = field(default_factory=list)
    visits: list[dict[str, Any]] = field(default_factory=list)
    expected: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rng(self) -> random.Random:
        return self.ctx.rng

    def new_visitor(self, at: datetime) -> str:
        rng = self.rng
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        organisation = rng.choice(self.organisations) if rng.random() < 0.8 else ""
        row = {**self.ctx.stamp(at), "last_name": last, "first_name": first, "organisation": organisation,
               "phone": f"06{rng.randint(10_000_000, 99_999_999)}" if rng.random() < 0.7 else "",
               "email": f"{fold(first).replace(' ', '')}.{fold(last).replace(' ', '')}@exemple.ma"
               if rng.random() < 0.5 else "",
               "id_type": "CIN", "id_number": "••••" + f"{rng.randint(0, 9999):04d}",
               "search_key": fold(f"{last} {first} {organisation}"), "last_visit_at": at, "anonymised": False}
        self.visitors.append(row)
        self.pool.append(row["id"])
        self.people[row["id"]] = (last, first)
        self.search_keys[row["id"]] = row["search_key"]
        if rng.random() < 0.08:
            self.regulars.append(row["id"])
        return str(row["id"])

    def visitor_for(self, at: datetime) -> str:
        rng = self.rng
        if not self.pool or rng.random() < NEW_VISITOR_SHARE:
            return self.new_visitor(at)
        if self.regulars and rng.random() < 0.5:
            return rng.choice(self.regulars)
        return self.pool[int(len(self.pool) * (1 - rng.random() ** 3)) - 1]  # recent visitors come back more

    def visit(self, day: date, counter: int, at: datetime, visitor_id: str, host: dict[str, Any],
              visit_type: str, event_name: str = "") -> dict[str, Any]:
        rng = self.rng
        stay = timedelta(minutes=max(10, int(rng.lognormvariate(4.2, 0.6))))
        kind = rng.choices(("scan", "desk", "bulk", "auto"), (70, 24, 4, 2))[0]
        out = local_to_utc(day, 22) if kind == "auto" else at + stay
        if kind == "bulk":
            out = max(out, local_to_utc(day, 19, 30))
        self.last_visit[visitor_id] = at
        row = {**self.ctx.stamp(at), "visitor_id": visitor_id, "host_employee_id": host["id"],
               "host_tenant_id": host["tenant_id"], "visit_type": visit_type, "checked_in_at": at,
               "expected_end": None, "checked_out_at": out, "checkout_kind": kind,
               "badge_number": badge_number(self.ctx.desk_code, day, counter),
               "badge_code": "V" + "".join(rng.choices(BADGE_CODE_ALPHABET, k=BADGE_CODE_LENGTH)),
               "notes": "", "reprint_count": 1 if rng.random() < 0.01 else 0, "desk_code": self.ctx.desk_code,
               "event_name": event_name, "watchlist_entry_id": None, "watchlist_approved_by": None,
               "anonymised": False}
        self.visits.append(row)
        return row

    def flush(self, final: bool = False) -> None:
        if len(self.visits) < FLUSH_EVERY and not final:
            return
        self.ctx.insert(Visitor.__table__, self.visitors)
        self.ctx.insert(Visit.__table__, self.visits)
        self.ctx.insert(ExpectedVisit.__table__, self.expected)
        self.visitors, self.visits, self.expected = [], [], []


def _arrival(rng: random.Random, day: date) -> datetime:
    """A morning peak between 9h and 11h over a working day from 8h to 18h."""
    hour = rng.uniform(9, 11) if rng.random() < 0.45 else rng.uniform(8, 18)
    minute = int(hour * 60)
    return local_to_utc(day, minute // 60, minute % 60) + timedelta(seconds=rng.randint(0, 59))


def _write_day(w: _Writer, day: date, event_day: bool) -> None:
    rng, ctx = w.rng, w.ctx
    mean = SATURDAY_VISITS if day.weekday() == 5 else WEEKDAY_VISITS
    arrivals = sorted(_arrival(rng, day) for _ in range(max(0, int(rng.gauss(mean, mean * 0.12)))))
    counter = 0
    for at in arrivals:
        counter += 1
        visitor_id = w.visitor_for(at)
        host = rng.choice(w.hosts)
        row = w.visit(day, counter, at, visitor_id, host, rng.choices(_TYPES, _TYPE_WEIGHTS)[0])
        if counter % 50 == 0:
            ctx.audit(at, ctx.users.get("receptionist"), "visits.check_in", "visits", row["id"])
    if event_day:
        counter = _write_event(w, day, counter)
    if any(v["checkout_kind"] == "auto" for v in w.visits[-counter:]):
        ctx.audit(local_to_utc(day, 22), None, "visits.auto_check_out", "visits", "")


def _write_event(w: _Writer, day: date, counter: int) -> int:
    """An evening event with a guest list: most guests come, a few never show up."""
    rng, ctx = w.rng, w.ctx
    host = rng.choice(w.hosts)
    name = rng.choice(_EVENTS)
    created = local_to_utc(day - timedelta(days=3), 11)
    for _ in range(rng.randint(25, 80)):
        visitor_id = w.visitor_for(created) if rng.random() < 0.3 else w.new_visitor(created)
        last, first = w.people[visitor_id]
        expected = {**ctx.stamp(created), "day": day, "last_name": last, "first_name": first, "organisation": "",
                    "phone": "", "email": "", "host_employee_id": host["id"], "visit_type": "event",
                    "event_name": name, "status": "expected", "badge_code": "", "visit_id": None}
        if rng.random() < 0.85:
            counter += 1
            at = local_to_utc(day, 18, rng.randint(0, 59))
            visit = w.visit(day, counter, at, visitor_id, host, "event", name)
            expected.update(status="arrived", visit_id=visit["id"])
        w.expected.append(expected)
    ctx.audit(created, ctx.users.get("receptionist"), "visits.import_guest_list", "expected_visits", "")
    return counter


def _write_today(w: _Writer) -> None:
    """Today so far: people still inside (so "Sur site" and the evacuation roll are not empty on first run)
    and this evening's guest list still expected; the badge counter continues from there."""
    ctx, rng, day = w.ctx, w.rng, w.ctx.end
    opening = local_to_utc(day, 8)
    if ctx.now is None or day.weekday() == 6 or ctx.now <= opening:
        return
    elapsed = min((ctx.now - opening).total_seconds(), 10 * 3600)
    arrivals = sorted(opening + timedelta(seconds=rng.uniform(0, elapsed)) for _ in range(int(elapsed / 3600 * 28)))
    for counter, at in enumerate(arrivals, start=1):
        row = w.visit(day, counter, at, w.visitor_for(at), rng.choice(w.hosts), rng.choices(_TYPES, _TYPE_WEIGHTS)[0])
        if row["checked_out_at"] > ctx.now:
            row.update(checked_out_at=None, checkout_kind="")
    host, created = rng.choice(w.hosts), ctx.now - timedelta(days=2)
    for _ in range(12):
        last, first = w.people[w.new_visitor(created)]
        w.expected.append({**ctx.stamp(created), "day": day, "last_name": last, "first_name": first,
                           "organisation": "", "phone": "", "email": "", "host_employee_id": host["id"],
                           "visit_type": "event", "event_name": rng.choice(_EVENTS), "status": "expected",
                           "badge_code": "V" + "".join(rng.choices(BADGE_CODE_ALPHABET, k=BADGE_CODE_LENGTH)),
                           "visit_id": None})
    w.flush(final=True)
    ctx.insert(BadgeCounter.__table__, [{"desk_code": ctx.desk_code, "day": day, "last": len(arrivals)}])


def _write_search_index(w: _Writer) -> None:
    """Sets each visitor's last visit and writes the returning-visitor word index in one go."""
    with w.ctx.db.engine.begin() as conn:
        visitors = table_of(Visitor)
        conn.execute(update(visitors).where(visitors.c.id == bindparam("vid"))
                     .values(last_visit_at=bindparam("at")),
                     [{"vid": vid, "at": at} for vid, at in w.last_visit.items()])
    rows = [{"visitor_id": vid, "word": word, "last_visit_at": w.last_visit.get(vid)}
            for vid, key in w.search_keys.items() for word in set(search_words(key))]
    for start in range(0, len(rows), 100_000):
        w.ctx.insert(VisitorWord.__table__, rows[start:start + 100_000])


def _write_watchlist(ctx: DemoContext) -> None:
    rng = ctx.rng
    at = local_to_utc(ctx.start, 9)
    rows = []
    for reason in ("Vol de matériel en salle de réunion", "Comportement agressif à l'accueil",
                   "Démarchage non autorisé", "Accès interdit par la direction"):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        rows.append({**ctx.stamp(at), "last_name": last, "first_name": first, "name_key": fold(f"{last} {first}"),
                     "id_number": f"X{rng.randint(100000, 999999)}", "reason": reason, "until": None,
                     "active": True, "site_code": ctx.site_code})
    ctx.insert(WatchListEntry.__table__, rows)


@history_writer(order=10)
def write_visits(ctx: DemoContext) -> None:
    rng = ctx.rng
    organisations = sorted({f"{rng.choice(_ORG_HEADS)} {rng.choice(_ORG_TAILS)}" for _ in range(600)})
    writer = _Writer(ctx, organisations, [e for e in ctx.employees if e["active"]])
    for index, day in enumerate(history_days(ctx)):
        _write_day(writer, day, event_day=index % EVENT_EVERY_DAYS == 5)
        writer.flush()
    writer.flush(final=True)
    _write_today(writer)
    _write_search_index(writer)
    _write_watchlist(ctx)
