"""Full-text search over agenda items, resolutions, actions and plan actions.

Every searchable record gets one row in `search_records` (its text, where it
came from, its item and page), written by `index_document` inside the save
transaction and removed with its document by the foreign key cascade. The
index over it is made with the schema (`store.schema.create_search_index`):

- SQLite: an FTS5 table `search_index` (porter stemming, unicode61) reads its
  text from `search_records` (external content) and is kept in step by
  triggers on `search_records`, so a cascade delete removes the index rows.
  Ranked by bm25, snippets by `snippet()`.
- PostgreSQL: a generated `search_vector tsvector` column
  (`to_tsvector('english', text)`) with a GIN index. Ranked by `ts_rank`,
  snippets by `ts_headline`.

User queries are translated, never passed through: words (stemmed, so
"abuse" finds "abused"), "quoted phrases", OR, AND, NOT / -word, and word*
prefixes. Other punctuation is treated as a word break, so no user input can
cause a syntax error in the database.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, delete, func, insert, literal, select, text, union_all
from sqlalchemy.orm import Session

from ..errors import BadQuery
from ..models import (
    Document,
    Meeting,
    SearchRecord,
)
from .registry import RECORD_TYPES, SEARCHED_RECORD_TYPES

if TYPE_CHECKING:
    from .database import Store

Scope = str
""""all", or the key of a searched record type ("resolutions", "actions", ...)."""
SCOPES: dict[str, str | None] = {
    "all": None,
    **{record_type.key: record_type.name for record_type in SEARCHED_RECORD_TYPES},
}
"""Each `search --in` scope and the record type it keeps (None: every type)."""
HIGHLIGHT_START = "**"
HIGHLIGHT_END = "**"
SNIPPET_ELLIPSIS = "…"
# Tokens either side of a hit in a snippet; enough for a sentence's context.
SNIPPET_TOKENS = 16
MAX_QUERY_TERMS = 32
DEFAULT_LIMIT = 20
# Ranking costs a few microseconds per matching row (bm25 on SQLite, ts_rank
# on PostgreSQL). A term found in more records than this (a near-stopword
# such as "agreed") is ranked among its most recently loaded matches only,
# which keeps every search interactive; filtered and newest-first searches
# always consider every match.
RANK_BUDGET = 500
# Newest-first searches with more matches than this walk the date index
# instead of sorting every match.
NEWEST_SCAN_THRESHOLD = 2000

# Core statements on the table: a bulk load writes its rows in one INSERT ... SELECT per file.
search_records = SearchRecord.__table__


@dataclass(slots=True)
class SearchHit:
    """One record that matched, with where to find it."""

    record_type: str
    """"item" | "resolution" | "action" | "plan_action"."""
    record_id: int
    rank: float
    """Higher is better (bm25 negated on SQLite, ts_rank on PostgreSQL)."""
    snippet: str
    """The matching passage with hits between `HIGHLIGHT_START` and `HIGHLIGHT_END`."""
    text: str
    date: dt.date | None
    body: str | None
    item: str | None
    file: str
    page: int | None
    document_id: int


@dataclass(frozen=True, slots=True)
class _Term:
    words: tuple[str, ...]
    prefix: bool = False
    negated: bool = False


@dataclass(frozen=True, slots=True)
class ParsedQuery:
    """A user query as groups of terms: groups are OR-ed, terms within a group AND-ed."""

    groups: tuple[tuple[_Term, ...], ...]
    excluded: tuple[_Term, ...]

    def to_fts5(self) -> str:
        """The query in SQLite FTS5 syntax, every word quoted."""
        alternatives = [" AND ".join(_fts5_term(term) for term in group) for group in self.groups]
        expression = " OR ".join(f"({alternative})" for alternative in alternatives)
        for term in self.excluded:
            expression = f"({expression}) NOT {_fts5_term(term)}"
        return expression

    def to_tsquery(self) -> str:
        """The query in PostgreSQL `to_tsquery` syntax, every word quoted."""
        alternatives = [" & ".join(_ts_term(term) for term in group) for group in self.groups]
        expression = " | ".join(f"({alternative})" for alternative in alternatives)
        for term in self.excluded:
            expression = f"({expression}) & !{_ts_term(term)}"
        return expression


_TOKEN = re.compile(r'(-?)"([^"]*)"?|(\S+)')
_WORD = re.compile(r"\w+", re.UNICODE)


def parse_query(query: str) -> ParsedQuery:
    """Split a user's query into terms; raise `BadQuery` when it has nothing to look for."""
    groups: list[list[_Term]] = [[]]
    excluded: list[_Term] = []
    negate_next = False
    count = 0
    for match in _TOKEN.finditer(query):
        minus, phrase, bare = match.groups()
        if bare is not None:
            if bare in ("OR", "|"):
                if groups[-1]:
                    groups.append([])
                continue
            if bare in ("AND", "&", "+"):
                continue
            if bare == "NOT":
                negate_next = True
                continue
            negated = bare.startswith("-")
            body = bare.lstrip("-")
            prefix = body.endswith("*")
            words = tuple(_WORD.findall(body))
        else:
            negated, prefix = bool(minus), False
            words = tuple(_WORD.findall(phrase))
        if not words:
            continue
        count += 1
        if count > MAX_QUERY_TERMS:
            raise BadQuery(f"the query has more than {MAX_QUERY_TERMS} terms; shorten it")
        term = _Term(tuple(word.lower() for word in words), prefix, negated or negate_next)
        negate_next = False
        (excluded if term.negated else groups[-1]).append(term)
    kept = tuple(tuple(group) for group in groups if group)
    if not kept:
        raise BadQuery(
            f"nothing to search for in {query!r}: give at least one word or \"quoted phrase\" "
            "(NOT and -word only exclude)"
        )
    return ParsedQuery(kept, tuple(excluded))


def index_document(session: Session, document_id: int) -> int:
    """Write the search rows for one stored document (replacing any); return how many."""
    session.flush()
    unindex_document(session, document_id)
    meeting_of = (
        select(Meeting.id).where(Meeting.document_id == document_id).scalar_subquery()
    )
    date_of = select(Meeting.date).where(Meeting.document_id == document_id).scalar_subquery()
    sources = []
    for record_type in RECORD_TYPES:
        if record_type.search is None:
            continue
        model: Any = record_type.model
        if record_type.parent == "meeting":
            meeting_id, belongs = model.meeting_id, model.meeting_id == meeting_of
        else:
            meeting_id, belongs = meeting_of, model.document_id == document_id
        sources.append(
            select(literal(record_type.name), model.id, literal(document_id), meeting_id, date_of,
                   record_type.search.item(model), model.page, record_type.search.text(model))
            .where(belongs)
        )
    columns = ["record_type", "record_id", "document_id", "meeting_id", "date", "item", "page", "text"]
    # One statement for every searched kind: a bulk load runs this once per file.
    session.execute(insert(search_records).from_select(columns, union_all(*sources)))
    # Counted rather than summed from rowcount, which not every driver reports for INSERT ... SELECT.
    return session.scalar(
        select(func.count()).select_from(search_records).where(search_records.c.document_id == document_id)
    ) or 0


def unindex_document(session: Session, document_id: int) -> None:
    """Remove a document's search rows (the cascade also does this when it is deleted)."""
    session.execute(delete(search_records).where(search_records.c.document_id == document_id))


def rebuild_search_index(store: "Store") -> int:
    """Re-index every loaded document (for databases filled before search existed); return rows."""
    with store.session() as session:
        ids = session.scalars(select(Document.id).where(Document.status == "loaded")).all()
        return sum(index_document(session, document_id) for document_id in ids)


def optimize_search_index(store: "Store") -> None:
    """Compact the full-text index after a large load (SQLite merges FTS5 segments; PostgreSQL analyzes)."""
    with store.engine.begin() as connection:
        if store.dialect == "sqlite":
            connection.execute(text("INSERT INTO search_index(search_index) VALUES ('optimize')"))
        elif store.dialect == "postgresql":
            connection.execute(text("ANALYZE search_records"))


def search(
    store: "Store",
    query: str,
    *,
    scope: Scope = "all",
    body: str | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = DEFAULT_LIMIT,
    newest_first: bool = False,
) -> list[SearchHit]:
    """Records matching `query`, best first (or newest first), with snippet and source."""
    if scope not in SCOPES:
        raise BadQuery(f"unknown scope {scope!r}; choose one of {', '.join(SCOPES)}")
    parsed = parse_query(query)
    filters = _filters(scope=scope, body=body, date_from=date_from, date_to=date_to)
    with store.session() as session:
        if store.dialect == "postgresql":
            return _search_postgresql(session, parsed, filters, limit=limit, newest_first=newest_first)
        return _search_sqlite(session, parsed, filters, limit=limit, newest_first=newest_first)


def _filters(
    *, scope: str, body: str | None, date_from: dt.date | None, date_to: dt.date | None
) -> tuple[list[str], dict[str, object]]:
    """Fixed SQL conditions with bound parameters; user text only ever travels as a parameter."""
    conditions: list[str] = []
    params: dict[str, object] = {}
    record_type = SCOPES[scope]
    if record_type:
        conditions.append("r.record_type = :record_type")
        params["record_type"] = record_type
    if body:
        conditions.append("lower(b.name) LIKE :body ESCAPE '\\'")
        params["body"] = "%" + _escape_like(body.strip().lower()) + "%"
    if date_from:
        conditions.append("r.date >= :date_from")
        params["date_from"] = date_from
    if date_to:
        conditions.append("r.date <= :date_to")
        params["date_to"] = date_to
    return conditions, params


_HIT_COLUMNS = """r.record_type, r.record_id, r.text, r.date AS date, b.name AS body, r.item,
    d.file_name, r.page, r.document_id"""
_SOURCES = """JOIN documents d ON d.id = r.document_id
    LEFT JOIN bodies b ON b.id = d.body_id"""


def _filter_sources(body: bool) -> str:
    # Ranking joins the body only when a --body filter needs it.
    return _SOURCES if body else ""


def _search_sqlite(
    session: Session, parsed: ParsedQuery, filters: tuple[list[str], dict[str, object]],
    *, limit: int, newest_first: bool,
) -> list[SearchHit]:
    conditions, params = filters
    match = parsed.to_fts5()
    params |= {"match": match, "limit": limit}
    where = " AND ".join(["1 = 1", *conditions])
    sources = _filter_sources("body" in params)
    if newest_first and _has_more_matches(session, match, NEWEST_SCAN_THRESHOLD):
        # Many matches: walk records newest first down the date index and
        # stop at `limit`, rather than sorting every match by date.
        kept = f"""
            SELECT r.id, 0.0 AS rank FROM search_records r INDEXED BY ix_search_records_date {sources}
            WHERE r.id IN (SELECT rowid FROM search_index WHERE search_index MATCH :match) AND {where}
            ORDER BY r.date DESC, r.id DESC
            LIMIT :limit"""
    else:
        floor = ""
        if not conditions and not newest_first:
            floor = _rank_floor(session, match)
        order = "r.date DESC, h.rank" if newest_first else "h.rank"
        kept = f"""
            SELECT r.id, h.rank
            FROM (
                SELECT rowid AS id, bm25(search_index) AS rank FROM search_index
                WHERE search_index MATCH :match {floor}
            ) h
            JOIN search_records r ON r.id = h.id
            {sources}
            WHERE {where}
            ORDER BY {order}, r.id
            LIMIT :limit"""
    # Phase 1 (kept) ranks and filters on search_records alone; phase 2
    # joins the sources and makes snippets for the few rows kept. bm25 is
    # not called again there: each call re-counts the term's documents.
    sql = f"""
        WITH kept AS ({kept})
        SELECT r.id, {_HIT_COLUMNS}, kept.rank,
            snippet(search_index, 0, :mark_start, :mark_end, :ellipsis, :tokens) AS snippet
        FROM kept
        CROSS JOIN search_index ON search_index.rowid = kept.id
        JOIN search_records r ON r.id = kept.id
        {_SOURCES}
        WHERE search_index MATCH :match"""
    params |= {
        "mark_start": HIGHLIGHT_START, "mark_end": HIGHLIGHT_END,
        "ellipsis": SNIPPET_ELLIPSIS, "tokens": SNIPPET_TOKENS,
    }
    rows = list(session.execute(text(sql), params).all())
    if newest_first:
        rows.sort(key=lambda row: (row.date is None, _negated_date(row.date), row.rank, row.id))
    else:
        rows.sort(key=lambda row: (row.rank, row.id))
    # bm25 is lower-is-better; flip it so every backend ranks higher-is-better.
    return [_hit(row, -float(row.rank)) for row in rows]


def _rank_floor(session: Session, match: str) -> str:
    """A rowid bound limiting bm25 to the RANK_BUDGET most recently indexed matches, or ""."""
    floor = _nth_newest_match(session, match, RANK_BUDGET)
    return "" if floor is None else f"AND rowid > {int(floor)}"


def _has_more_matches(session: Session, match: str, count: int) -> bool:
    """True when `match` finds more than `count` records (costs at most `count` index steps)."""
    return _nth_newest_match(session, match, count) is not None


def _nth_newest_match(session: Session, match: str, offset: int) -> int | None:
    return session.execute(
        text(
            "SELECT rowid FROM search_index WHERE search_index MATCH :match "
            "ORDER BY rowid DESC LIMIT 1 OFFSET :offset"
        ),
        {"match": match, "offset": offset},
    ).scalar()


def _negated_date(value: object) -> int:
    if value is None:
        return 0
    day = value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))
    return -day.toordinal()


def _search_postgresql(
    session: Session, parsed: ParsedQuery, filters: tuple[list[str], dict[str, object]],
    *, limit: int, newest_first: bool,
) -> list[SearchHit]:
    conditions, params = filters
    # The tsquery is written out where it is used, not shared through a CTE,
    # so the planner sees it and can estimate how common its terms are.
    query = "to_tsquery('english', :match)"
    where = [f"r.search_vector @@ {query}", *conditions]
    if not conditions and not newest_first:
        # As on SQLite: rank only the RANK_BUDGET newest matches. For a common
        # term the planner walks the primary key backwards and stops early.
        where.append(
            f"r.id IN (SELECT s.id FROM search_records s WHERE s.search_vector @@ {query} "
            "ORDER BY s.id DESC LIMIT :budget)"
        )
    if newest_first:
        # Dated records down the date index (stopping at `limit`), then
        # undated ones (plans); ranking only breaks ties among the kept.
        sources = _filter_sources("body" in params)
        conditions_sql = " AND ".join(where)
        candidates = f"""
            (SELECT r.id FROM search_records r {sources}
                WHERE {conditions_sql} AND r.date IS NOT NULL
                ORDER BY r.date DESC, r.id DESC LIMIT :limit)
            UNION ALL
            (SELECT r.id FROM search_records r {sources}
                WHERE {conditions_sql} AND r.date IS NULL
                ORDER BY r.id DESC LIMIT :limit)"""
        where = [f"r.id IN ({candidates})"]
    order = "r.date DESC NULLS LAST, rank DESC" if newest_first else "rank DESC"
    # Headlines are costly, so they are made only for the rows kept.
    sql = f"""
        WITH ranked AS (
            SELECT r.id, {_HIT_COLUMNS}, ts_rank(r.search_vector, {query}) AS rank
            FROM search_records r
            {_SOURCES}
            WHERE {" AND ".join(where)}
            ORDER BY {order}, r.id
            LIMIT :limit
        )
        SELECT ranked.*, ts_headline('english', ranked.text, {query}, :headline) AS snippet
        FROM ranked
        ORDER BY {order.replace("r.date", "ranked.date")}, ranked.id"""
    params |= {
        "match": parsed.to_tsquery(), "limit": limit, "budget": RANK_BUDGET,
        "headline": (
            f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_END}, FragmentDelimiter={SNIPPET_ELLIPSIS}, "
            f"MaxWords={SNIPPET_TOKENS * 2}, MinWords={SNIPPET_TOKENS // 2}, MaxFragments=2"
        ),
    }
    rows = session.execute(text(sql), params).all()
    return [_hit(row, float(row.rank)) for row in rows]


def _hit(row: Row[Any], rank: float) -> SearchHit:
    date = row.date
    if isinstance(date, str):  # SQLite hands back text through a raw query
        date = dt.date.fromisoformat(date)
    return SearchHit(
        record_type=row.record_type, record_id=row.record_id, rank=rank, snippet=row.snippet,
        text=row.text, date=date, body=row.body, item=row.item, file=row.file_name,
        page=row.page, document_id=row.document_id,
    )


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _fts5_term(term: _Term) -> str:
    # Words are \w+ runs, so they never contain a double quote to escape.
    quoted = '"' + " ".join(term.words) + '"'
    return quoted + "*" if term.prefix else quoted


def _ts_term(term: _Term) -> str:
    parts = [f"'{word}'" for word in term.words]
    if term.prefix:
        parts[-1] += ":*"
    return parts[0] if len(parts) == 1 else "(" + " <-> ".join(parts) + ")"
