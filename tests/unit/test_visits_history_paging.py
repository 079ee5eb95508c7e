"""The visit history pages by keyset (after the last row's arrival and id, never OFFSET) and counts up to a cap."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event, select, update

from reception.core.clock import FixedClock
from reception.core.models import Visitor, VisitorWord
from reception.core.services.container import Services
from reception.core.services.permissions import Actor
from reception.core.services.visits import CheckInForm, HistoryCursor, HistoryFilter, VisitRow


@pytest.fixture
def twelve_visits(services: Services, receptionist: Actor, park: dict[str, str], clock: FixedClock) -> None:
    """Five visits an hour apart, then seven in the same second (a coach arriving: ties on the arrival time)."""
    clock.advance(timedelta(days=-2))
    for n in range(12):
        services.visits.check_in(receptionist, CheckInForm(last_name=f"Visiteur{n:02d}", first_name="Test",
                                                           host_employee_id=park["atlas.bennani"]))
        if n < 5:
            clock.advance(timedelta(hours=1))


def _walk(services: Services, actor: Actor, size: int) -> list[list[VisitRow]]:
    pages, after = [], None
    while page := services.visits.history(actor, HistoryFilter(), after, size):
        pages.append(page)
        after = page[-1].cursor
    return pages


def test_pages_after_a_cursor_give_every_visit_once_newest_first_ties_included(
        services: Services, receptionist: Actor, twelve_visits: None) -> None:
    pages = _walk(services, receptionist, 5)
    walked = [v for page in pages for v in page]
    assert [len(p) for p in pages] == [5, 5, 2]
    assert len({v.id for v in walked}) == 12
    assert walked == services.visits.history(receptionist, HistoryFilter(), limit=100)
    assert [(v.checked_in_at, v.id) for v in walked] == sorted(((v.checked_in_at, v.id) for v in walked),
                                                              reverse=True)


def test_a_page_skips_no_rows_it_read(services: Services, receptionist: Actor, twelve_visits: None) -> None:
    """SQLAlchemy's SQLite dialect always writes "LIMIT ? OFFSET ?": the offset it binds must stay 0."""
    statements: list[tuple[str, Any]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        statements.append((statement, parameters))

    event.listen(services.db.engine, "before_cursor_execute", seen)
    try:
        first = services.visits.history(receptionist, HistoryFilter(), limit=3)
        services.visits.history(receptionist, HistoryFilter(), first[-1].cursor, 3)
    finally:
        event.remove(services.db.engine, "before_cursor_execute", seen)
    pages = [(s, p) for s, p in statements if "FROM visits" in s]
    assert len(pages) == 2
    assert all(s.rstrip().endswith("LIMIT ? OFFSET ?") and list(p)[-2:] == [3, 0] for s, p in pages)


def test_a_cursor_past_the_oldest_visit_gives_an_empty_page(services: Services, receptionist: Actor,
                                                            twelve_visits: None) -> None:
    oldest = services.visits.history(receptionist, HistoryFilter(), limit=100)[-1]
    assert services.visits.history(receptionist, HistoryFilter(), oldest.cursor) == []
    assert services.visits.history(receptionist, HistoryFilter(),
                                   HistoryCursor(oldest.checked_in_at - timedelta(days=1), "")) == []


def test_every_batch_of_all_history_follows_the_previous_one(services: Services, receptionist: Actor,
                                                             twelve_visits: None) -> None:
    batches = list(services.visits.all_history(receptionist, HistoryFilter(), batch=4))
    assert [len(b) for b in batches] == [4, 4, 4]
    assert [v for b in batches for v in b] == services.visits.history(receptionist, HistoryFilter(), limit=100)


def test_the_count_stops_one_past_its_cap(services: Services, receptionist: Actor, twelve_visits: None) -> None:
    assert services.visits.history_count(receptionist, HistoryFilter()) == 12
    assert services.visits.history_count(receptionist, HistoryFilter(), cap=5) == 6  # "plus de 5"
    assert services.visits.history_count(receptionist, HistoryFilter(text="visiteur03"), cap=5) == 1


@pytest.fixture
def namesakes(services: Services, receptionist: Actor, park: dict[str, str], clock: FixedClock) -> None:
    """Six Bennani and two Alami, each back several times, in an order the names do not follow."""
    clock.advance(timedelta(days=-3))
    for round_ in range(3):
        for n in (3, 0, 5, 1, 4, 2):
            services.visits.check_in(receptionist, CheckInForm(
                last_name="Bennani", first_name=f"Prénom{n}", host_employee_id=park["atlas.bennani"],
                visitor_id=_visitor_id(services, f"Prénom{n}")))
            clock.advance(timedelta(minutes=7 * (n + 1) + round_))
        services.visits.check_in(receptionist, CheckInForm(last_name="Alami", first_name=f"Sara{round_}",
                                                           host_employee_id=park["atlas.bennani"]))


def _visitor_id(services: Services, first_name: str) -> str | None:
    with services.db.read() as session:
        return session.scalar(select(Visitor.id).where(Visitor.first_name == first_name))


def _unbounded(services: Services, actor: Actor, filt: HistoryFilter, size: int) -> list[VisitRow]:
    """The same page read without the first page's bound (a cursor later than every visit)."""
    later = HistoryCursor(services.clock.now() + timedelta(days=1), "~")
    return services.visits.history(actor, filt, later, size)


@pytest.mark.parametrize("size", [1, 3, 5, 18, 100])
def test_a_names_first_page_is_the_newest_of_its_visits(services: Services, receptionist: Actor, namesakes: None,
                                                        size: int) -> None:
    for text in ("ben", "bennani prénom", "alami", "ben pré"):
        filt = HistoryFilter(text=text)
        page = services.visits.history(receptionist, filt, limit=size)
        assert page == _unbounded(services, receptionist, filt, size)
        assert page and all(text.split()[0] in row.visitor_name.lower() for row in page)


def test_a_search_index_out_of_step_still_gives_the_right_page(services: Services, receptionist: Actor,
                                                               namesakes: None) -> None:
    """The bound comes from the search index's last visits; wrong there, the page is read without it."""
    with services.db.write() as session:
        session.execute(update(VisitorWord).where(VisitorWord.word == "bennani")
                        .values(last_visit_at=services.clock.now() + timedelta(days=30)))  # overstated
        session.execute(update(VisitorWord).where(VisitorWord.word == "prenom2")
                        .values(last_visit_at=services.clock.now() - timedelta(days=300)))  # understated
    for size, text in ((2, "bennani"), (4, "bennani"), (2, "prénom"), (4, "prénom")):
        filt = HistoryFilter(text=text)
        assert services.visits.history(receptionist, filt, limit=size) == _unbounded(services, receptionist,
                                                                                     filt, size)


@pytest.mark.parametrize("common", [0, 2000], ids=["every-name-common", "rare-names"])
def test_the_count_agrees_with_the_visits_listed_for_any_name(
        services: Services, receptionist: Actor, park: dict[str, str], namesakes: None, common: int,
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The count goes through the namesakes' visits whatever the page does: the two must agree, Arabic names,
    two words, an organisation or a host included."""
    from reception.core.services import visits as visits_service

    for first, last in (("سلمى", "العلوي"), ("Salma", "Alaoui")):
        for _ in range(2):
            services.visits.check_in(receptionist, CheckInForm(
                last_name=last, first_name=first, organisation="Cabinet Atlas", host_employee_id=park["noor.tazi"],
                visitor_id=_visitor_id(services, first)))
    monkeypatch.setattr(visits_service, "COMMON_PREFIX_WORDS", common)
    for filt in (HistoryFilter(text="ben"), HistoryFilter(text="bennani prénom3"), HistoryFilter(text="العلوي"),
                 HistoryFilter(text="سلمى العلوي"), HistoryFilter(text="sa", organisation="atlas"),
                 HistoryFilter(text="alaoui", host="tazi"), HistoryFilter(text="zz")):
        listed = sum(len(batch) for batch in services.visits.all_history(receptionist, filt, 5))
        assert services.visits.history_count(receptionist, filt) == listed, filt
    assert services.visits.history_count(receptionist, HistoryFilter(text="العلوي")) == 2
