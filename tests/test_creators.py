import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from showcase.extensions import db
from showcase.models import CreatorProfile, Role, Work

from .conftest import PASSWORD

PROFILE = {
    "display_name": "Yusuf Ndun",
    "category": "musik",
    "region": "rote-ndao",
    "headline": "Pemain sasando dari Rote",
    "headline_en": "Sasando player from Rote",
    "bio": "Bermain sasando sejak kecil.\nLihat https://example.org/rekaman",
    "bio_en": "",
    "instagram": "https://www.instagram.com/Yusuf.Sasando/",
    "tiktok": "@yusuf_ndun",
    "youtube": "",
    "website": "",
    "whatsapp": "0812-3456-7890",
    "show_whatsapp": "y",
    "available_for_hire": "y",
    "price_from": "Rp 1.500.000",
}


def work_titles(page: str) -> list[str]:
    """The titles of the works on a creator page, in the order shown."""
    return re.findall(r'id="work-\d+"[\s\S]*?class="title"[^>]*>([^<]+)', page)


def test_a_creator_builds_a_page_and_buyers_see_the_works_in_order(client):
    """Register, log in, edit the profile, add three works, reorder them, see the page."""
    registration = {
        "email": "yusuf@example.com",
        "password": PASSWORD,
        "handle": "yusuf.ndun",
        "display_name": "Yusuf",
        "category": "musik",
        "region": "rote-ndao",
    }
    assert client.post("/register", data=registration).status_code == 302
    client.post("/logout")
    assert (
        client.post("/login", data={"email": "yusuf@example.com", "password": PASSWORD}).status_code
        == 302
    )

    assert client.post("/dashboard/profile", data=PROFILE).status_code == 302
    for title in ("Lagu Rote", "Ofa Langga", "Bolelebo"):
        response = client.post("/dashboard/works/new", data={"title": title, "published": "y"})
        assert response.status_code == 302
    works = db.session.query(Work).order_by(Work.position).all()
    assert [work.title for work in works] == ["Lagu Rote", "Ofa Langga", "Bolelebo"]

    # Bolelebo to the top, then Lagu Rote to the bottom.
    bolelebo, lagu_rote = works[2], works[0]
    client.post(f"/dashboard/works/{bolelebo.id}/move/up")
    client.post(f"/dashboard/works/{bolelebo.id}/move/up")
    client.post(f"/dashboard/works/{lagu_rote.id}/move/down")

    client.post("/logout")
    page = client.get("/@yusuf.ndun", headers={"Accept-Language": "id"}).get_data(as_text=True)
    assert work_titles(page) == ["Bolelebo", "Ofa Langga", "Lagu Rote"]
    assert "Yusuf Ndun" in page
    assert "Pemain sasando dari Rote" in page
    assert "Rp 1.500.000" in page
    assert 'href="https://www.instagram.com/yusuf.sasando/"' in page
    assert 'href="https://www.tiktok.com/@yusuf_ndun"' in page
    assert 'href="https://example.org/rekaman" rel="nofollow ugc noopener"' in page
    assert "Bermain sasando sejak kecil.<br>" in page


def test_the_page_address_is_case_insensitive_and_redirects_to_lower_case(client, make_creator):
    make_creator(handle="maria.bili")
    response = client.get("/@Maria.Bili")
    assert response.status_code == 301
    assert response.headers["Location"].endswith("/@maria.bili")
    assert client.get("/@maria.bili").status_code == 200
    assert client.get("/@nobody.here").status_code == 404


def test_whatsapp_shows_only_when_the_creator_opts_in(client, make_creator):
    user = make_creator(handle="ina.tefa", whatsapp="+6281234567890", show_whatsapp=False)
    assert "wa.me/62" not in client.get("/@ina.tefa").get_data(as_text=True)
    db.session.get(CreatorProfile, user.creator.id).show_whatsapp = True
    db.session.commit()
    page = client.get("/@ina.tefa").get_data(as_text=True)
    link = re.search(r'href="(https://wa\.me/[^"]+)"', page).group(1)
    assert link.startswith("https://wa.me/6281234567890?text=Halo%20")
    assert "Etalase" in link
    assert "%2F%40ina.tefa" in link or "/@ina.tefa" in link


def test_show_whatsapp_needs_a_number(client, auth, make_creator):
    auth.login(make_creator())
    data = {**PROFILE, "whatsapp": ""}
    response = client.post("/dashboard/profile", data=data)
    assert response.status_code == 400
    assert "Add your WhatsApp number" in response.get_data(as_text=True)


def test_profile_form_says_what_to_type_for_a_bad_instagram(client, auth, make_creator):
    auth.login(make_creator())
    response = client.post(
        "/dashboard/profile", data={**PROFILE, "instagram": "facebook.com/yusuf"}
    )
    assert response.status_code == 400
    assert "Instagram username" in response.get_data(as_text=True)


def test_bio_is_plain_text_and_links_are_made_safely(client, make_creator):
    make_creator(
        handle="aman",
        bio='<script>alert(1)</script> javascript:alert(2) <a href="x">y</a> www.tenun.id',
    )
    page = client.get("/@aman").get_data(as_text=True)
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;" in page
    assert 'href="javascript:' not in page
    assert 'href="x"' not in page
    assert '<a href="http://www.tenun.id" rel="nofollow ugc noopener"' in page


def test_english_readers_see_the_english_version_when_there_is_one(client, make_creator, make_work):
    user = make_creator(handle="dua.bahasa", headline="Penenun ikat", headline_en="Ikat weaver")
    make_work(user, title="Selendang", title_en="Shawl", description="Kain", description_en="")
    indonesian = client.get("/@dua.bahasa", headers={"Accept-Language": "id"}).get_data(
        as_text=True
    )
    assert "Penenun ikat" in indonesian
    assert "Selendang" in indonesian
    english = client.get("/@dua.bahasa", headers={"Accept-Language": "en"}).get_data(as_text=True)
    assert "Ikat weaver" in english
    assert "Shawl" in english
    assert "Kain" in english  # no English description: the Indonesian one is shown


def test_unpublished_works_are_only_in_the_preview(client, auth, make_creator, make_work):
    user = make_creator(handle="draf", listed=False)
    make_work(user, title="Sudah jadi", published=True)
    make_work(user, title="Masih draf", published=False)
    assert work_titles(client.get("/@draf").get_data(as_text=True)) == ["Sudah jadi"]
    auth.login(user)
    preview = client.get("/dashboard/preview").get_data(as_text=True)
    assert "Masih draf" in preview


def test_a_hidden_profile_is_a_404_to_strangers_only(app, client, make_creator, make_staff):
    owner = make_creator(handle="tersembunyi", hidden=True)
    assert client.get("/@tersembunyi").status_code == 404
    stranger = make_creator()
    client.post("/login", data={"email": stranger.email, "password": PASSWORD})
    assert client.get("/@tersembunyi").status_code == 404
    client.post("/logout")

    client.post("/login", data={"email": owner.email, "password": PASSWORD})
    assert client.get("/@tersembunyi").status_code == 200
    client.post("/logout")

    curator = make_staff(Role.CURATOR)
    client.post("/login", data={"email": curator.email, "password": PASSWORD})
    assert client.get("/@tersembunyi").status_code == 200
    assert "tersembunyi" not in client.get("/").get_data(as_text=True)


def test_home_page_lists_creators_with_links(client, make_creator):
    make_creator(handle="ada.di.depan", display_name="Ada Di Depan")
    make_creator(handle="tak.terlihat", display_name="Tak Terlihat", hidden=True)
    page = client.get("/").get_data(as_text=True)
    assert 'href="/@ada.di.depan"' in page
    assert "Tak Terlihat" not in page


def test_deleting_a_work(client, auth, make_creator, make_work):
    user = make_creator()
    work = make_work(user, title="Akan dihapus")
    auth.login(user)
    page = f"/@{user.creator.handle}"
    assert "Akan dihapus" in work_titles(client.get(page).get_data(as_text=True))
    assert client.post(f"/dashboard/works/{work.id}/delete").status_code == 302
    assert "Akan dihapus" not in work_titles(client.get(page).get_data(as_text=True))
    assert client.get(f"/@{user.creator.handle}/works/{work.id}").status_code == 404
    dashboard = client.get("/dashboard").get_data(as_text=True)
    assert f'action="/dashboard/works/{work.id}/undelete"' in dashboard

    assert client.post(f"/dashboard/works/{work.id}/undelete").status_code == 302
    assert "Akan dihapus" in work_titles(client.get(page).get_data(as_text=True))


def test_deleted_works_are_purged_once_the_undo_window_has_passed(
    app, client, auth, make_creator, make_work
):
    user = make_creator()
    work = make_work(user, title="Akan hilang")
    auth.login(user)
    client.post(f"/dashboard/works/{work.id}/delete")
    client.get("/dashboard")
    db.session.expire_all()
    assert db.session.get(Work, work.id) is not None, "still within the undo window"

    stored = db.session.get(Work, work.id)
    stored.deleted_at -= timedelta(minutes=app.config["UNDO_MINUTES"] + 1)
    db.session.commit()
    client.get("/dashboard")
    db.session.expire_all()
    assert db.session.get(Work, work.id) is None


def test_editing_a_work_keeps_what_was_typed_when_it_is_refused(
    client, auth, make_creator, make_work
):
    user = make_creator()
    work = make_work(user, title="Judul lama")
    auth.login(user)
    response = client.post(
        f"/dashboard/works/{work.id}/edit",
        data={"title": "Judul baru", "year": "dua ribu", "description": "Tetap di sini"},
    )
    assert response.status_code == 400
    page = response.get_data(as_text=True)
    assert "Type a year" in page
    assert 'value="Judul baru"' in page
    assert "Tetap di sini" in page
    db.session.expire_all()
    assert db.session.get(Work, work.id).title == "Judul lama"


def test_tags_are_tidied(client, auth, make_creator):
    user = make_creator(listed=False)
    auth.login(user)
    client.post(
        "/dashboard/works/new", data={"title": "Kain", "tags": " Tenun,#Sumba, tenun ,,Ikat  Kuno"}
    )
    work = db.session.scalar(select(Work).where(Work.creator_id == user.creator.id))
    assert work.tags == "tenun, sumba, ikat kuno"


def test_pages_send_security_headers_and_load_nothing_from_elsewhere(client, make_creator):
    make_creator(handle="aman.sekali", website="https://contoh.id")
    response = client.get("/@aman.sekali")
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy
    assert "frame-ancestors 'none'" in policy
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    page = response.get_data(as_text=True)
    assert (
        re.findall(r'(?:src|href)="https?://(?!etalase\.test)[^"]*"[^>]*rel="stylesheet"', page)
        == []
    )
    assert (
        re.findall(r'<(?:script|img|link)[^>]+(?:src|href)="https?://(?!etalase\.test)', page) == []
    )
    # Data, and the site's own small scripts only.
    assert re.findall(r'<script(?![^>]*(?:application/ld\+json|src="/static/js/))', page) == []


def test_a_creator_downloads_a_qr_code_and_a_printable_card(client, auth, make_creator):
    import io as _io

    from PIL import Image as _Image

    auth.login(make_creator(handle="qr.kode"))
    png = client.get("/dashboard/qr.png")
    assert png.mimetype == "image/png"
    assert "attachment" in png.headers["Content-Disposition"]
    assert _Image.open(_io.BytesIO(png.data)).size[0] >= 200
    svg = client.get("/dashboard/qr.svg")
    assert svg.mimetype == "image/svg+xml"
    assert svg.data.startswith(b"<svg")
    card = client.get("/dashboard/card").get_data(as_text=True)
    assert 'src="data:image/svg+xml;base64,' in card and "etalase.test/@qr.kode" in card
    assert client.get("/dashboard/qr.gif").status_code == 404


def test_pages_carry_share_tags_and_structured_data(client, make_creator, make_work):
    import json

    user = make_creator(
        handle="dibagi", display_name="Dibagi Ke WA", instagram="dibagi.ig", listed=False
    )
    make_work(user, title="Kain Ikat", year=2024, licence="cc-by")
    page = client.get("/@dibagi").get_data(as_text=True)
    assert '<meta property="og:image" content="http://etalase.test/@dibagi/card.jpg">' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    data = json.loads(page.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["@type"] == "Person" and data["name"] == "Dibagi Ke WA"
    assert "https://www.instagram.com/dibagi.ig/" in data["sameAs"]
    work = data["workExample"][0]
    assert (work["name"], work["dateCreated"]) == ("Kain Ikat", "2024")
    assert work["license"] == "https://creativecommons.org/licenses/by/4.0/"


def test_the_share_card_is_a_1200_by_630_picture_of_public_pages_only(client, make_creator):
    import io as _io

    from PIL import Image as _Image

    make_creator(handle="kartu")
    response = client.get("/@kartu/card.jpg")
    assert response.mimetype == "image/jpeg"
    assert _Image.open(_io.BytesIO(response.data)).size == (1200, 630)
    make_creator(handle="tersembunyi.kartu", hidden=True)
    assert client.get("/@tersembunyi.kartu/card.jpg").status_code == 404
    assert client.get("/@tidak.ada/card.jpg").status_code == 404


def test_json_ld_cannot_break_out_of_its_script(client, make_creator):
    make_creator(handle="nakal", display_name="</script><script>alert(1)</script>")
    page = client.get("/@nakal").get_data(as_text=True)
    assert "</script><script>alert(1)" not in page


def test_light_mode_sends_text_and_the_smallest_pictures(app, client, make_creator, make_work):
    from showcase.models import PicturePurpose
    from showcase.services.media import add_picture, add_work_image

    from .conftest import photo_bytes

    user = make_creator(handle="hemat", listed=False)
    work = make_work(user, title="Kain hemat")
    with app.app_context():
        add_work_image(db.session.get(Work, work.id), photo_bytes(size=(1600, 1200)), "Kain")
        cover = add_picture(user, photo_bytes(size=(1600, 600)), purpose=PicturePurpose.COVER)
        db.session.get(CreatorProfile, user.creator.id).cover_id = cover.id
        db.session.commit()
    with app.app_context():
        add_work_image(db.session.get(Work, work.id), photo_bytes(size=(1600, 1200)), "Sisi")
    full = client.get("/@hemat").get_data(as_text=True)
    assert " 1280w" in full and 'class="banner"' in full
    work_page = f"/@hemat/works/{work.id}"
    for light in (client.get(work_page, headers={"Save-Data": "on"}), None):
        if light is None:
            client.get(f"/light/on?next={work_page}")
            light = client.get(work_page)
        page = light.get_data(as_text=True)
        assert " 640w" not in page and " 1280w" not in page
        assert '<details class="tap"><summary>Show photo: Sisi</summary>' in page
    page = client.get("/@hemat").get_data(as_text=True)
    assert 'class="banner"' not in page and " 640w" not in page
    client.get("/light/off")
    assert " 1280w" in client.get(work_page).get_data(as_text=True)


@pytest.mark.parametrize("query", ["handle=x", "_method=POST", "_external=1&_anchor=a", "a=1&a=2"])
def test_a_mixed_case_handle_redirects_with_any_query_string(client, make_creator, query):
    make_creator(handle="campur")
    response = client.get(f"/@Campur?{query}")
    assert response.status_code == 301
    assert response.headers["Location"] == f"/@campur?{query}"
