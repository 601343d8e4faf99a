"""The image pipeline: judge an upload by decoding it, then make the derivatives we serve.

Nothing a user uploaded is ever served as it came: every derivative is re-encoded from the
decoded pixels, turned upright by its EXIF orientation, and written without metadata (so no
GPS position leaves the server).
"""

import io
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from PIL import (
    Image,
    ImageCms,
    ImageDraw,
    ImageFilter,
    ImageFont,
    ImageOps,
    UnidentifiedImageError,
)
from pillow_heif import register_heif_opener

from . import Refused

# Pillow's own default warns at ~89 MP and fails at twice that; we refuse earlier, on purpose.
Image.MAX_IMAGE_PIXELS = 50_000_000
log = logging.getLogger(__name__)
ACCEPTED_FORMATS = ["JPEG", "PNG", "WEBP", "HEIF"]  # HEIF: photos from iPhones
register_heif_opener()

CONTENT_TYPES = {
    "JPEG": "image/jpeg",
    "PNG": "image/png",
    "WEBP": "image/webp",
    "HEIF": "image/heif",
}
WEBP_WIDTHS = (160, 320, 640, 1280)
# A long cloth photographed end to end is fine; a 1×40000 strip is not (WebP stops at 16383).
MAX_ASPECT = 12
# PNG and WebP compress flat areas without limit (a 186 KB PNG can hold 49 megapixels, half a
# gigabyte decoded): no phone photo in them is larger than this.
LOSSLESS = {"PNG", "WEBP"}
MAX_LOSSLESS_PIXELS = 16_000_000
JPEG_WIDTH = 640
WEBP_QUALITY = 82
# Pillow's encoders let go of the GIL: derivatives are encoded side by side.
ENCODERS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="image-encoder")
JPEG_QUALITY = 85


class ImageRefused(Refused):
    """The upload is not an image we accept."""


@dataclass(frozen=True)
class Derivative:
    variant: str  # e.g. "webp-640", "jpeg-640"
    content_type: str
    data: bytes
    width: int
    height: int


@dataclass(frozen=True)
class ProcessedImage:
    content_type: str  # the original's, as decoded
    width: int
    height: int
    placeholder: str  # "#rrggbb", the dominant colour, painted while the image loads
    derivatives: list[Derivative]


def decode(data: bytes, largest_width: int = WEBP_WIDTHS[-1]) -> Image.Image:
    """Decode an upload as an image we accept, upright, or raise ImageRefused.

    ``largest_width`` lets JPEG decoding use draft mode: a 12-megapixel photo is decoded at a
    reduced scale that is still larger than the biggest derivative.
    """
    if not data:
        raise ImageRefused(_l("The file is empty."))
    try:
        image = Image.open(io.BytesIO(data), formats=ACCEPTED_FORMATS)
        if image.format == "MPO":  # a phone's JPEG with more pictures after it: the first
            image.format = "JPEG"
        _refuse_huge(image)
        if image.format == "JPEG":
            image.draft("RGB", _draft_size(image, largest_width))
        image.load()
    except ImageRefused:
        raise
    except Image.DecompressionBombError as error:
        raise ImageRefused(_too_many_pixels()) from error
    except UnidentifiedImageError as error:
        raise ImageRefused(
            _l("This is not a photo we can use. Send a JPEG, PNG or WebP image.")
        ) from error
    except Exception as error:  # noqa: BLE001 - whatever a decoder raises is the file's fault
        if not isinstance(error, (OSError, SyntaxError, ValueError)):
            log.warning("a decoder failed on an upload: %r", error)
        raise ImageRefused(
            _l("This image is damaged or incomplete. Try sending it again.")
        ) from error
    image_format = image.format
    ImageOps.exif_transpose(image, in_place=True)  # no second full-size copy
    image.format = image_format
    return image


def _refuse_huge(image: Image.Image) -> None:
    """Judge the size from the header, before a single pixel is decoded."""
    width, height = image.size
    if width * height > Image.MAX_IMAGE_PIXELS:
        raise Image.DecompressionBombError(f"{width}x{height}")
    if image.format in LOSSLESS and width * height > MAX_LOSSLESS_PIXELS:
        raise ImageRefused(_too_many_pixels(MAX_LOSSLESS_PIXELS))
    if max(width, height) > MAX_ASPECT * min(width, height):
        raise ImageRefused(
            _l("This image is too long and narrow. Crop it to the work and send it again.")
        )


def _too_many_pixels(limit: int = Image.MAX_IMAGE_PIXELS):
    return _l(
        "This image has too many pixels (more than %(megapixels)d megapixels). "
        "Send a smaller photo.",
        megapixels=limit // 1_000_000,
    )


def _draft_size(image: Image.Image, largest_width: int) -> tuple[int, int]:
    # draft() keeps at least the requested size; ask for the largest derivative's box.
    width, height = image.size
    scale = max(largest_width / width, largest_width / height, 1 / 8)
    return max(1, int(width * scale)), max(1, int(height * scale))


def process(data: bytes, watermark: str | None = None) -> ProcessedImage:
    """Decode an upload and make every derivative we serve: WebP at 160, 320, 640 and 1280 px
    wide and a JPEG at 640, never wider than the original, sharpened after shrinking, in sRGB and
    without metadata, with ``watermark`` (an @handle) drawn on when given.

    The full-size image is shrunk once, first; every derivative comes from that copy, so a
    large PNG does not cost a full-size copy per derivative.
    """
    image = decode(data)
    content_type = CONTENT_TYPES[image.format]
    working = _to_srgb(_shrink(_keep_alpha(image), WEBP_WIDTHS[-1]), image.info.get("icc_profile"))
    rgb = _flatten(working)
    # Nothing of the upload's own text (EXIF, XMP, a JPEG comment: GPS, names) goes on.
    working.info, rgb.info = {}, {}
    targets = [("WEBP", width) for width in WEBP_WIDTHS] + [("JPEG", JPEG_WIDTH)]
    try:
        jobs = [
            ENCODERS.submit(
                _encode, rgb if format_ == "JPEG" else working, width, format_, watermark
            )
            for format_, width in targets
        ]
        derivatives = [job.result() for job in jobs]
    except (OSError, ValueError) as error:  # an encoder's limit we did not foresee
        raise ImageRefused(_l("This image cannot be used. Try another photo.")) from error
    return ProcessedImage(
        content_type=content_type,
        width=image.width,
        height=image.height,
        placeholder=dominant_colour(rgb),
        derivatives=_without_repeats(derivatives),
    )


def _shrink(image: Image.Image, width: int) -> Image.Image:
    """At most ``width`` wide (never enlarged), sharpened again after shrinking."""
    if image.width <= width:
        return image
    factor = image.width // (width * 2)
    if factor >= 2:  # box-reduce first: resizing RGBA makes a full-size premultiplied copy
        image = image.reduce(factor)
    height = max(1, round(image.height * width / image.width))
    image = image.resize((width, height), Image.Resampling.LANCZOS, reducing_gap=3.0)
    return image.filter(ImageFilter.UnsharpMask(radius=0.8, percent=60, threshold=2))


def _to_srgb(image: Image.Image, icc_profile: bytes | None) -> Image.Image:
    """Colours as the embedded profile means them (e.g. Display P3 from phones), in sRGB, so
    that dropping the profile does not dull a tenun's reds and indigos."""
    if not icc_profile:
        return image
    try:
        source = ImageCms.ImageCmsProfile(io.BytesIO(icc_profile))
        return ImageCms.profileToProfile(
            image, source, ImageCms.createProfile("sRGB"), outputMode=image.mode
        )
    except (ImageCms.PyCMSError, OSError, ValueError):
        return image


def _flatten(image: Image.Image) -> Image.Image:
    """RGB, with any transparency laid on white."""
    if image.mode in ("RGBA", "LA", "P"):
        rgba = image.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return image.convert("RGB")


def _keep_alpha(image: Image.Image) -> Image.Image:
    """RGB, or RGBA when the image has transparency; no copy when it already is."""
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    mode = "RGBA" if has_alpha else "RGB"
    return image if image.mode == mode else image.convert(mode)


def _encode(image: Image.Image, width: int, format_: str, watermark: str | None) -> Derivative:
    image = _shrink(image, width)
    width, height = image.size
    if watermark:
        image = _draw_watermark(image, watermark)
    buffer = io.BytesIO()
    if format_ == "JPEG":
        image.save(buffer, "JPEG", quality=JPEG_QUALITY, optimize=True, progressive=True)
        variant, content_type = f"jpeg-{width}", "image/jpeg"
    else:
        image.save(buffer, "WEBP", quality=WEBP_QUALITY, method=4)
        variant, content_type = f"webp-{width}", "image/webp"
    return Derivative(variant, content_type, buffer.getvalue(), width, height)


def _without_repeats(derivatives: list[Derivative]) -> list[Derivative]:
    """A small original gives the same width several times: keep one of each."""
    seen, kept = set(), []
    for derivative in derivatives:
        if derivative.variant not in seen:
            seen.add(derivative.variant)
            kept.append(derivative)
    return kept


def _draw_watermark(image: Image.Image, text: str) -> Image.Image:
    image = image.convert("RGBA")
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    size = max(10, image.width // 28)
    font = ImageFont.load_default(size=size)
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    margin = size // 2
    position = (image.width - (right - left) - margin, image.height - (bottom - top) - margin * 2)
    draw.text(
        position,
        text,
        font=font,
        fill=(255, 255, 255, 170),
        stroke_width=max(1, size // 12),
        stroke_fill=(0, 0, 0, 120),
    )
    return Image.alpha_composite(image, layer).convert("RGB")


def dominant_colour(image: Image.Image) -> str:
    red, green, blue = image.convert("RGB").resize((1, 1), Image.Resampling.BOX).getpixel((0, 0))
    return f"#{red:02x}{green:02x}{blue:02x}"


def webp_bytes(image: Image.Image, width: int | None = None, quality: int = WEBP_QUALITY) -> bytes:
    """The image as WebP, shrunk to ``width`` (never enlarged), with no metadata."""
    return _encode(_keep_alpha(image), width or image.width, "WEBP", None).data
