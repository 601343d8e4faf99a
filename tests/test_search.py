"""Search: one interface over SQLite FTS5 and PostgreSQL full-text search."""

import pytest

from showcase.extensions import db
from showcase.models import User
from showcase.services import creators as creator_service
from showcase.services import search

from .pages import names


@pytest.fixture
def weavers(make_creator, make_work):
    ina = make_creator(
        handle="ina",
        display_name="Ina Ndao",
        category="fesyen",
        region="sumba-timur",
        headline="Penenun ikat dari Sumba",
        bio="Menenun kain dengan pewarna alami.",
    )
    make_work(ina, title="Selendang Hinggi", tags="tenun, ikat", motif_name="Kuda")
    make_creator(
        handle="yoel",
        display_name="Yoel Sasandó",
        category="musik",
        region="rote-ndao",
        headline="Pemain sasando",
        bio="Lagu daerah Rote.",
    )
    make_creator(
        handle="maria",
        display_name="Maria Foto",
        category="fotografi",
        region="kota-kupang",
        bio="Memotret tenun dan sasando untuk katalog.",
    )
    return ina


def fresh(user: User) -> User:
    """The user again, in the test's session (a request closes the session it used)."""
    return db.session.get(User, user.id)


def found(client, query: str, **filters) -> list[str]:
    response = client.get("/browse", query_string={"q": query, **filters})
    assert response.status_code == 200
    return names(response.get_data(as_text=True))


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("sasando", ["Yoel Sasandó", "Maria Foto"]),  # name before bio
        ("SASANDÓ", ["Yoel Sasandó", "Maria Foto"]),  # case and accents ignored
        ("sasan", ["Yoel Sasandó", "Maria Foto"]),  # a prefix
        ("Ina", ["Ina Ndao"]),
        ("penenun", ["Ina Ndao"]),  # headline
        ("pewarna alami", ["Ina Ndao"]),  # bio, every word
        ("hinggi", ["Ina Ndao"]),  # a work's title
        ("ikat", ["Ina Ndao"]),  # a tag
        ("tenunan", ["Maria Foto", "Ina Ndao"]),  # Indonesian suffix: tenunan → tenun
        ("kuda", ["Ina Ndao"]),  # the motif's name
        ("kupang", ["Maria Foto"]),  # the region
        ("sasando kupang", ["Maria Foto"]),
        ("gitar", []),
    ],
)
def test_search_matches_name_headline_bio_works_and_tags(client, weavers, query, expected):
    assert sorted(found(client, query)) == sorted(expected)


def test_a_name_match_ranks_above_a_headline_and_a_bio_match(client, weavers, make_creator):
    make_creator(handle="zz", display_name="Tenun Zaman", category="kriya")
    assert found(client, "tenun")[0] == "Tenun Zaman"
    assert found(client, "sasando") == ["Yoel Sasandó", "Maria Foto"]
    assert found(client, "penenun") == ["Ina Ndao"]


def test_search_combines_with_the_filters(client, weavers):
    assert found(client, "sasando", category="fotografi") == ["Maria Foto"]
    assert found(client, "sasando", region="rote-ndao") == ["Yoel Sasandó"]
    assert found(client, "sasando", sort="name") == ["Maria Foto", "Yoel Sasandó"]


def test_hidden_creators_and_unpublished_works_are_not_found(client, weavers, make_work):
    make_work(weavers, title="Rahasia Lama", published=False)
    assert found(client, "rahasia") == []
    assert found(client, "hinggi") == ["Ina Ndao"]
    fresh(weavers).creator.hidden = True
    db.session.commit()
    assert found(client, "hinggi") == []


def test_edits_are_found_on_the_next_request(app, client, weavers):
    assert found(client, "songket") == []
    creator_service.update_profile(fresh(weavers).creator, headline="Penenun songket")
    assert found(client, "songket") == ["Ina Ndao"]
    assert found(client, "penenun") == ["Ina Ndao"]
    assert found(client, "hinggi") == ["Ina Ndao"]
    with app.app_context():
        creator_service.delete_work(fresh(weavers).creator.works[0])
    assert found(client, "hinggi") == []


def test_deleting_an_account_drops_it_from_the_index(client, weavers):
    assert found(client, "hinggi") == ["Ina Ndao"]
    db.session.delete(fresh(weavers))
    db.session.commit()
    assert found(client, "hinggi") == []
    dialect = db.session.get_bind().dialect.name
    assert db.session.execute(search.matches(["hinggi"], dialect).select()).all() == []


@pytest.mark.parametrize(
    "query", ['"', "*", "tenun*", "a OR b", "NEAR(a b)", "x:* & y", "(", "'", "-", "^tenun", "∞"]
)
def test_search_syntax_in_a_query_is_just_text(client, weavers, query):
    response = client.get("/browse", query_string={"q": query})
    assert response.status_code == 200


def test_a_query_over_100_characters_is_a_400(client):
    response = client.get("/browse", query_string={"q": "a" * 101})
    assert response.status_code == 400
    assert "100" in response.get_data(as_text=True)


@pytest.mark.parametrize(
    ("query", "suggested"),
    [
        ("musk", 'href="/browse/musik"'),  # a typo
        ("fashion", 'href="/browse/fesyen"'),
        ("alorr", 'href="/browse?region=alor"'),
        ("sumba", 'href="/browse?region=sumba-barat"'),
    ],
)
def test_an_empty_result_suggests_the_nearest_category_or_region(client, query, suggested):
    page = client.get("/browse", query_string={"q": query}).get_data(as_text=True)
    assert "No creators match" in page
    assert suggested in page


def test_a_result_suggests_nothing(client, weavers):
    page = client.get("/browse", query_string={"q": "sasando"}).get_data(as_text=True)
    assert "Try instead" not in page


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("Sasandó  SASANDO", ["sasando"]),
        ("tenunan-tenunan", ["tenun"]),
        ("lukisannya", ["lukisan"]),
        ("ikan", ["ikan"]),  # too short to lose its ending
        ("Ñ ç é", ["n", "c", "e"]),
        ('"x" OR y*', ["x", "or", "y"]),
        ("", []),
    ],
)
def test_terms_are_folded_and_stemmed(text, terms):
    assert search.terms(text) == terms


def test_reindex_all_rebuilds_the_index(app, weavers):
    with app.app_context():
        connection = db.session.connection()
        connection.exec_driver_sql("DELETE FROM creator_search")
        search.reindex_all(connection)
        matched = connection.execute(search.matches(["hinggi"], connection.dialect.name).select())
        assert [row.creator_id for row in matched] == [weavers.creator.id]


def test_a_name_match_beats_many_repeats_in_bios_and_works(app, client, make_creator):
    from showcase.demo.scale import seed_scale

    with app.app_context():
        seed_scale(200)  # an index of some size, where a word's rarity weighs in
    words = " ".join(["sasando"] * 8)
    for _ in range(3):
        make_creator(bio=f"{words}: lagu {words} setiap hari.")
    make_creator(handle="ina.s", display_name="Ina Sasando", bio="Penyanyi dari Rote.")
    assert found(client, "sasando")[0] == "Ina Sasando"
