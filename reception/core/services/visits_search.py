"""The returning-visitor index: every folded word of a visitor, with their last visit, in `visitor_words`.

A query word matches the visitor words it starts ('ben' matches 'bennani' and 'benali', 'benani' does not
match 'bennani'). The most recent visitors for a prefix are found without sorting all its matches: the
distinct words in the prefix's range are listed by index seeks (a handful, even for 3 letters), then the
index (word, last_visit_at) gives each word's `limit` most recent visitors directly, and those short lists
merge (exact: a visitor among the overall `limit` most recent is among its own word's `limit` most recent).
Other typed words are checked per candidate through the primary key (visitor_id, word).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from sqlalchemy import Connection, TextClause, delete, text
from sqlalchemy.orm import Session

from reception.core.models import Visitor, VisitorWord
from reception.core.models.base import table_of
from reception.core.services.visits_rules import prefix_upper_bound, search_words

MAX_DISTINCT_WORDS = 200
"""Beyond this many distinct words under one prefix, a single range scan and sort is cheaper."""

_DISTINCT_WORDS = text("""
    WITH RECURSIVE found(word) AS (
        SELECT min(word) FROM visitor_words WHERE word >= :low AND word < :high
        UNION ALL
        SELECT (SELECT min(word) FROM visitor_words WHERE word > found.word AND word < :high)
        FROM found WHERE found.word IS NOT NULL
        LIMIT :cap
    )
    SELECT word FROM found WHERE word IS NOT NULL
""")


def _also(count: int) -> str:
    """SQL conditions: the candidate also has a word starting with each of the other typed words."""
    return "".join(
        f" AND EXISTS (SELECT 1 FROM visitor_words o WHERE o.visitor_id = w.visitor_id"
        f" AND o.word >= :low{i} AND o.word < :high{i})"
        for i in range(count)
    )


@lru_cache(maxsize=8)
def _recent_for_word(others: int) -> TextClause:
    return text("SELECT w.visitor_id, w.last_visit_at FROM visitor_words w WHERE w.word = :word"
                + _also(others) + " ORDER BY w.last_visit_at DESC LIMIT :n")


@lru_cache(maxsize=8)
def _recent_in_range(others: int) -> TextClause:
    return text("SELECT w.visitor_id, w.last_visit_at FROM visitor_words w WHERE w.word >= :low AND w.word < :high"
                + _also(others) + " ORDER BY w.last_visit_at DESC LIMIT :n")


def recent_visitor_ids(conn: Connection, query: str, limit: int) -> list[str]:
    """Ids of the visitors matching every word of `query`, most recent visit first."""
    return [visitor_id for visitor_id, _last in recent_visitors(conn, query, limit)]


def newest_page_bound(conn: Connection, query: str, limit: int) -> str | None:
    """A time no later than the `limit`-th newest visit of the visitors matching `query` (stored form), or
    None when fewer than `limit` of them are indexed: their `limit` most recent visitors each visited at or
    after it, so the history's first page lies at or after it. A caller that finds fewer than `limit`
    visits there (an index out of step) reads without the bound."""
    recent = recent_visitors(conn, query, limit)
    return recent[-1][1] if recent and len(recent) == limit and recent[-1][1] else None


def recent_visitors(conn: Connection, query: str, limit: int) -> list[tuple[str, str | None]]:
    """(id, last visit as stored) of the visitors matching every word of `query`, most recent first."""
    tokens = search_words(query)
    driver = max(tokens, key=len)
    others = [t for t in tokens if t is not driver]
    params: dict[str, object] = {"n": limit}
    for i, token in enumerate(others):
        params |= {f"low{i}": token, f"high{i}": prefix_upper_bound(token)}
    words = conn.execute(_DISTINCT_WORDS, {"low": driver, "high": prefix_upper_bound(driver),
                                           "cap": MAX_DISTINCT_WORDS + 1}).scalars().all()
    if len(words) > MAX_DISTINCT_WORDS:  # one visitor may hold several of the words: take a margin
        rows = list(conn.execute(_recent_in_range(len(others)),
                                 {**params, "n": limit * 3, "low": driver, "high": prefix_upper_bound(driver)}))
    else:
        statement = _recent_for_word(len(others))
        rows = [row for word in words for row in conn.execute(statement, {**params, "word": word})]
    rows.sort(key=lambda r: r.last_visit_at or "", reverse=True)
    newest: dict[str, str | None] = {}
    for row in rows:
        newest.setdefault(row.visitor_id, row.last_visit_at)
    return list(newest.items())[:limit]


def common_word_prefix(conn: Connection, token: str, threshold: int) -> bool:
    """Whether more than `threshold` visitor words start with `token` (the history picks its plan by it)."""
    found = conn.execute(text("SELECT count(*) FROM (SELECT 1 FROM visitor_words WHERE word >= :low AND word < :high"
                              " LIMIT :cap)"),
                         {"low": token, "high": prefix_upper_bound(token), "cap": threshold + 1}).scalar_one()
    return bool(found > threshold)


def index_visitor(session: Session, visitor: Visitor) -> None:
    """Keeps the index in step with the visitor's name, organisation and last visit (same transaction)."""
    session.execute(delete(VisitorWord).where(VisitorWord.visitor_id == visitor.id))
    words = visitor_words(visitor.search_key) if not visitor.anonymised else []
    if words:
        session.execute(table_of(VisitorWord).insert(), [
            {"visitor_id": visitor.id, "word": w, "last_visit_at": visitor.last_visit_at} for w in words
        ])


def visitor_words(search_key: str) -> Sequence[str]:
    return sorted(set(search_words(search_key)))
