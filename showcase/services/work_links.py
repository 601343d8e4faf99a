"""Works that live elsewhere: a YouTube video, a SoundCloud or Spotify track, an Instagram or
TikTok post. Shown as plain links (no third-party script or frame on our pages)."""

import re
from urllib.parse import urlsplit

from flask_babel import lazy_gettext as _l

from .social import InvalidValue, normalise_website

# provider, host names, and the path a post or track has there
PROVIDERS = (
    (
        "YouTube",
        {"youtube.com", "www.youtube.com", "m.youtube.com"},
        re.compile(r"/(watch|shorts/[\w-]{6,}|live/[\w-]{6,})"),
    ),
    ("YouTube", {"youtu.be"}, re.compile(r"/[\w-]{6,}")),
    (
        "SoundCloud",
        {"soundcloud.com", "www.soundcloud.com", "m.soundcloud.com"},
        re.compile(r"/[\w-]+/(sets/)?[\w-]+"),
    ),
    (
        "Spotify",
        {"open.spotify.com"},
        re.compile(r"/(intl-\w+/)?(track|album|playlist|artist|episode|show)/\w+"),
    ),
    ("Instagram", {"instagram.com", "www.instagram.com"}, re.compile(r"/(p|reel)/[\w-]+")),
    ("TikTok", {"tiktok.com", "www.tiktok.com", "m.tiktok.com"}, re.compile(r"/@[\w.]+/video/\d+")),
)
_MESSAGE = _l(
    "Paste the link of a YouTube video, a SoundCloud or Spotify track, or an Instagram or "
    "TikTok post."
)


def normalise_work_link(raw: str) -> str:
    """The https link to a post or track on one of PROVIDERS, or InvalidValue."""
    try:
        url = normalise_website(raw)
    except InvalidValue as error:
        raise InvalidValue(_MESSAGE) from error
    if provider(url) is None:
        raise InvalidValue(_MESSAGE)
    return "https://" + url.split("://", 1)[1]


def provider(url: str) -> str | None:
    parts = urlsplit(url)
    for name, hosts, path in PROVIDERS:
        if parts.netloc.lower() in hosts and path.match(parts.path):
            return name
    return None
