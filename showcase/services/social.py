"""Creators' page handles and social links: the one place they are checked and turned into URLs.

Each ``normalise_*`` function takes what a person typed or pasted (a bare name, an ``@name`` or a
copied link), returns the one stored form, and raises :class:`InvalidValue` with a translatable
message saying what to type instead. Empty input is for the caller to treat as "not given".
"""

import re
from urllib.parse import SplitResult, parse_qs, quote, urlsplit

import phonenumbers
from flask_babel import lazy_gettext as _l


class InvalidValue(ValueError):
    """A value that cannot be used; ``message`` is a lazy translatable text saying what to type."""

    def __init__(self, message):
        super().__init__(message)
        self.message = message


RESERVED_HANDLES = frozenset(
    """
    about account accounts admin administrator api auth browse collection collections contact
    creator creators curate curator dashboard delete edit email etalase favicon help home lang
    login logout mail media moderator new none null official password privacy register reset
    robots root search settings signin signup sitemap staff static support terms undefined
    upload uploads user users www
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Handles and Instagram names: a-z, 0-9 and '_', with single dots only between them.
_NAME = re.compile(r"[a-z0-9_]+(\.[a-z0-9_]+)*")
_TIKTOK = re.compile(r"[a-z0-9._]{1,23}[a-z0-9_]")
_YOUTUBE_HANDLE = re.compile(r"[A-Za-z0-9._-]{3,30}")
_YOUTUBE_NAME = re.compile(r"[A-Za-z0-9._-]{1,100}")
_YOUTUBE_CHANNEL_ID = re.compile(r"UC[A-Za-z0-9_-]{22}")
_HOST_AND_PORT = re.compile(r"(?:[\w-]+\.)+[\w-]{2,}(:[0-9]{1,5})?")
_NOT_IN_URL = re.compile(r"[\s\"<>\\^`{|}\x00-\x1f\x7f]")

_INSTAGRAM_HOSTS = {"instagram.com", "www.instagram.com", "m.instagram.com"}
_INSTAGRAM_PAGES = {"p", "reel", "reels", "stories", "explore", "tv", "accounts", "direct"}
_TIKTOK_HOSTS = {"tiktok.com", "www.tiktok.com", "m.tiktok.com"}
_TIKTOK_SHORT_HOSTS = {"vm.tiktok.com", "vt.tiktok.com"}
_WHATSAPP_HOSTS = {"wa.me", "api.whatsapp.com", "whatsapp.com", "www.whatsapp.com"}
_YOUTUBE_HOSTS = {"youtube.com", "www.youtube.com", "m.youtube.com"}
_YOUTUBE_VIDEO_PATHS = ("/watch", "/shorts/", "/live/", "/embed/", "/playlist", "/v/")
_WHATSAPP_TYPES = {
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
}

_HANDLE_LENGTH = _l("Type a page address of 3 to 30 characters, like tenun.sumba.")
_HANDLE_CHARACTERS = _l(
    "Use only letters a-z, numbers, dots and underscores for your page address, like tenun.sumba, "
    "with no spaces, no dot at the start or end and no two dots in a row."
)
_HANDLE_RESERVED = _l(
    "That page address is kept for the site itself. Choose another, like tenun.sumba."
)
_INSTAGRAM_MESSAGE = _l(
    "Type your Instagram username, like @tenun.sumba or instagram.com/tenun.sumba."
)
_INSTAGRAM_POST = _l(
    "That is a link to a post or page, not to a profile. "
    "Type your Instagram username, like @tenun.sumba."
)
_TIKTOK_MESSAGE = _l("Type your TikTok username, like @tenun.sumba or tiktok.com/@tenun.sumba.")
_TIKTOK_SHORT = _l(
    "That is a short share link. Open it, then copy your profile address, "
    "like tiktok.com/@tenun.sumba, or type your username, like @tenun.sumba."
)
_PHONE_MESSAGE = _l("Type a phone number, like 0812 3456 7890 or +62 812 3456 7890.")
_WHATSAPP_MESSAGE = _l("Type your WhatsApp number, like 0812-3456-7890 or +62 812-3456-7890.")
_WHATSAPP_LANDLINE = _l(
    "That is a landline number. Type the mobile number you use on WhatsApp, like 0812-3456-7890."
)
_YOUTUBE_MESSAGE = _l("Type your YouTube channel, like @tenunsumba or youtube.com/@tenunsumba.")
_YOUTUBE_VIDEO = _l(
    "That is a link to a video. Type your YouTube channel instead, "
    "like @tenunsumba or youtube.com/@tenunsumba."
)
_WEBSITE_MESSAGE = _l("Type your website address, like tenunsumba.id or https://tenunsumba.id.")


def _link(text: str, hosts: set[str], message) -> SplitResult | None:
    """The parts of ``text`` when it is a link to one of ``hosts``; None when it is no link.

    Text counts as a link when it holds a '/' or is one of the host names. A link elsewhere, with
    another scheme, a port or a user name in it, raises InvalidValue with ``message``.
    """
    if "/" not in text and text.split("?")[0].lower() not in hosts:
        return None
    parts = urlsplit(text if "://" in text else "https://" + text)
    if parts.scheme not in ("http", "https") or parts.netloc.lower() not in hosts:
        raise InvalidValue(message)
    return parts


def _segments(parts: SplitResult) -> list[str]:
    return [segment for segment in parts.path.split("/") if segment]


def normalise_handle(raw: str) -> str:
    """A creator's page handle (the page lives at ``/@<handle>``), lower-case without the '@'.

    3 to 30 of a-z, 0-9, '_' and '.', with no dot at either end or two in a row; not a word the
    site keeps for itself (:data:`RESERVED_HANDLES`).
    """
    handle = raw.strip().removeprefix("@").lower()
    if not 3 <= len(handle) <= 30:
        raise InvalidValue(_HANDLE_LENGTH)
    if not _NAME.fullmatch(handle):
        raise InvalidValue(_HANDLE_CHARACTERS)
    if handle in RESERVED_HANDLES:
        raise InvalidValue(_HANDLE_RESERVED)
    return handle


def normalise_instagram(raw: str) -> str:
    """The bare lower-case Instagram username from a name, an ``@name`` or a profile link."""
    text = raw.strip()
    parts = _link(text, _INSTAGRAM_HOSTS, _INSTAGRAM_MESSAGE)
    if parts is None:
        name = text.removeprefix("@")
    else:
        segments = _segments(parts)
        if not segments:
            raise InvalidValue(_INSTAGRAM_MESSAGE)
        name = segments[0]
    name = name.lower()
    if name in _INSTAGRAM_PAGES:
        raise InvalidValue(_INSTAGRAM_POST)
    if len(name) > 30 or not _NAME.fullmatch(name):
        raise InvalidValue(_INSTAGRAM_MESSAGE)
    return name


def normalise_tiktok(raw: str) -> str:
    """The bare lower-case TikTok username from a name, an ``@name`` or a profile or video link."""
    text = raw.strip()
    parts = _link(text, _TIKTOK_HOSTS | _TIKTOK_SHORT_HOSTS, _TIKTOK_MESSAGE)
    if parts is None:
        name = text.removeprefix("@")
    elif parts.netloc.lower() in _TIKTOK_SHORT_HOSTS:
        raise InvalidValue(_TIKTOK_SHORT)
    else:
        segments = _segments(parts)
        if not segments or not segments[0].startswith("@"):
            raise InvalidValue(_TIKTOK_MESSAGE)
        name = segments[0].removeprefix("@")
    name = name.lower()
    if not _TIKTOK.fullmatch(name):
        raise InvalidValue(_TIKTOK_MESSAGE)
    return name


def normalise_whatsapp(raw: str, region: str = "ID") -> str:
    """A WhatsApp number in E.164 form, like ``+6281234567890``.

    Takes a number as people write it (``0812-3456-7890``, ``+62 812 3456 7890``, ``62812...``)
    or a ``wa.me`` link. Numbers without '+' are read as numbers of ``region``, unless they start
    with that region's country code. Only valid mobile numbers are accepted: a landline cannot
    be used on WhatsApp.
    """
    text = raw.strip()
    parts = _link(text, _WHATSAPP_HOSTS, _WHATSAPP_MESSAGE)
    if parts is not None and parts.netloc.lower() == "wa.me":
        text = "+" + parts.path.strip("/").removeprefix("+")  # wa.me/6281234567890
    elif parts is not None:
        text = "+" + parse_qs(parts.query).get("phone", [""])[0].strip().removeprefix("+")
    number = re.sub(r"[\s().-]", "", text)
    if not re.fullmatch(r"\+?[0-9]{6,17}", number):
        raise InvalidValue(_WHATSAPP_MESSAGE)
    country_code = str(phonenumbers.country_code_for_region(region))
    if not number.startswith("+") and number.startswith(country_code):
        number = "+" + number  # 62812... is an international number typed without its '+'
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException as error:
        raise InvalidValue(_WHATSAPP_MESSAGE) from error
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidValue(_WHATSAPP_MESSAGE)
    if phonenumbers.number_type(parsed) not in _WHATSAPP_TYPES:
        raise InvalidValue(_WHATSAPP_LANDLINE)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def normalise_phone(raw: str, region: str = "ID") -> str:
    """Any valid phone number (mobile, landline, from abroad) in E.164 form."""
    number = re.sub(r"[\s().-]", "", raw.strip())
    if not re.fullmatch(r"\+?[0-9]{6,17}", number):
        raise InvalidValue(_PHONE_MESSAGE)
    try:
        parsed = phonenumbers.parse(number, region)
    except phonenumbers.NumberParseException as error:
        raise InvalidValue(_PHONE_MESSAGE) from error
    if not phonenumbers.is_valid_number(parsed):
        raise InvalidValue(_PHONE_MESSAGE)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def normalise_youtube(raw: str) -> str:
    """The canonical https URL of a YouTube channel, from an ``@handle`` or a channel link.

    Channel links may be ``/@handle``, ``/channel/UC...``, ``/c/name`` or ``/user/name``;
    links to videos, shorts and playlists are refused, as is a bare name without '@'.
    """
    text = raw.strip()
    parts = _link(text, _YOUTUBE_HOSTS | {"youtu.be"}, _YOUTUBE_MESSAGE)
    if parts is None:
        segments = [text]
    elif parts.netloc.lower() == "youtu.be" or parts.path.lower().startswith(_YOUTUBE_VIDEO_PATHS):
        raise InvalidValue(_YOUTUBE_VIDEO)
    else:
        segments = _segments(parts)
    if segments and segments[0].startswith("@") and _YOUTUBE_HANDLE.fullmatch(segments[0][1:]):
        return f"https://www.youtube.com/{segments[0]}"
    if parts is not None and len(segments) >= 2:
        kind, name = segments[0].lower(), segments[1]
        if kind == "channel" and _YOUTUBE_CHANNEL_ID.fullmatch(name):
            return f"https://www.youtube.com/channel/{name}"
        if kind in ("c", "user") and _YOUTUBE_NAME.fullmatch(name):
            return f"https://www.youtube.com/{kind}/{name}"
    raise InvalidValue(_YOUTUBE_MESSAGE)


def normalise_website(raw: str) -> str:
    """A website address as an http(s) URL; ``https://`` is added when no scheme is given.

    The host must have a dot in it; spaces, a user name or password, and addresses over 255
    characters are refused.
    """
    text = raw.strip()
    url = text if re.match(r"[a-z][a-z0-9+.-]*://", text, re.IGNORECASE) else "https://" + text
    if len(url) > 255 or _NOT_IN_URL.search(url):
        raise InvalidValue(_WEBSITE_MESSAGE)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not _HOST_AND_PORT.fullmatch(parts.netloc):
        raise InvalidValue(_WEBSITE_MESSAGE)  # also refuses user:password@ before the host
    return url


def instagram_url(username: str) -> str:
    """The profile URL of an Instagram username, as stored by :func:`normalise_instagram`."""
    return f"https://www.instagram.com/{quote(username, safe='')}/"


def tiktok_url(username: str) -> str:
    """The profile URL of a TikTok username, as stored by :func:`normalise_tiktok`."""
    return f"https://www.tiktok.com/@{quote(username, safe='')}"


def whatsapp_url(e164: str, text: str = "") -> str:
    """A wa.me chat link for an E.164 number, with ``text`` URL-encoded as the first message."""
    url = f"https://wa.me/{e164.removeprefix('+')}"
    return f"{url}?text={quote(text, safe='')}" if text else url
