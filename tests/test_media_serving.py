"""Media is served only through code that checks visibility, and never the original."""

import io

from PIL import Image

from showcase.extensions import db
from showcase.models import CreatorProfile, PicturePurpose
from showcase.services.media import add_picture

from .conftest import PASSWORD


def _photo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (800, 600), (120, 40, 30)).save(buffer, "JPEG")
    return buffer.getvalue()


def _avatar(app, user):
    with app.app_context():
        picture = add_picture(user, _photo(), purpose=PicturePurpose.AVATAR)
        profile = db.session.get(CreatorProfile, user.creator.id)
        profile.avatar_id = picture.id
        db.session.commit()
        return {asset.variant: asset.key for asset in picture.assets}


def test_derivatives_are_served_for_an_hour_and_originals_never(app, client, make_creator):
    keys = _avatar(app, make_creator(handle="foto"))
    response = client.get(f"/media/{keys['webp-320']}")
    assert response.status_code == 200
    assert response.mimetype == "image/webp"
    # Anything can be hidden by curators: no year-long "immutable" (issue 13, item 11).
    assert response.headers["Cache-Control"] == "public, max-age=3600"
    again = client.get(
        f"/media/{keys['webp-320']}", headers={"If-None-Match": response.headers["ETag"]}
    )
    assert again.status_code == 304
    assert client.get(f"/media/{keys['original']}").status_code == 404


def test_media_of_a_hidden_page_is_seen_only_by_its_owner(app, client, make_creator):
    user = make_creator(handle="disembunyikan", hidden=True)
    keys = _avatar(app, user)
    assert client.get(f"/media/{keys['webp-640']}").status_code == 404
    client.post("/login", data={"email": user.email, "password": PASSWORD})
    assert client.get(f"/media/{keys['webp-640']}").status_code == 200


def test_unknown_and_malformed_keys_are_404(client):
    for key in ("tidak/ada.webp", "a%00b", "..%2F..%2Fetc%2Fpasswd", "%FF%FE"):
        assert client.get(f"/media/{key}").status_code == 404
