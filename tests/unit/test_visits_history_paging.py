"""The visit history pages by keyset (after the last row's arrival and id, never OFFSET) and counts up to a cap."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import event

from reception.core.clock import FixedClock
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
