"""Handles and social links: what is accepted, what it becomes, and what is refused."""

import pytest
from flask_babel.speaklater import LazyString

from showcase.services.social import (
    RESERVED_HANDLES,
    InvalidValue,
    instagram_url,
    normalise_handle,
    normalise_instagram,
    normalise_tiktok,
    normalise_website,
    normalise_whatsapp,
    normalise_youtube,
    tiktok_url,
    whatsapp_url,
)


def refused(function, raw, **kwargs) -> str:
    """The message ``function`` refuses ``raw`` with, as text."""
    with pytest.raises(InvalidValue) as caught:
        function(raw, **kwargs)
    assert isinstance(caught.value.message, LazyString)
    return str(caught.value.message)


# --- page handles -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("tenun.sumba", "tenun.sumba"),
        ("@tenun.sumba", "tenun.sumba"),
        ("  @Tenun.Sumba  ", "tenun.sumba"),
        ("IKAT_KUPANG", "ikat_kupang"),
        ("abc", "abc"),
        ("a" * 30, "a" * 30),
        ("_ende_", "_ende_"),
        ("sasando2024", "sasando2024"),
        ("123", "123"),
        ("a.b.c", "a.b.c"),
        ("moke_flores", "moke_flores"),
        ("rote.ndao_", "rote.ndao_"),
        ("\ttenun\n", "tenun"),
        ("admin_tenun", "admin_tenun"),
        ("etalase.ntt", "etalase.ntt"),
    ],
)
def test_handle_accepted(raw, expected):
    assert normalise_handle(raw) == expected


@pytest.mark.parametrize(
    ("raw", "phrase"),
    [
        ("", "3 to 30"),
        ("@", "3 to 30"),
        ("ab", "3 to 30"),
        ("@ab", "3 to 30"),
        ("a" * 31, "3 to 30"),
        ("tenun sumba", "letters a-z"),
        ("tenun-sumba", "letters a-z"),
        (".tenun", "letters a-z"),
        ("tenun.", "letters a-z"),
        ("tenun..sumba", "letters a-z"),
        ("ténun", "letters a-z"),
        ("@@tenun", "letters a-z"),
        ("tenun/sumba", "letters a-z"),
        ("<script>", "letters a-z"),
        ("admin", "kept for the site"),
        ("@Admin", "kept for the site"),
        ("login", "kept for the site"),
        ("static", "kept for the site"),
        ("etalase", "kept for the site"),
        ("null", "kept for the site"),
    ],
)
def test_handle_refused_with_the_right_message(raw, phrase):
    assert phrase in refused(normalise_handle, raw)


def test_reserved_handles_are_valid_handles_otherwise():
    assert isinstance(RESERVED_HANDLES, frozenset)
    assert len(RESERVED_HANDLES) >= 40
    assert {"admin", "api", "static", "login", "dashboard", "undefined", "www"} <= RESERVED_HANDLES
    for word in RESERVED_HANDLES:
        assert "kept for the site" in refused(normalise_handle, word)


# --- Instagram ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("tenun.sumba", "tenun.sumba"),
        ("@tenun.sumba", "tenun.sumba"),
        ("  @Tenun.Sumba ", "tenun.sumba"),
        ("a", "a"),
        ("_", "_"),
        ("x" * 30, "x" * 30),
        ("https://www.instagram.com/tenun.sumba/", "tenun.sumba"),
        ("https://www.instagram.com/tenun.sumba", "tenun.sumba"),
        ("instagram.com/tenun.sumba", "tenun.sumba"),
        ("www.instagram.com/tenun.sumba//", "tenun.sumba"),
        ("http://instagram.com/tenun.sumba?igshid=x", "tenun.sumba"),
        ("m.instagram.com/tenun.sumba", "tenun.sumba"),
        ("HTTPS://WWW.INSTAGRAM.COM/Tenun_Sumba/", "tenun_sumba"),
        ("https://www.instagram.com/tenun.sumba/?hl=id#top", "tenun.sumba"),
        ("https://www.instagram.com/tenun.sumba/reels/", "tenun.sumba"),
        ("https://www.instagram.com/tenun.sumba/p/C1a2b3/", "tenun.sumba"),
    ],
)
def test_instagram_accepted(raw, expected):
    assert normalise_instagram(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "@",
        "tenun sumba",
        "tenun-sumba",
        ".tenun",
        "tenun.",
        "tenun..sumba",
        "x" * 31,
        "@@tenun",
        "ténun",
        "instagram.com",
        "https://www.instagram.com/",
        "https://www.instagram.com/?hl=id",
        "facebook.com/tenun.sumba",
        "https://instagram.com.evil.com/tenun",
        "https://evil.com/instagram.com/tenun",
        "https://user@instagram.com/tenun",
        "instagram.com:8080/tenun",
        "ftp://instagram.com/tenun",
        "javascript:alert(1)",
        "javascript://instagram.com/%0aalert(1)",
        "instagram.com/%74enun",
    ],
)
def test_instagram_refused(raw):
    assert "Instagram username" in refused(normalise_instagram, raw)


@pytest.mark.parametrize(
    "raw",
    [
        "https://www.instagram.com/p/C1a2b3d4/",
        "instagram.com/reel/C1a2b3d4",
        "https://www.instagram.com/reels/C1a2b3d4/",
        "https://www.instagram.com/stories/tenun.sumba/123/",
        "https://www.instagram.com/explore/tags/tenun/",
        "instagram.com/accounts/login/",
    ],
)
def test_instagram_post_links_refused_as_not_a_profile(raw):
    message = refused(normalise_instagram, raw)
    assert "not to a profile" in message
    assert "Instagram username" in message


# --- TikTok -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("tenun.sumba", "tenun.sumba"),
        ("@tenun.sumba", "tenun.sumba"),
        (" @Tenun_Sumba ", "tenun_sumba"),
        ("ab", "ab"),
        ("x" * 24, "x" * 24),
        (".tenun", ".tenun"),
        ("tenun..sumba", "tenun..sumba"),
        ("https://www.tiktok.com/@tenun.sumba", "tenun.sumba"),
        ("tiktok.com/@tenun.sumba", "tenun.sumba"),
        ("www.tiktok.com/@tenun.sumba/", "tenun.sumba"),
        ("m.tiktok.com/@tenun.sumba?lang=id", "tenun.sumba"),
        ("https://www.tiktok.com/@tenun.sumba/video/7312345678901234567", "tenun.sumba"),
        ("https://www.tiktok.com/@Tenun.Sumba?is_from_webapp=1&sender_device=pc", "tenun.sumba"),
        ("HTTP://TIKTOK.COM/@IKAT", "ikat"),
    ],
)
def test_tiktok_accepted(raw, expected):
    assert normalise_tiktok(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "@",
        "a",
        "@a",
        "tenun.",
        "x" * 25,
        "tenun sumba",
        "tenun-sumba",
        "@@tenun",
        "ténun",
        "tiktok.com",
        "https://www.tiktok.com/",
        "tiktok.com/tenun.sumba",
        "https://www.tiktok.com/tag/tenun",
        "https://www.tiktok.com/@",
        "instagram.com/@tenun",
        "https://tiktok.com.evil.com/@tenun",
        "https://user@tiktok.com/@tenun",
        "javascript:alert(1)",
    ],
)
def test_tiktok_refused(raw):
    assert "TikTok username" in refused(normalise_tiktok, raw)


@pytest.mark.parametrize(
    "raw",
    ["https://vm.tiktok.com/ZSabc123/", "vt.tiktok.com/ZSabc123", "vm.tiktok.com"],
)
def test_tiktok_short_links_ask_for_the_profile_address(raw):
    assert "Open it" in refused(normalise_tiktok, raw)


# --- WhatsApp -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0812-3456-7890", "+6281234567890"),
        ("0812 3456 7890", "+6281234567890"),
        ("081234567890", "+6281234567890"),
        ("  0812.3456.7890 ", "+6281234567890"),
        ("+62 812-3456-7890", "+6281234567890"),
        ("+6281234567890", "+6281234567890"),
        ("62 812 3456 7890", "+6281234567890"),
        ("6281234567890", "+6281234567890"),
        ("(+62) 812-3456-7890", "+6281234567890"),
        ("+62 0812 3456 7890", "+6281234567890"),
        ("0852 3912 3456", "+6285239123456"),
        ("0811-3800-123", "+628113800123"),
        ("0878 1234 5678", "+6287812345678"),
        ("wa.me/6281234567890", "+6281234567890"),
        ("https://wa.me/6281234567890", "+6281234567890"),
        ("https://wa.me/6281234567890?text=Halo", "+6281234567890"),
        ("https://api.whatsapp.com/send?phone=6281234567890&text=Halo", "+6281234567890"),
        ("+61 412 345 678", "+61412345678"),
        ("+44 7911 123456", "+447911123456"),
        ("+1 650 253 0000", "+16502530000"),
    ],
)
def test_whatsapp_accepted(raw, expected):
    assert normalise_whatsapp(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "0812",
        "08123",
        "0812-3456-78901234",
        "0812-CALL-ME",
        "nomor saya 0812 3456 7890",
        "0812 3456 7890 ext. 12",
        "+62 812 3456 7890 / 0813 1111 2222",
        "++6281234567890",
        "0812_3456_7890",
        "+999 1234 5678",
        "0000 0000 0000",
        "wa.me/",
        "https://wa.me/message/ABCDEF123",
        "https://wa.me/6281234567890/x",
        "https://api.whatsapp.com/send?text=Halo",
        "https://evil.com/6281234567890",
        "https://wa.me.evil.com/6281234567890",
    ],
)
def test_whatsapp_refused(raw):
    assert "WhatsApp number" in refused(normalise_whatsapp, raw)


@pytest.mark.parametrize(
    "raw",
    [
        "0380 821234",  # Kupang
        "(0380) 821234",
        "+62 380 821234",
        "62380821234",
        "021 5551234",  # Jakarta
        "0361 123456",  # Denpasar
        "+61 3 9123 4567",  # Melbourne
    ],
)
def test_whatsapp_landlines_refused(raw):
    assert "landline" in refused(normalise_whatsapp, raw)


def test_whatsapp_numbers_without_plus_are_read_in_the_given_region():
    assert normalise_whatsapp("0412 345 678", region="AU") == "+61412345678"
    assert normalise_whatsapp("61 412 345 678", region="AU") == "+61412345678"
    assert normalise_whatsapp("+6281234567890", region="AU") == "+6281234567890"


# --- YouTube and website ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("@TenunSumba", "https://www.youtube.com/@TenunSumba"),
        (" @tenun.sumba ", "https://www.youtube.com/@tenun.sumba"),
        ("https://www.youtube.com/@TenunSumba", "https://www.youtube.com/@TenunSumba"),
        ("youtube.com/@TenunSumba/videos?si=abc", "https://www.youtube.com/@TenunSumba"),
        ("m.youtube.com/@TenunSumba", "https://www.youtube.com/@TenunSumba"),
        (
            "youtube.com/channel/UC1234567890abcdefghij_-",
            "https://www.youtube.com/channel/UC1234567890abcdefghij_-",
        ),
        ("youtube.com/c/TenunSumba", "https://www.youtube.com/c/TenunSumba"),
        ("http://www.youtube.com/user/tenunsumba/", "https://www.youtube.com/user/tenunsumba"),
    ],
)
def test_youtube_accepted(raw, expected):
    assert normalise_youtube(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "@",
        "@ab",
        "tenunsumba",
        "@tenun sumba",
        "youtube.com",
        "youtube.com/channel/not-a-channel-id",
        "youtube.com/feed/trending",
        "vimeo.com/@tenunsumba",
        "https://youtube.com.evil.com/@tenunsumba",
    ],
)
def test_youtube_refused(raw):
    assert "YouTube channel" in refused(normalise_youtube, raw)


@pytest.mark.parametrize(
    "raw",
    [
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
        "youtu.be/dQw4w9WgXcQ",
        "https://www.youtube.com/shorts/abc123",
        "https://www.youtube.com/playlist?list=PL123",
    ],
)
def test_youtube_video_links_refused(raw):
    assert "link to a video" in refused(normalise_youtube, raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("tenunsumba.id", "https://tenunsumba.id"),
        (" tenunsumba.id/katalog ", "https://tenunsumba.id/katalog"),
        ("http://tenunsumba.id", "http://tenunsumba.id"),
        ("https://kain-ikat.co.id/toko?page=2#ikat", "https://kain-ikat.co.id/toko?page=2#ikat"),
        ("https://tenunsumba.id:8443/", "https://tenunsumba.id:8443/"),
        ("HTTPS://TenunSumba.ID", "HTTPS://TenunSumba.ID"),
    ],
)
def test_website_accepted(raw, expected):
    assert normalise_website(raw) == expected


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "localhost",
        "https://tenunsumba",
        "ftp://tenunsumba.id",
        "javascript:alert(1)",
        "mailto:nama@contoh.id",
        "https://nama:rahasia@tenunsumba.id",
        "https://nama@tenunsumba.id",
        "https://tenun sumba.id",
        "tenunsumba.id/<script>",
        "https://tenunsumba.id:port/",
        "https://.id",
        "https://tenun..sumba.id",
        "//tenunsumba.id",
        "https://tenunsumba.id/" + "a" * 240,
    ],
)
def test_website_refused(raw):
    assert "website address" in refused(normalise_website, raw)


# --- URL builders -------------------------------------------------------------------------------


def test_instagram_url():
    assert instagram_url("tenun.sumba") == "https://www.instagram.com/tenun.sumba/"


def test_tiktok_url():
    assert tiktok_url("tenun.sumba") == "https://www.tiktok.com/@tenun.sumba"


def test_whatsapp_url_without_text():
    assert whatsapp_url("+6281234567890") == "https://wa.me/6281234567890"


def test_whatsapp_url_encodes_the_text():
    assert (
        whatsapp_url("+6281234567890", "Halo kak, saya mau pesan tenun & selendang?")
        == "https://wa.me/6281234567890"
        "?text=Halo%20kak%2C%20saya%20mau%20pesan%20tenun%20%26%20selendang%3F"
    )


def test_urls_round_trip_through_the_normalisers():
    assert normalise_instagram(instagram_url("tenun.sumba")) == "tenun.sumba"
    assert normalise_tiktok(tiktok_url("tenun.sumba")) == "tenun.sumba"
    assert normalise_whatsapp(whatsapp_url("+6281234567890", "Halo")) == "+6281234567890"


# --- the error ----------------------------------------------------------------------------------


def test_invalid_value_is_a_value_error_with_a_translatable_message():
    with pytest.raises(ValueError) as caught:
        normalise_instagram("tenun sumba")
    assert isinstance(caught.value, InvalidValue)
    assert isinstance(caught.value.message, LazyString)
    assert str(caught.value.message).startswith("Type your Instagram username, like @tenun.sumba")
