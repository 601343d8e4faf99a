"""A work's own page: shareable on its own, with its preview card and structured data."""

import io
import json

import pytest
from PIL import Image

from showcase.extensions import db
from showcase.models import Work
from showcase.services.media import add_work_image

from .conftest import photo_bytes
from .pages import statements


@pytest.fixture
def kain(app, make_creator, make_work):
    user = make_creator(handle="rambu", display_name="Rambu Ndapa", category="fesyen", listed=False)
    work = make_work(
        user,
        title="Hinggi Kombu",
        title_en="Kombu hinggi",
        description="Kain tenun ikat dengan motif kuda.",
        tags="tenun, ikat",
        year=2023,
        licence="cc-by",
    )
    with app.app_context():
        add_work_image(db.session.get(Work, work.id), photo_bytes(size=(900, 600)), "Kain merah")
    return work


def json_ld(page: str) -> dict:
    return json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])


def test_a_work_page_carries_share_tags_canonical_and_a_creative_work(client, kain):
    response = client.get(f"/@rambu/works/{kain.id}", headers={"Accept-Language": "id"})
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    url = f"http://etalase.test/@rambu/works/{kain.id}"
    assert f'<link rel="canonical" href="{url}">' in page
    assert f'<meta property="og:image" content="{url}/card.jpg">' in page
    assert '<meta property="og:title" content="Hinggi Kombu · Rambu Ndapa">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert 'alt="Kain merah"' in page and "motif kuda" in page
    data = json_ld(page)
    assert (data["@type"], data["name"], data["url"]) == ("CreativeWork", "Hinggi Kombu", url)
    assert data["creator"] == {
        "@type": "Person",
        "name": "Rambu Ndapa",
        "url": "http://etalase.test/@rambu",
    }
    assert data["keywords"] == "tenun, ikat" and data["image"][0].startswith("http://etalase.test/")
    assert data["license"] == "https://creativecommons.org/licenses/by/4.0/"


def test_the_page_follows_the_readers_language(client, kain):
    page = client.get(f"/@rambu/works/{kain.id}").get_data(as_text=True)  # English
    assert "<h1>Kombu hinggi</h1>" in page


def test_the_creator_page_links_each_work_to_its_own_page(client, kain):
    page = client.get("/@rambu").get_data(as_text=True)
    assert f'href="/@rambu/works/{kain.id}"' in page
    data = json_ld(page)
    assert data["workExample"][0]["url"] == f"http://etalase.test/@rambu/works/{kain.id}"


def test_the_work_card_is_1200_by_630_with_the_works_photo(client, kain):
    response = client.get(f"/@rambu/works/{kain.id}/card.jpg")
    assert response.status_code == 200 and response.mimetype == "image/jpeg"
    card = Image.open(io.BytesIO(response.data))
    assert card.size == (1200, 630)
    # The photo fills the card's top (the default card is plain indigo there).
    red, green, blue = card.convert("RGB").getpixel((600, 100))
    assert red > blue


def test_drafts_other_creators_and_hidden_pages_are_404(
    client, auth, kain, make_creator, make_work
):
    draft = make_work(db.session.get(Work, kain.id).creator.user, title="Draf", published=False)
    other = make_creator(handle="lain")
    for path in (
        f"/@rambu/works/{draft.id}",
        f"/@rambu/works/{draft.id}/card.jpg",
        f"/@lain/works/{kain.id}",  # someone else's work under this handle
        "/@rambu/works/99999",
        "/@rambu/works/0",
        "/@rambu/works/x",
    ):
        assert client.get(path).status_code == 404, path
    auth.login(other)
    assert client.get(f"/@rambu/works/{draft.id}").status_code == 404
    auth.logout()
    auth.login("rambu@example.com")
    own = client.get(f"/@rambu/works/{draft.id}")
    assert own.status_code == 200 and '<meta name="robots" content="noindex">' in own.text
    auth.logout()
    creator = db.session.get(Work, kain.id).creator
    creator.hidden = True
    db.session.commit()
    assert client.get(f"/@rambu/works/{kain.id}").status_code == 404
    assert client.get(f"/@rambu/works/{kain.id}/card.jpg").status_code == 404


def test_the_sitemap_lists_published_works(client, kain, make_work):
    draft = make_work(db.session.get(Work, kain.id).creator.user, title="Draf", published=False)
    sitemap = client.get("/sitemap.xml").get_data(as_text=True)
    assert f"<loc>http://etalase.test/@rambu/works/{kain.id}</loc>" in sitemap
    assert f"/works/{draft.id}<" not in sitemap


def test_a_mixed_case_handle_redirects_to_lower_case(client, kain):
    response = client.get(f"/@Rambu/works/{kain.id}")
    assert response.status_code == 301
    assert response.headers["Location"].endswith(f"/@rambu/works/{kain.id}")


def test_a_work_page_runs_a_fixed_few_statements(app, client, kain, make_work):
    few = statements(app, client, f"/@rambu/works/{kain.id}")
    for _ in range(5):
        make_work(db.session.get(Work, kain.id).creator.user)
    assert statements(app, client, f"/@rambu/works/{kain.id}") == few <= 6
