"""Full-text search over creators: SQLite FTS5 by default, PostgreSQL full-text search in
production, behind one interface.

Each creator has one row in ``creator_search`` with four weighted columns: name (display name
and handle), headline (both languages), place (category and region names) and body (bio, and
the titles, tags and motif names of published works). Text is folded in Python (case and
accents) before it is stored and before it is searched, so both databases match alike.

The row is rewritten whenever a flush touches the creator or one of their works (the
listeners at the end); bulk inserts that bypass the ORM call ``reindex_all``. Visibility is not
kept here: callers join the matches with the public creators.
"""

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import bindparam, column, delete, event, insert, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from ..models import Category, CreatorProfile, Region, User, Work

TABLE = "creator_search"
COLUMNS = ("name", "headline", "place", "body")
# The most terms a query keeps; more add nothing but work.
MAX_TERMS = 8
# Indonesian suffixes and particles: "tenunan" also finds "tenun", "lukisannya" finds "lukisan".
SUFFIXES = ("nya", "lah", "kah", "pun", "kan", "an")
MIN_STEM = 4

_WORD = re.compile(r"[^\W_]+")


def fold(text_: str) -> str:
    """Lower-case, without accents: "Sasandó" and "SASANDO" both become "sasando"."""
    decomposed = unicodedata.normalize("NFKD", text_)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def stem(word: str) -> str:
    """Strip one Indonesian suffix when enough of the word is left to still mean something."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            return word[: -len(suffix)]
    return word


def terms(query: str) -> list[str]:
    """The words of a search, folded and stemmed, each to be matched as a prefix."""
    words = [stem(word) for word in _WORD.findall(fold(query))]
    return list(dict.fromkeys(words))[:MAX_TERMS]


def outside_index(name: str, type_: str, _parent_names=None) -> bool:
    """Alembic's ``include_name``: the index (and, on SQLite, its FTS5 shadow tables) is raw
    SQL that differs per database, outside the models, so autogenerate leaves it alone."""
    return not (type_ == "table" and (name == TABLE or name.startswith(f"{TABLE}_")))


def matches(query_terms: list[str], dialect: str):
    """A subquery of (creator_id, tier, rank) for creators matching every term. Order by tier,
    then rank (both lower is better): the tier is the weightiest column holding any term
    (name, headline, place, body), so a name match comes first however often others repeat
    the word; rank orders within a tier."""
    every = " ".join(f'"{term}"*' for term in query_terms)
    anyone = " OR ".join(f'"{term}"*' for term in query_terms)
    if dialect == "sqlite":
        # Only our own column names go into the SQL; the words are bound parameters.
        tiers = " ".join(
            f"WHEN rowid IN (SELECT rowid FROM creator_search WHERE creator_search MATCH "  # noqa: S608
            f":{column}) THEN {tier}"
            for tier, column in enumerate(COLUMNS[:-1])
        )
        statement = text(
            f"SELECT rowid AS creator_id, CASE {tiers} ELSE 3 END AS tier, "  # noqa: S608
            "bm25(creator_search, 8.0, 4.0, 2.0, 1.0) AS rank "
            "FROM creator_search WHERE creator_search MATCH :match"
        ).bindparams(match=every, **{column: f"{column} : ({anyone})" for column in COLUMNS[:-1]})
    else:
        tiers = " ".join(
            f"WHEN to_tsvector('simple', {column}) @@ to_tsquery('simple', :anyone) THEN {tier}"
            for tier, column in enumerate(COLUMNS[:-1])
        )
        statement = text(
            f"SELECT creator_id, CASE {tiers} ELSE 3 END AS tier, "  # noqa: S608
            "-ts_rank(document, to_tsquery('simple', :match)) AS rank "
            "FROM creator_search WHERE document @@ to_tsquery('simple', :match)"
        ).bindparams(
            match=" & ".join(f"{term}:*" for term in query_terms),
            anyone=" | ".join(f"{term}:*" for term in query_terms),
        )
    columns = (column("creator_id"), column("tier"), column("rank"))
    return statement.columns(*columns).subquery("matches")


def reindex(connection: Connection, creator_ids: Iterable[int]) -> None:
    """Rewrite the index rows of these creators (deleted creators just lose theirs)."""
    ids = sorted(set(creator_ids))
    if not ids:
        return
    key = _key_column(connection)
    index = table(TABLE, column(key), *(column(name) for name in COLUMNS))
    connection.execute(delete(index).where(index.c[key].in_(ids)))
    rows = _documents(connection, ids)
    if rows:
        connection.execute(insert(index), [{key: row.pop("id"), **row} for row in rows])


def reindex_all(connection: Connection) -> None:
    """Rebuild the whole index, in batches (after bulk inserts, or to repair it)."""
    connection.execute(text("DELETE FROM creator_search"))
    ids = list(connection.scalars(select(CreatorProfile.id).order_by(CreatorProfile.id)))
    for start in range(0, len(ids), 1000):
        reindex(connection, ids[start : start + 1000])


def _key_column(connection: Connection) -> str:
    return "rowid" if connection.dialect.name == "sqlite" else "creator_id"


def _documents(connection: Connection, ids: list[int]) -> list[dict]:
    profiles = connection.execute(
        select(
            CreatorProfile.id,
            CreatorProfile.display_name,
            CreatorProfile.handle,
            CreatorProfile.headline,
            CreatorProfile.headline_en,
            CreatorProfile.bio,
            CreatorProfile.bio_en,
            Category.name_id,
            Category.name_en,
            Region.name,
        )
        .join(Category, Category.id == CreatorProfile.category_id)
        .join(Region, Region.id == CreatorProfile.region_id)
        .where(CreatorProfile.id.in_(bindparam("ids", expanding=True))),
        {"ids": ids},
    )
    works: dict[int, list[str]] = {}
    for row in connection.execute(
        select(Work.creator_id, Work.title, Work.title_en, Work.tags, Work.motif_name).where(
            Work.creator_id.in_(bindparam("ids", expanding=True)), Work.shown
        ),
        {"ids": ids},
    ):
        works.setdefault(row.creator_id, []).extend(row[1:])
    return [
        {
            "id": row.id,
            "name": _folded(row.display_name, row.handle),
            "headline": _folded(row.headline, row.headline_en),
            "place": _folded(row.name_id, row.name_en, row.name),
            "body": _folded(row.bio, row.bio_en, *works.get(row.id, ())),
        }
        for row in profiles
    ]


def _folded(*parts: str | None) -> str:
    return fold(" ".join(part for part in parts if part))


def prune(connection: Connection) -> None:
    """Drop the rows of creators that are gone (the database cascades account deletions)."""
    key = _key_column(connection)
    connection.execute(
        text(f"DELETE FROM creator_search WHERE {key} NOT IN (SELECT id FROM creator_profiles)")  # noqa: S608
    )


def _touched_creators(session: Session) -> set[int]:
    ids = set()
    for record in (*session.new, *session.dirty, *session.deleted):
        if isinstance(record, CreatorProfile):
            ids.add(record.id)
        elif isinstance(record, Work):
            ids.add(record.creator_id)
    return ids


def _renamed_places(session: Session) -> tuple[set[int], set[int]]:
    """Categories and regions changed in this flush: their creators' place column is stale."""
    categories = {r.id for r in session.dirty if isinstance(r, Category)}
    regions = {r.id for r in session.dirty if isinstance(r, Region)}
    return categories, regions


def _creators_in(connection: Connection, categories: set[int], regions: set[int]) -> list[int]:
    query = select(CreatorProfile.id).where(
        CreatorProfile.category_id.in_(categories) | CreatorProfile.region_id.in_(regions)
    )
    return list(connection.scalars(query))


# Keep the index in step with every ORM flush, in the flush's own transaction.
@event.listens_for(Session, "after_flush")
def _collect(session, _context):
    session.info.setdefault("search_reindex", set()).update(_touched_creators(session))
    categories, regions = _renamed_places(session)
    if categories or regions:
        session.info.setdefault("search_places", (set(), set()))
        session.info["search_places"][0].update(categories)
        session.info["search_places"][1].update(regions)
    if any(isinstance(record, User) for record in session.deleted):
        session.info["search_prune"] = True


@event.listens_for(Session, "after_flush_postexec")
def _reindex(session, _context):
    ids = session.info.pop("search_reindex", None) or set()
    places = session.info.pop("search_places", None)
    if places:
        ids.update(_creators_in(session.connection(), *places))
    if ids:
        reindex(session.connection(), ids)
    if session.info.pop("search_prune", False):
        prune(session.connection())
