"""The partner API: public data only, paged, and every response as its OpenAPI document says."""

import pytest
from openapi_schema_validator import OAS31Validator
from openapi_spec_validator import validate as validate_spec

from showcase.extensions import db
from showcase.models import PicturePurpose, User, Work
from showcase.services.media import add_picture, add_work_image

from .conftest import photo_bytes


@pytest.fixture
def spec(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    return response.get_json()


@pytest.fixture
def checked(client, spec):
    """GET a path, check the status and that the body matches the document's schema."""

    def get(path: str, status: int = 200):
        response = client.get(path)
        assert response.status_code == status, response.get_data(as_text=True)
        assert response.mimetype == "application/json"
        operation = _operation(spec, path)
        content = operation["responses"][str(status)]["content"]["application/json"]
        schema = {**content["schema"], "components": spec["components"]}
        OAS31Validator(schema).validate(response.get_json())
        return response.get_json()

    return get


def _operation(spec: dict, path: str) -> dict:
    route = path.split("?")[0].removeprefix("/api/v1")
    template = "/creators/{handle}" if route.count("/") == 2 else route
    return spec["paths"][template]["get"]


@pytest.fixture
def catalogue(make_creator, make_work):
    ana = make_creator(
        handle="ana",
        display_name="Ana Sasando",
        category="musik",
        region="rote-ndao",
        whatsapp="+6281234567890",
        show_whatsapp=True,
        instagram="ana.sasando",
    )
    make_work(ana, title="Lagu Rote", tags="sasando, lagu")
    make_work(ana, title="Draf rahasia", published=False)
    make_creator(
        handle="beni", display_name="Beni Tenun", category="fesyen", whatsapp="+6281111111111"
    )
    make_creator(handle="cici", display_name="Cici Hilang", hidden=True)
    return ana


def test_the_document_is_valid_openapi_3_1(spec):
    validate_spec(spec)
    assert set(spec["paths"]) == {"/creators", "/creators/{handle}"}


def test_the_list_holds_public_creators_only(client, checked, catalogue):
    body = checked("/api/v1/creators")
    assert sorted(creator["handle"] for creator in body["data"]) == ["ana", "beni"]
    assert body["meta"] == {"page": 1, "pages": 1, "per_page": 24, "total": 2}
    assert body["links"]["next"] is None and body["links"]["prev"] is None


def test_no_response_holds_an_email_address_or_a_hidden_thing(client, checked, catalogue):
    for path in ("/api/v1/creators", "/api/v1/creators/ana", "/api/v1/creators?q=ana"):
        text = client.get(path).get_data(as_text=True)
        assert "@example.com" not in text and "email" not in text
        assert "Draf rahasia" not in text and "Cici" not in text
    checked("/api/v1/creators/cici", status=404)


def test_filters_and_search_combine(checked, catalogue):
    def handles(query):
        return [creator["handle"] for creator in checked(f"/api/v1/creators?{query}")["data"]]

    assert handles("category=musik") == ["ana"]
    assert handles("region=rote-ndao&category=fesyen") == ["beni"]
    assert handles("q=sasando") == ["ana"]
    assert handles("q=tenun&category=musik") == []


def test_pages_link_to_each_other(checked, make_creator):
    for number in range(30):
        make_creator(handle=f"kreator{number:02d}", category="kriya")
    first = checked("/api/v1/creators?category=kriya&sort=name")
    assert (first["meta"]["pages"], first["meta"]["total"], len(first["data"])) == (2, 30, 24)
    assert (
        first["links"]["next"]
        == "http://etalase.test/api/v1/creators?category=kriya&sort=name&page=2"
    )
    second = checked(first["links"]["next"].removeprefix("http://etalase.test"))
    assert len(second["data"]) == 6
    assert second["links"]["prev"] == first["links"]["self"]
    seen = {creator["handle"] for creator in first["data"] + second["data"]}
    assert len(seen) == 30
    past = checked("/api/v1/creators?category=kriya&page=3")
    assert past["data"] == [] and past["links"]["prev"] is None


def test_one_creator_with_published_works_and_absolute_media_urls(app, checked, catalogue):
    with app.app_context():
        work = db.session.scalar(db.select(Work).where(Work.title == "Lagu Rote"))
        add_work_image(work, photo_bytes(size=(800, 600)), "Ana memainkan sasando")
    creator = checked("/api/v1/creators/ana")["data"]
    assert creator["url"] == "http://etalase.test/@ana"
    # The fixture's photo work (which lists her), then hers; never the draft.
    assert [work["title"] for work in creator["works"]] == ["Portofolio", "Lagu Rote"]
    lagu = creator["works"][1]
    assert lagu["tags"] == ["sasando", "lagu"]
    image = lagu["images"][0]
    assert image["alt"] == "Ana memainkan sasando"
    assert image["variants"][0]["url"].startswith("http://etalase.test/media/")
    assert "originals/" not in str(creator)  # the private original never shows
    assert creator["links"]["instagram"] == "https://www.instagram.com/ana.sasando/"
    assert creator["links"]["whatsapp"].startswith("https://wa.me/6281234567890")


def test_whatsapp_shows_only_when_the_creator_opted_in(checked, catalogue):
    assert checked("/api/v1/creators/beni")["data"]["links"]["whatsapp"] is None


def test_a_deactivated_account_is_not_served(checked, catalogue):
    user = db.session.scalar(db.select(User).where(User.email == "ana@example.com"))
    user.active = False
    db.session.commit()
    checked("/api/v1/creators/ana", status=404)
    assert checked("/api/v1/creators?q=ana")["data"] == []


@pytest.mark.parametrize(
    "query",
    ["page=0", "page=x", "category=masak", "region=jakarta", "q=" + "a" * 101, "sort=up", "foo=1"],
)
def test_bad_parameters_are_a_400_in_json(checked, query):
    error = checked(f"/api/v1/creators?{query}", status=400)["error"]
    assert error["status"] == 400 and error["message"]


@pytest.mark.parametrize("handle", ["nobody", "A", "x" * 40, "%00"])
def test_unknown_handles_are_a_404_in_json(checked, handle):
    assert checked(f"/api/v1/creators/{handle}", status=404)["error"]["status"] == 404


def test_responses_are_conditional_and_open_to_other_origins(client, catalogue):
    first = client.get("/api/v1/creators/ana")
    assert first.headers["Access-Control-Allow-Origin"] == "*"
    again = client.get("/api/v1/creators/ana", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304


def test_sort_and_available_are_honoured(checked, make_creator):
    make_creator(handle="zeta", display_name="Zeta", available_for_hire=False)
    make_creator(handle="alfa", display_name="Alfa")
    by_name = checked("/api/v1/creators?sort=name")["data"]
    assert [creator["handle"] for creator in by_name] == ["alfa", "zeta"]
    assert len(checked("/api/v1/creators?available=0")["data"]) == 2
    assert [c["handle"] for c in checked("/api/v1/creators?available=y")["data"]] == ["alfa"]


def test_urls_name_the_site_not_the_requests_host(client, catalogue):
    body = client.get("/api/v1/creators/ANA", headers={"Host": "evil.example"}).get_json()
    assert body["data"]["url"].startswith("http://etalase.test/")


def test_creators_lead_with_the_picture_their_cards_show(app, checked, make_creator, make_work):
    dewi = make_creator(handle="dewi", listed=False)
    work = make_work(dewi, title="Kain Dewi")
    with app.app_context():
        add_work_image(db.session.get(Work, work.id), photo_bytes(size=(800, 600)), "Kain ikat")
    listed = {item["handle"]: item for item in checked("/api/v1/creators")["data"]}
    assert listed["dewi"]["picture"]["alt"] == "Kain ikat", "no cover: the first work photo"

    with app.app_context():
        cover = add_picture(dewi, photo_bytes(size=(1200, 400)), purpose=PicturePurpose.COVER)
        db.session.get(User, dewi.id).creator.cover_id = cover.id
        db.session.commit()
        cover_url = cover.served("webp")[0].key
    listed = {item["handle"]: item for item in checked("/api/v1/creators")["data"]}
    assert cover_url in listed["dewi"]["picture"]["variants"][0]["url"]
    assert checked("/api/v1/creators/dewi")["data"]["picture"] == listed["dewi"]["picture"]
