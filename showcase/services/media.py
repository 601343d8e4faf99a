"""Storing media: bytes to storage first, then the row; no row ever points at nothing."""

from PIL import Image

from ..extensions import db
from ..media.images import webp_bytes
from ..media.storage import get_storage, make_key, sha256
from ..models import MediaAsset


def store_image(image: Image.Image, *, kind: str, owner_id: int | None, width: int) -> MediaAsset:
    """Re-encode an image as WebP at most ``width`` wide, store it, and add its row.

    The caller commits; if that commit fails, the object is left for ``media gc``.
    """
    data = webp_bytes(image, width)
    storage = get_storage()
    key = make_key(kind, owner_id or "site", f"{kind}.webp")
    storage.put(key, data, "image/webp")
    shrunk_width = min(width, image.width)
    asset = MediaAsset(
        owner_id=owner_id,
        backend=storage.name,
        key=key,
        content_type="image/webp",
        size=len(data),
        sha256=sha256(data),
        width=shrunk_width,
        height=round(image.height * shrunk_width / image.width),
    )
    db.session.add(asset)
    return asset


def media_url(asset: MediaAsset | None) -> str | None:
    return get_storage().url(asset.key) if asset is not None else None
