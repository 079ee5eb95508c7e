"""Property: whatever a person (or a script) hands the public services — huge, empty, unicode or control-character
texts, huge and negative numbers, dates from year 1 to 9999 — only the project's own domain errors come out,
never an OverflowError, an IntegrityError or a 'value too long' from the database."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reception.core.clock import FixedClock
from reception.core.database import Database
from reception.core.errors import DomainError
from reception.core.services.cafeteria_data import Customer, LineInput, Payment
from reception.core.services.container import Services
from reception.core.services.permissions import Role
from reception.core.services.rooms_data import BookingDraft, SeriesRule
from reception.core.services.settings import SPECS
from reception.core.services.visits import CheckInForm, HistoryFilter
from tests.cafeteria_helpers import stock_products
from tests.rooms_support import make_rooms


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    """One desk for every example (a park, rooms, products, an open drawer): examples add to it."""
    db = Database(tmp_path_factory.mktemp("extreme") / "desk.db")
    db.upgrade()
    services = Services(db, FixedClock(datetime(2026, 11, 26, 9, 0, tzinfo=UTC)))
    services.site.ensure("CAS", "Technopark Casablanca", "Casablanca", "CAS-A1", "Accueil principal")
    services.auth.create_first_admin("admin", "Karim Tazi", "admin1234")
    admin = services.auth.login("admin", "admin1234")
    tenant = services.directory.save_tenant(admin, {"name": "Atlas Digital SARL"}).id
    host = services.directory.save_employee(admin, {"tenant_id": tenant, "last_name": "Bennani",
                                                    "first_name": "Mohamed", "email": "m@atlas.ma"}).id
    services.cafeteria.open_session(admin, 20_000)
    yield {"services": services, "admin": admin, "tenant": tenant, "host": host,
           "room": make_rooms(services, admin)["atlas"], "products": list(stock_products(services, admin).values())}
    db.dispose()


texts = st.one_of(st.text(), st.text(min_size=90, max_size=5000), st.text(alphabet="\x00\x07\x1b\t\r\n\u202e"),
                  st.sampled_from(["", " ", "ﷺ" * 30, "'; DROP TABLE visits; --", "%_\\", "é" * 101]))
ints = st.one_of(st.integers(min_value=-(2**80), max_value=2**80), st.sampled_from([0, -1, 2**63, 2**63 - 1]))
dates = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
instants = st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30),
                        timezones=st.just(UTC))
files = st.one_of(st.binary(max_size=300), texts.map(lambda t: "nom;prenom\n" + t))
Call = Callable[[dict[str, Any], st.DataObject], object]


def _id(world: dict[str, Any], key: str, data: st.DataObject) -> Any:
    return data.draw(st.one_of(st.just(world[key]), texts))


def _form(world: dict[str, Any], data: st.DataObject) -> CheckInForm:
    person = {k: data.draw(texts) for k in ("last_name", "first_name", "organisation", "phone", "email", "id_type",
                                            "id_number")}
    return CheckInForm(**person, host_employee_id=_id(world, "host", data),
                       visit_type=data.draw(st.one_of(st.just("meeting"), texts)),
                       expected_end=data.draw(st.none() | instants), notes=data.draw(texts))


CALLS: dict[str, Call] = {
    "visits.check_in": lambda w, d: w["services"].visits.check_in(w["admin"], _form(w, d)),
    "visits.preregister": lambda w, d: w["services"].visits.preregister(w["admin"], _form(w, d), d.draw(dates),
                                                                        d.draw(texts)),
    "visits.import_guest_list": lambda w, d: w["services"].visits.import_guest_list(
        w["admin"], d.draw(files), d.draw(dates), d.draw(texts), _id(w, "host", d)),
    "visits.search_visitors": lambda w, d: w["services"].visits.search_visitors(w["admin"], d.draw(texts),
                                                                                d.draw(ints)),
    "visits.history": lambda w, d: w["services"].visits.history(
        w["admin"], HistoryFilter(d.draw(texts), d.draw(texts), d.draw(texts), d.draw(texts), d.draw(dates),
                                  d.draw(dates), d.draw(texts)), None, d.draw(ints)),
    "visits.check_out_by_code": lambda w, d: w["services"].visits.check_out_by_code(w["admin"], d.draw(texts)),
    "visits.erase_visitor": lambda w, d: w["services"].visits.erase_visitor(w["admin"], d.draw(texts)),
    "directory.save_tenant": lambda w, d: w["services"].directory.save_tenant(
        w["admin"], {k: d.draw(texts) for k in ("name", "ice", "floor", "office", "sector")}),
    "directory.save_employee": lambda w, d: w["services"].directory.save_employee(
        w["admin"], {"tenant_id": _id(w, "tenant", d),
                     **{k: d.draw(texts) for k in ("last_name", "first_name", "job_title", "email", "phone")}}),
    "directory.import_csv": lambda w, d: w["services"].directory.import_csv(w["admin"], d.draw(files)),
    "directory.employees": lambda w, d: w["services"].directory.employees(w["admin"], query=d.draw(texts),
                                                                          limit=d.draw(ints)),
    "rooms.book": lambda w, d: w["services"].rooms.book(w["admin"], BookingDraft(
        _id(w, "room", d), _id(w, "tenant", d), d.draw(instants), d.draw(instants), d.draw(texts),
        attendees=d.draw(ints), notes=d.draw(texts))),
    "rooms.book_series": lambda w, d: w["services"].rooms.book_series(w["admin"], BookingDraft(
        w["room"], w["tenant"], datetime.combine(d.draw(dates), time(9), UTC),
        datetime.combine(d.draw(dates), time(10), UTC), d.draw(texts)), SeriesRule(
        d.draw(st.sampled_from(["daily", "weekly", "monthly", "yearly"])), d.draw(ints),
        tuple(d.draw(st.lists(ints, max_size=3))), d.draw(st.booleans()), d.draw(st.none() | dates),
        d.draw(st.none() | ints))),
    "rooms.bookings": lambda w, d: w["services"].rooms.bookings(w["admin"], d.draw(dates), d.draw(dates)),
    "rooms.export_ics": lambda w, d: w["services"].rooms.export_ics(
        w["admin"], room_id=_id(w, "room", d), date_from=d.draw(dates), date_to=d.draw(dates)),
    "cafeteria.cash_movement": lambda w, d: w["services"].cafeteria.cash_movement(
        w["admin"], d.draw(st.sampled_from(["in", "out"]) | texts), d.draw(ints), d.draw(texts)),
    "cafeteria.sell": lambda w, d: w["services"].cafeteria.sell(
        w["admin"], [LineInput(d.draw(st.sampled_from(w["products"]) | texts), d.draw(ints))],
        Customer(), Payment(d.draw(st.sampled_from(["cash", "card"]) | texts), d.draw(ints), d.draw(texts))),
    "cafeteria.void_sale": lambda w, d: w["services"].cafeteria.void_sale(w["admin"], d.draw(texts), None,
                                                                          d.draw(texts)),
    "settings.update": lambda w, d: w["services"].settings.update(
        w["admin"], {d.draw(st.sampled_from(sorted(SPECS))): d.draw(texts | ints)},
        at=w["services"].clock.now()),
    "auth.login": lambda w, d: w["services"].auth.login(d.draw(texts), d.draw(texts)),
    "auth.create_user": lambda w, d: w["services"].auth.create_user(
        w["admin"], d.draw(texts), d.draw(texts), d.draw(st.sampled_from(list(Role))), d.draw(texts)),
}


@pytest.mark.parametrize("name", sorted(CALLS))
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.data_too_large])
@given(data=st.data())
def test_only_domain_errors_come_out(world: dict[str, Any], name: str, data: st.DataObject) -> None:
    """Anything else (OverflowError, IntegrityError, ValueError...) fails the example and is shrunk."""
    try:
        CALLS[name](world, data)
    except DomainError as exc:
        assert exc.message.strip(), "a domain error always says what is wrong"
