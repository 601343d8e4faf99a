"""Every public page runs a fixed few SQL statements, the same for 10 creators as for 500.

Each page is measured cold (first request after a write, so nothing comes from the page
cache); the catalog of categories and regions is loaded by the first page of each round.
"""

from itertools import product
from urllib.parse import urlencode

from showcase.demo.scale import seed_scale
from showcase.extensions import db
from showcase.models import Collection, CollectionItem, PicturePurpose, Work, WorkKind
from showcase.services.media import add_picture, add_work_image, attach_recording, make_playable

from .conftest import photo_bytes
from .media_samples import wav
from .pages import statements

BUDGET = 6

BROWSE_FILTERS = {
    "q": ["", "sasando"],
    "category": ["", "musik"],
    "region": ["", "rote-ndao"],
    "available": ["", "y"],
    "sort": ["", "newest", "name"],
    "page": ["", "2"],
}


def _browse_paths() -> list[str]:
    paths = []
    for values in product(*BROWSE_FILTERS.values()):
        query = {key: value for key, value in zip(BROWSE_FILTERS, values, strict=True) if value}
        paths.append(f"/browse?{urlencode(query)}" if query else "/browse")
    return paths


PATHS = [
    "/",
    *_browse_paths(),
    "/browse/musik?region=rote-ndao",
    "/@pertama",
    "/api/v1/creators",
    "/api/v1/creators?category=musik&region=rote-ndao&q=sasando&page=1",
    "/api/v1/creators/pertama",
    "/sitemap.xml",
    "/@pertama/works/{work}",
    "/@pertama/inquire",
    "/@pertama/report",
    "/collections/{collection}",
    "/about",
    "/privacy",
    "/terms",
    "/login",
    "/register",
]


def _ten_creators(app, make_creator, make_work) -> dict:
    """Ten listed sasando players and a published collection of them; the first's work id and
    the collection's slug, for the paths."""
    members = []
    for number in range(10):
        user = make_creator(
            handle="pertama" if number == 0 else None,
            bio="Pemain sasando",
            category="musik",
            region="rote-ndao",
        )
        work = make_work(user, title="Lagu", tags="sasando")
        with app.app_context():
            picture = add_picture(user, photo_bytes(size=(64, 64)), purpose=PicturePurpose.AVATAR)
            db.session.get(type(user.creator), user.creator.id).avatar_id = picture.id
            db.session.commit()
            if number < 3:
                add_work_image(db.session.get(Work, work.id), photo_bytes(size=(64, 48)), "x")
        members.append(user.creator.id)
        if number == 0:
            first_work = work.id
            with app.app_context():
                song = db.session.get(Work, make_work(user, title="Lagu Rote").id)
                original = attach_recording(song, wav(), WorkKind.AUDIO)
                make_playable(original.id)  # its renditions are what load-test creators share
    collection = Collection(slug="sasando-rote", title="Sasando Rote", published=True)
    collection.items = [CollectionItem(creator_id=creator_id) for creator_id in members]
    db.session.add(collection)
    db.session.commit()
    return {"work": first_work, "collection": collection.slug}


def test_public_pages_cost_the_same_few_statements_for_10_or_500_creators(
    app, client, make_creator, make_work
):
    names = _ten_creators(app, make_creator, make_work)
    paths = [path.format(**names) for path in PATHS]
    few = {path: statements(app, client, path) for path in paths}
    with app.app_context():
        assert seed_scale(490) == 490  # bulk: their works and shared avatars included
    many = {path: statements(app, client, path) for path in paths}
    assert client.get("/api/v1/creators").get_json()["meta"]["total"] == 500, "all listed"
    assert many == few
    over = {path: count for path, count in many.items() if count > BUDGET}
    assert over == {}, f"over {BUDGET} statements"
