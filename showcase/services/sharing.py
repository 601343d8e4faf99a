"""QR codes of a creator's page, for market stalls, events and printed cards."""

import io

import segno


def qr_code(url: str, kind: str, scale: int = 10) -> bytes:
    """The page address as a QR code: ``kind`` is "png" or "svg"."""
    buffer = io.BytesIO()
    segno.make(url, error="m").save(buffer, kind=kind, scale=scale, border=2, **_extra(kind))
    return buffer.getvalue()


def _extra(kind: str) -> dict:
    return {"xmldecl": False, "title": "QR"} if kind == "svg" else {}
