"""Placeholder artwork for demo creators, drawn with Pillow: nothing is downloaded.

The pictures borrow from NTT ikat: bands of stripes, zigzags and hooked diamonds, in the
colours of natural dyes (indigo, morinda red, ochre, undyed cream and black). Edges are drawn
line by line with a little jitter, like the blur of ikat thread. Everything comes from
``random.Random`` seeded with the creator, so the same creator always gets the same picture.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from PIL import Image, ImageDraw, ImageFont

AVATAR_SIZE = 480
COVER_SIZE = (1280, 480)

Colour = tuple[int, int, int]

INDIGO = (38, 48, 86)
DEEP_INDIGO = (24, 30, 58)
MORINDA = (142, 40, 34)
RUST = (171, 82, 45)
OCHRE = (201, 148, 56)
TURMERIC = (222, 178, 74)
CREAM = (238, 226, 200)
LONTAR = (214, 190, 146)
BLACK = (28, 24, 22)
BROWN = (92, 58, 38)


@dataclass(frozen=True)
class Palette:
    ground: Colour  # the cloth itself
    plates: tuple[Colour, ...]  # dark colours for the diamond behind the initials
    motifs: tuple[Colour, ...]  # colours of the motifs and stripes
    text: Colour  # the initials


PALETTES = {
    # Indigo cloth with rust and ochre, like the hinggi of Sumba Timur.
    "musik": Palette(INDIGO, (DEEP_INDIGO, MORINDA), (CREAM, RUST, OCHRE, MORINDA), CREAM),
    # Morinda red with indigo and cream, the kombu-dyed cloths.
    "fesyen": Palette(MORINDA, (BLACK, DEEP_INDIGO), (CREAM, INDIGO, OCHRE, BLACK), CREAM),
    # Ochre and turmeric with black and rust.
    "konten": Palette(OCHRE, (BLACK, MORINDA), (BLACK, CREAM, RUST, MORINDA), CREAM),
    # Black cloth with cream and ochre, like the songke of Manggarai.
    "fotografi": Palette(BLACK, (BLACK, MORINDA), (CREAM, OCHRE, RUST, TURMERIC), CREAM),
    # Rust with indigo and cream.
    "seni-rupa": Palette(RUST, (DEEP_INDIGO, BLACK), (CREAM, INDIGO, TURMERIC, BLACK), CREAM),
    # Undyed lontar cream with brown, black and a little red.
    "kriya": Palette(LONTAR, (BROWN, BLACK), (BROWN, BLACK, MORINDA, INDIGO), CREAM),
}
DEFAULT_PALETTE = PALETTES["fesyen"]


def palette_for(category_slug: str) -> Palette:
    return PALETTES.get(category_slug, DEFAULT_PALETTE)


def _pick(rng: random.Random, colours: tuple[Colour, ...], avoid: Colour) -> Colour:
    choices = [colour for colour in colours if colour != avoid] or list(colours)
    return rng.choice(choices)


# --- motifs ----------------------------------------------------------------------------------
# Shapes are drawn as stacks of short horizontal lines with jittered ends: the ikat blur.


def _diamond(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    cx: float,
    cy: float,
    half_w: float,
    half_h: float,
    fill: Colour,
    jitter: int,
    step: int = 2,
) -> None:
    half_h = max(1, int(half_h))
    for dy in range(-half_h, half_h + 1, step):
        half = half_w * (1 - abs(dy) / half_h)
        if half < 1:
            continue
        left = cx - half + rng.randint(-jitter, jitter)
        right = max(left, cx + half + rng.randint(-jitter, jitter))
        draw.rectangle((left, cy + dy, right, cy + dy + step - 1), fill=fill)


def _hooked_diamond(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    cx: float,
    cy: float,
    half_w: float,
    half_h: float,
    colours: tuple[Colour, Colour, Colour],
    ground: Colour,
    jitter: int,
) -> None:
    """Concentric diamonds with hooks at the side points, the commonest ikat figure."""
    outer, inner, centre = colours
    # Hooks (kait): an arm out of each side point that turns and curls back towards the
    # diamond, up on the left and down on the right.
    arm = half_w * 0.32
    rise = half_h * 0.42
    thick = max(3, int(half_h * 0.13))
    for sign in (-1, 1):
        tip = cx + sign * half_w
        end = tip + sign * arm
        back = end - sign * arm * 0.55
        ty = cy + sign * rise
        draw.rectangle((min(tip, end), cy - thick / 2, max(tip, end), cy + thick / 2), fill=outer)
        draw.rectangle((end - thick / 2, min(cy, ty), end + thick / 2, max(cy, ty)), fill=outer)
        draw.rectangle((min(back, end), ty - thick / 2, max(back, end), ty + thick / 2), fill=outer)
    _diamond(draw, rng, cx, cy, half_w, half_h, outer, jitter)
    _diamond(draw, rng, cx, cy, half_w * 0.7, half_h * 0.7, ground, jitter)
    _diamond(draw, rng, cx, cy, half_w * 0.5, half_h * 0.5, inner, jitter)
    _diamond(draw, rng, cx, cy, half_w * 0.2, half_h * 0.2, centre, max(1, jitter // 2))


def _zigzag(
    draw: ImageDraw.ImageDraw,
    top: float,
    height: float,
    width: int,
    period: float,
    colour: Colour,
    thickness: int,
    offset: float = 0,
) -> None:
    points = []
    x = -period + offset
    up = True
    while x <= width + period:
        points.append((x, top if up else top + height))
        x += period / 2
        up = not up
    draw.line(points, fill=colour, width=thickness, joint="curve")


def _stripes(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    top: float,
    width: int,
    palette: Palette,
    ground: Colour,
) -> float:
    """A group of thin warp stripes; returns the height used."""
    y = top
    for _ in range(rng.randint(2, 5)):
        height = rng.choice((3, 4, 6, 8, 10))
        draw.rectangle((0, y, width, y + height - 1), fill=_pick(rng, palette.motifs, ground))
        y += height + rng.choice((2, 3, 4))
    return y - top


def _band_of_diamonds(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    top: float,
    height: float,
    width: int,
    palette: Palette,
    ground: Colour,
) -> None:
    half_h = height / 2 - 4
    half_w = half_h * rng.uniform(0.8, 1.15)
    pitch = half_w * 2 + half_w * rng.uniform(1.0, 1.4)
    colours = (
        _pick(rng, palette.motifs, ground),
        _pick(rng, palette.motifs, ground),
        _pick(rng, palette.motifs, ground),
    )
    jitter = max(2, int(half_h / 10))
    count = int(width / pitch) + 2
    start = (width - (count - 1) * pitch) / 2
    for index in range(count):
        _hooked_diamond(
            draw,
            rng,
            start + index * pitch,
            top + height / 2,
            half_w,
            half_h,
            colours,
            ground,
            jitter,
        )


def _band_of_zigzags(
    draw: ImageDraw.ImageDraw,
    rng: random.Random,
    top: float,
    height: float,
    width: int,
    palette: Palette,
    ground: Colour,
) -> None:
    period = height * rng.uniform(1.2, 2.0)
    thickness = max(3, int(height / 6))
    colour = _pick(rng, palette.motifs, ground)
    _zigzag(draw, top + thickness, height - 2 * thickness, width, period, colour, thickness)
    if rng.random() < 0.6:
        second = _pick(rng, palette.motifs, colour)
        _zigzag(
            draw,
            top + thickness,
            height - 2 * thickness,
            width,
            period,
            second,
            max(2, thickness // 2),
            period / 2,
        )


def _cloth(image: Image.Image, rng: random.Random, palette: Palette, centre_height: float) -> None:
    """Fill ``image`` with bands mirrored about a central band of large diamonds."""
    width, height = image.size
    draw = ImageDraw.Draw(image)
    ground = palette.ground
    centre_top = (height - centre_height) / 2
    # The upper half, drawn into its own layer and mirrored for the lower half.
    half = Image.new("RGB", (width, int(centre_top) + 1), ground)
    half_draw = ImageDraw.Draw(half)
    y = float(rng.randint(4, 14))
    kinds = ["stripes", "zigzag", "diamonds", "stripes", "gap"]
    while y < centre_top - 12:
        kind = rng.choice(kinds)
        room = centre_top - y
        if kind == "stripes":
            y += _stripes(half_draw, rng, y, width, palette, ground) + 6
        elif kind == "zigzag" and room > 40:
            band = min(room - 6, rng.uniform(28, 48))
            _band_of_zigzags(half_draw, rng, y, band, width, palette, ground)
            y += band + 6
        elif kind == "diamonds" and room > 50:
            band = min(room - 6, rng.uniform(44, 80))
            _band_of_diamonds(half_draw, rng, y, band, width, palette, ground)
            y += band + 6
        else:
            y += rng.randint(6, 16)
    image.paste(half, (0, 0))
    image.paste(half.transpose(Image.Transpose.FLIP_TOP_BOTTOM), (0, height - half.height))
    # A plain ground around the central band, edged by thin stripes.
    draw.rectangle((0, centre_top - 6, width, centre_top + centre_height + 6), fill=ground)
    edge = _pick(rng, palette.motifs, ground)
    draw.rectangle((0, centre_top - 6, width, centre_top - 3), fill=edge)
    draw.rectangle(
        (0, centre_top + centre_height + 3, width, centre_top + centre_height + 6), fill=edge
    )
    _band_of_diamonds(draw, rng, centre_top, centre_height, width, palette, ground)


def _weave(image: Image.Image, strength: int = 14) -> Image.Image:
    """Faint vertical warp threads, so flat colour reads as cloth."""
    width, height = image.size
    threads = Image.new("L", (width, 1), 0)
    threads.putdata([strength if x % 4 == 0 else 0 for x in range(width)])
    shade = threads.resize((width, height), Image.Resampling.NEAREST)
    dark = Image.new("RGB", (width, height), (0, 0, 0))
    return Image.composite(dark, image, shade)


# --- public ----------------------------------------------------------------------------------


def cover(creator_seed: str, category_slug: str) -> Image.Image:
    """A 1280x480 banner of ikat bands in the category's colours."""
    rng = random.Random(f"cover:{creator_seed}")
    palette = palette_for(category_slug)
    image = Image.new("RGB", COVER_SIZE, palette.ground)
    _cloth(image, rng, palette, centre_height=rng.uniform(120, 170))
    return _weave(image)


def avatar(creator_seed: str, category_slug: str, initials: str) -> Image.Image:
    """A 480x480 square: ikat cloth behind a large diamond bearing the creator's initials."""
    rng = random.Random(f"avatar:{creator_seed}")
    palette = palette_for(category_slug)
    size = AVATAR_SIZE
    image = Image.new("RGB", (size, size), palette.ground)
    _cloth(image, rng, palette, centre_height=rng.uniform(110, 150))
    image = _weave(image)
    draw = ImageDraw.Draw(image)
    centre = size / 2
    # The plate: a ring of motif colour around a solid dark diamond, kept inside the circle
    # that round avatar crops show.
    plate = rng.choice(palette.plates)
    ring = _pick(rng, palette.motifs, plate)
    _diamond(draw, rng, centre, centre, 200, 200, palette.ground, 3)
    _diamond(draw, rng, centre, centre, 188, 188, ring, 3)
    _diamond(draw, rng, centre, centre, 170, 170, plate, 2)
    _draw_initials(draw, centre, initials, palette)
    return image


def _draw_initials(
    draw: ImageDraw.ImageDraw, centre: float, initials: str, palette: Palette
) -> None:
    text = (initials or "?").strip().upper()[:3] or "?"
    size = 150 if len(text) <= 2 else 110
    try:
        font = ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1: a small bitmap font only
        font = ImageFont.load_default()
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    x = centre - (left + right) / 2
    y = centre - (top + bottom) / 2
    # A stroke of the same colour thickens the regular default font into a bold.
    stroke = max(1, size // 40)
    draw.text(
        (x, y), text, font=font, fill=palette.text, stroke_width=stroke, stroke_fill=palette.text
    )
