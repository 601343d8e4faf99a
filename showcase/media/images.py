"""Image processing with Pillow: everything served is re-encoded, without metadata."""

import io

from PIL import Image


def webp_bytes(image: Image.Image, width: int | None = None, quality: int = 80) -> bytes:
    """The image as WebP, shrunk to ``width`` (never enlarged), with no metadata."""
    if width and image.width > width:
        height = round(image.height * width / image.width)
        image = image.resize((width, height), Image.Resampling.LANCZOS)
    if image.mode not in ("RGB", "RGBA"):
        image = image.convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "WEBP", quality=quality, method=4)
    return buffer.getvalue()
