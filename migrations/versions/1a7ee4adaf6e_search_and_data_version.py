"""Search and cache freshness: the creator search index and the site's data version.

The index is an FTS5 table on SQLite and a table with a weighted, generated tsvector and a GIN
index on PostgreSQL (showcase.services.search keeps it up to date). It is filled here from the
creators already stored, with the same folding (case and accents) the app uses.

Revision ID: 1a7ee4adaf6e
Revises: 247a53fca1f0
Create Date: 2026-11-25 23:50:00

"""
import secrets
import unicodedata
from datetime import UTC, datetime

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '1a7ee4adaf6e'
down_revision = '247a53fca1f0'
branch_labels = None
depends_on = None

POSTGRES_INDEX = """
CREATE TABLE creator_search (
    creator_id integer PRIMARY KEY,
    name text NOT NULL DEFAULT '',
    headline text NOT NULL DEFAULT '',
    place text NOT NULL DEFAULT '',
    body text NOT NULL DEFAULT '',
    document tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', name), 'A')
        || setweight(to_tsvector('simple', headline), 'B')
        || setweight(to_tsvector('simple', place), 'C')
        || setweight(to_tsvector('simple', body), 'D')
    ) STORED
)
"""
SQLITE_INDEX = (
    "CREATE VIRTUAL TABLE creator_search USING fts5("
    "name, headline, place, body, tokenize = 'unicode61 remove_diacritics 2')"
)


def upgrade():
    op.create_table('site_state',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('data_version', sa.String(length=32), nullable=False),
    sa.Column('changed_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site_state'))
    )
    op.execute(
        sa.table('site_state', sa.column('id'), sa.column('data_version'), sa.column('changed_at'))
        .insert()
        .values(id=1, data_version=secrets.token_hex(8), changed_at=datetime.now(UTC))
    )
    if op.get_bind().dialect.name == 'sqlite':
        op.execute(SQLITE_INDEX)
    else:
        op.execute(POSTGRES_INDEX)
        op.execute('CREATE INDEX ix_creator_search_document ON creator_search USING gin (document)')
    _fill_index(op.get_bind())


def downgrade():
    op.execute('DROP TABLE creator_search')
    op.drop_table('site_state')


def _fold(*parts):
    text = unicodedata.normalize('NFKD', ' '.join(part for part in parts if part))
    return ''.join(c for c in text if not unicodedata.combining(c)).casefold()


def _fill_index(connection):
    works = {}
    for row in connection.execute(sa.text(
        'SELECT creator_id, title, title_en, tags, motif_name FROM works WHERE published'
    )):
        works.setdefault(row[0], []).extend(row[1:])
    profiles = connection.execute(sa.text(
        'SELECT p.id, p.display_name, p.handle, p.headline, p.headline_en, p.bio, p.bio_en, '
        'c.name_id, c.name_en, r.name FROM creator_profiles p '
        'JOIN categories c ON c.id = p.category_id JOIN regions r ON r.id = p.region_id'
    ))
    key = 'rowid' if connection.dialect.name == 'sqlite' else 'creator_id'
    rows = [
        {
            'id': row[0],
            'name': _fold(row[1], row[2]),
            'headline': _fold(row[3], row[4]),
            'place': _fold(*row[7:10]),
            'body': _fold(row[5], row[6], *works.get(row[0], ())),
        }
        for row in profiles
    ]
    if rows:
        connection.execute(sa.text(
            f'INSERT INTO creator_search ({key}, name, headline, place, body) '
            'VALUES (:id, :name, :headline, :place, :body)'
        ), rows)
