import re

import pytest

from showcase.extensions import db
from showcase.models import Work
from showcase.services.social import InvalidValue
from showcase.services.work_links import normalise_work_link, provider

from .conftest import PASSWORD


@pytest.mark.parametrize(
    ("raw", "expected", "name"),
    [
        (
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "YouTube",
        ),
        ("youtu.be/dQw4w9WgXcQ", "https://youtu.be/dQw4w9WgXcQ", "YouTube"),
        (
            "https://youtube.com/shorts/abcdef12345",
            "https://youtube.com/shorts/abcdef12345",
            "YouTube",
        ),
        (
            "soundcloud.com/sasando-rote/ofa-langga",
            "https://soundcloud.com/sasando-rote/ofa-langga",
            "SoundCloud",
        ),
        (
            "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC",
            "https://open.spotify.com/track/4uLU6hMCjMI75M1A2tKUQC",
            "Spotify",
        ),
        (
            "https://www.instagram.com/p/C1a2b3c4d5/",
            "https://www.instagram.com/p/C1a2b3c4d5/",
            "Instagram",
        ),
        (
            "http://www.tiktok.com/@kupang.food/video/7291234567890",
            "https://www.tiktok.com/@kupang.food/video/7291234567890",
            "TikTok",
        ),
    ],
)
def test_post_and_track_links_are_accepted(raw, expected, name):
    assert normalise_work_link(raw) == expected
    assert provider(expected) == name


@pytest.mark.parametrize(
    "raw",
    [
        "https://www.youtube.com/@sasando",  # a channel, not a video
        "https://www.instagram.com/tenun.sumba/",  # a profile, not a post
        "https://example.org/lagu.mp3",
        "javascript:alert(1)",
        "https://open.spotify.com/",
        "https://evil.example/youtube.com/watch?v=x",
        "https://www.tiktok.com/@kupang.food",
        "bukan tautan",
    ],
)
def test_other_links_are_refused(raw):
    with pytest.raises(InvalidValue):
        normalise_work_link(raw)


def test_a_link_work_shows_a_plain_link_card_and_no_embed(client, make_creator):
    user = make_creator(handle="lagu", listed=False)
    client.post("/login", data={"email": user.email, "password": PASSWORD})
    response = client.post(
        "/dashboard/works/new",
        data={"title": "Ofa Langga", "published": "y", "link_url": "youtu.be/dQw4w9WgXcQ"},
    )
    assert response.status_code == 302
    assert db.session.query(Work).one().kind == "link"
    page = client.get("/@lagu").get_data(as_text=True)
    assert 'href="https://youtu.be/dQw4w9WgXcQ"' in page
    assert "Open on YouTube" in page
    assert "<iframe" not in page
    assert re.findall(r'<script(?![^>]*(?:application/ld\+json|src="/static/js/))', page) == []
