"""Sharing a creator's page: QR codes for stalls and printed cards, and the picture link
previews show."""

import io

import segno
from PIL import Image, ImageDraw, ImageFont, ImageOps


def qr_code(url: str, kind: str, scale: int = 10) -> bytes:
    """The page address as a QR code: ``kind`` is "png" or "svg"."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind=kind, scale=scale, border=2, **_extra(kind))
    return buffer.getvalue()


def _extra(kind: str) -> dict:
    return {"xmldecl": False, "title": "QR"} if kind == "svg" else {}


CARD_SIZE = (1200, 630)
TITLE_LENGTH = 34  # what fits on one line at 64 px


def share_card(title: str, line: str, cover_bytes: bytes | None) -> bytes:
    """The 1200×630 picture link previews show (WhatsApp, Instagram, TikTok, X): a photo,
    darkened at the bottom, with a title (the creator's or the work's name) and a line under
    it (category and region)."""
    card = Image.new("RGB", CARD_SIZE, (43, 45, 110))
    if cover_bytes:
        with Image.open(io.BytesIO(cover_bytes)) as cover:
            card = ImageOps.fit(cover.convert("RGB"), CARD_SIZE, Image.Resampling.LANCZOS)
    shade = Image.linear_gradient("L").resize(CARD_SIZE).point(lambda value: value * 200 // 255)
    card.paste((10, 10, 20), mask=shade)
    draw = ImageDraw.Draw(card)
    if len(title) > TITLE_LENGTH:
        title = title[: TITLE_LENGTH - 1] + "…"
    draw.text((60, 420), title, font=ImageFont.load_default(size=64), fill="white")
    draw.text((60, 505), line, font=ImageFont.load_default(size=36), fill=(235, 225, 210))
    draw.text((60, 560), "Etalase", font=ImageFont.load_default(size=28), fill=(230, 150, 120))
    buffer = io.BytesIO()
    card.save(buffer, "JPEG", quality=85, optimize=True, progressive=True)
    return buffer.getvalue()
