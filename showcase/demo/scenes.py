"""Work photos for demo creators, drawn with Pillow: cloths, instruments on a stage, landscapes,
paintings, food and portraits in silhouette. Like :mod:`.art`, each picture is seeded, so a
work always gets the same photo, and nothing is downloaded.
"""

from __future__ import annotations

import math
import random

from PIL import Image, ImageDraw, ImageFilter

from .art import (
    BLACK,
    BROWN,
    CREAM,
    DEEP_INDIGO,
    INDIGO,
    LONTAR,
    MORINDA,
    OCHRE,
    RUST,
    TURMERIC,
    Colour,
    _cloth,
    _weave,
    palette_for,
)

PORTRAIT = (800, 1000)
LANDSCAPE = (1200, 800)


def _gradient(size: tuple[int, int], top: Colour, bottom: Colour) -> Image.Image:
    """A vertical gradient, drawn as a 1-pixel column and stretched."""
    width, height = size
    column = Image.new("RGB", (1, height))
    column.putdata(
        [
            tuple(
                int(a + (b - a) * y / max(1, height - 1)) for a, b in zip(top, bottom, strict=True)
            )
            for y in range(height)
        ]
    )
    return column.resize(size, Image.Resampling.BILINEAR)


def _glow(image: Image.Image, box, colour: Colour, blur: int, opacity: int) -> Image.Image:
    """A soft light: an ellipse of ``colour`` blurred over the image."""
    mask = Image.new("L", image.size, 0)
    ImageDraw.Draw(mask).ellipse(box, fill=opacity)
    mask = mask.filter(ImageFilter.GaussianBlur(blur))
    return Image.composite(Image.new("RGB", image.size, colour), image, mask)


def _shade(colour: Colour, factor: float) -> Colour:
    return tuple(max(0, min(255, int(channel * factor))) for channel in colour)


# --- cloths ----------------------------------------------------------------------------------


def cloth(seed: str, category: str, view: str = "whole") -> Image.Image:
    """An ikat cloth hung on a wall (``whole``), a close look at its motif (``detail``), or
    three cloths folded on a table (``folded``)."""
    rng = random.Random(f"cloth:{seed}:{view}")
    palette = palette_for(category)
    if view == "detail":
        fabric = Image.new("RGB", (400, 500), palette.ground)
        _cloth(fabric, rng, palette, centre_height=rng.uniform(150, 220))
        return _weave(fabric.resize(PORTRAIT, Image.Resampling.LANCZOS), strength=22)
    if view == "folded":
        return _folded(rng, seed, category)
    wall = _gradient(PORTRAIT, (226, 214, 192), (196, 180, 156))
    width, height = PORTRAIT
    fabric = Image.new("RGB", (width - 160, height - 200), palette.ground)
    _cloth(fabric, rng, palette, centre_height=rng.uniform(160, 240))
    fabric = _weave(fabric)
    shadow = Image.new("L", PORTRAIT, 0)
    ImageDraw.Draw(shadow).rectangle((92, 92, width - 56, height - 84), fill=120)
    wall = Image.composite(
        Image.new("RGB", PORTRAIT, (90, 74, 58)), wall, shadow.filter(ImageFilter.GaussianBlur(14))
    )
    wall.paste(fabric, (80, 70))
    draw = ImageDraw.Draw(wall)
    draw.rectangle((60, 58, width - 60, 74), fill=BROWN)  # the pole it hangs from
    for x in range(84, width - 84, 9):  # the fringe
        draw.line(
            (x, height - 130, x + rng.randint(-3, 3), height - 100), fill=palette.ground, width=3
        )
    return wall


def _folded(rng: random.Random, seed: str, category: str) -> Image.Image:
    width, height = PORTRAIT
    image = _gradient(PORTRAIT, (120, 84, 56), (74, 48, 30))  # a wooden table
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 22):
        draw.line((0, y + rng.randint(-3, 3), width, y), fill=(96, 64, 40), width=2)
    top = height - 140
    for _ in range(3):
        palette = palette_for(rng.choice(["fesyen", "musik", "kriya", "seni-rupa", category]))
        fold = Image.new("RGB", (width - 160, 200), palette.ground)
        _cloth(fold, rng, palette, centre_height=70)
        fold = _weave(fold)
        shadow = Image.new("L", PORTRAIT, 0)
        left = 80 + rng.randint(-20, 20)
        top -= 210
        ImageDraw.Draw(shadow).rectangle(
            (left + 8, top + 14, left + fold.width + 8, top + 214), fill=150
        )
        image = Image.composite(
            Image.new("RGB", PORTRAIT, (40, 26, 18)),
            image,
            shadow.filter(ImageFilter.GaussianBlur(8)),
        )
        image.paste(fold, (left, top))
    return image


# --- music -----------------------------------------------------------------------------------


def stage(seed: str) -> Image.Image:
    """A player in silhouette under a spotlight, a sasando before them."""
    rng = random.Random(f"stage:{seed}")
    width, height = LANDSCAPE
    light = rng.choice([TURMERIC, OCHRE, (230, 200, 150)])
    image = _gradient(LANDSCAPE, (18, 16, 30), _shade(rng.choice([DEEP_INDIGO, MORINDA]), 0.8))
    centre = width // 2 + rng.randint(-200, 200)
    image = _glow(image, (centre - 260, -200, centre + 260, height - 40), light, 60, 150)
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, height - 150, width, height), fill=(34, 24, 20))  # the stage floor
    floor = int(height - 150)
    # The player: head, shoulders and a body, seated.
    draw.ellipse((centre - 46, floor - 420, centre + 46, floor - 320), fill=BLACK)
    draw.polygon(
        [
            (centre - 120, floor),
            (centre - 100, floor - 300),
            (centre + 100, floor - 300),
            (centre + 120, floor),
        ],
        fill=BLACK,
    )
    _sasando(draw, centre + rng.choice([-1, 1]) * 10, floor + 40, 0.9)
    for _ in range(rng.randint(3, 6)):  # lamps along the back
        x = rng.randint(40, width - 40)
        image = _glow(image, (x - 18, 30, x + 18, 66), light, 8, 200)
    return image


def _sasando(draw: ImageDraw.ImageDraw, x: float, bottom: float, scale: float) -> None:
    """A sasando from the front: a fan of lontar leaf behind a bamboo tube with strings."""
    radius = 230 * scale
    draw.pieslice((x - radius, bottom - radius * 1.9, x + radius, bottom), 190, 350, fill=LONTAR)
    for angle in range(195, 350, 9):  # the leaf's ribs
        rad = math.radians(angle)
        draw.line(
            (
                x,
                bottom - radius * 0.95,
                x + radius * math.cos(rad),
                bottom - radius * 0.95 + radius * 0.95 * math.sin(rad),
            ),
            fill=_shade(LONTAR, 0.78),
            width=2,
        )
    tube = 34 * scale
    draw.rectangle((x - tube, bottom - radius * 1.6, x + tube, bottom - 10), fill=(176, 150, 92))
    for offset in range(-int(tube) + 6, int(tube) - 4, 7):
        draw.line(
            (x + offset, bottom - radius * 1.55, x + offset, bottom - 16), fill=CREAM, width=1
        )


def instrument(seed: str) -> Image.Image:
    """A sasando standing before an ikat cloth."""
    rng = random.Random(f"instrument:{seed}")
    palette = palette_for("musik")
    image = Image.new("RGB", PORTRAIT, palette.ground)
    _cloth(image, rng, palette, centre_height=rng.uniform(180, 260))
    image = _weave(image)
    image = Image.blend(image, Image.new("RGB", PORTRAIT, (12, 12, 20)), 0.45)
    width, height = PORTRAIT
    image = _glow(image, (100, 200, width - 100, height - 100), (250, 220, 160), 80, 90)
    _sasando(ImageDraw.Draw(image), width / 2, height - 90, 1.4)
    return image


# --- places, paintings, food and people ------------------------------------------------------

SKIES = [
    ((252, 196, 128), (246, 120, 86)),  # dusk over Sabu
    ((126, 178, 222), (214, 230, 236)),  # a clear morning
    ((64, 62, 120), (244, 160, 120)),  # dawn at Kelimutu
]


def landscape(seed: str) -> Image.Image:
    """Hills in layers above a sea, a sun low in the sky."""
    rng = random.Random(f"landscape:{seed}")
    width, height = LANDSCAPE
    top, bottom = rng.choice(SKIES)
    image = _gradient(LANDSCAPE, top, bottom)
    sun_x, sun_y = rng.randint(200, width - 200), rng.randint(160, 360)
    image = _glow(
        image, (sun_x - 160, sun_y - 160, sun_x + 160, sun_y + 160), (255, 236, 190), 50, 170
    )
    draw = ImageDraw.Draw(image)
    draw.ellipse((sun_x - 46, sun_y - 46, sun_x + 46, sun_y + 46), fill=(255, 240, 210))
    horizon = int(height * rng.uniform(0.6, 0.7))
    for layer in range(4):
        shade = 0.75 - layer * 0.15
        colour = _shade((60, 96, 84), shade + 0.2) if layer < 3 else (30, 44, 40)
        base = horizon - 120 + layer * 40
        points = [(0, height)]
        phase, size = rng.uniform(0, 6), rng.uniform(40, 110)
        for x in range(0, width + 40, 40):
            y = base - size * (0.5 + 0.5 * math.sin(x / rng.uniform(90, 220) + phase))
            points.append((x, y))
        points.append((width, height))
        draw.polygon(points, fill=colour)
    sea = _gradient((width, height - horizon), _shade(bottom, 0.7), (24, 60, 92))
    image.paste(sea, (0, horizon))
    draw = ImageDraw.Draw(image)
    for _ in range(40):  # light on the water
        x, y = rng.randint(sun_x - 140, sun_x + 140), rng.randint(horizon + 6, height - 10)
        draw.line((x, y, x + rng.randint(20, 70), y), fill=(250, 226, 180), width=2)
    return image


def painting(seed: str) -> Image.Image:
    """A framed canvas of bold shapes in earth colours."""
    rng = random.Random(f"painting:{seed}")
    width, height = PORTRAIT
    colours = [INDIGO, MORINDA, OCHRE, TURMERIC, RUST, CREAM, BLACK, (66, 120, 110)]
    image = _gradient(PORTRAIT, (232, 226, 214), (208, 200, 186))
    canvas = Image.new("RGB", (width - 200, height - 240), rng.choice(colours))
    draw = ImageDraw.Draw(canvas)
    for _ in range(rng.randint(7, 12)):
        colour = rng.choice(colours)
        x, y = rng.randint(-100, canvas.width), rng.randint(-100, canvas.height)
        size = rng.randint(80, 320)
        shape = rng.choice(["ellipse", "rectangle", "triangle"])
        if shape == "ellipse":
            draw.ellipse((x, y, x + size, y + size), fill=colour)
        elif shape == "rectangle":
            draw.rectangle((x, y, x + size, y + size * rng.uniform(0.3, 1.4)), fill=colour)
        else:
            draw.polygon([(x, y + size), (x + size / 2, y), (x + size, y + size)], fill=colour)
    for _ in range(rng.randint(3, 6)):  # brush strokes
        x, y = rng.randint(0, canvas.width), rng.randint(0, canvas.height)
        draw.line(
            (x, y, x + rng.randint(-200, 200), y + rng.randint(-200, 200)),
            fill=rng.choice(colours),
            width=rng.randint(6, 18),
        )
    canvas = canvas.filter(ImageFilter.SMOOTH_MORE)
    frame = ImageDraw.Draw(image)
    frame.rectangle((84, 104, width - 84, height - 104), fill=(70, 46, 28))
    image.paste(canvas, (100, 120))
    return image


def food(seed: str) -> Image.Image:
    """A plate from above on a banana leaf: jagung bose, se'i, sambal lu'at."""
    rng = random.Random(f"food:{seed}")
    width, height = PORTRAIT
    image = _gradient(PORTRAIT, (150, 104, 66), (110, 74, 46))
    draw = ImageDraw.Draw(image)
    for y in range(0, height, 30):
        draw.line((0, y + rng.randint(-4, 4), width, y), fill=(126, 86, 54), width=3)
    leaf = [
        (60, 260),
        (width / 2, 120),
        (width - 40, 300),
        (width - 80, 820),
        (width / 2, 900),
        (80, 760),
    ]
    draw.polygon(leaf, fill=(58, 120, 62))
    draw.line((width / 2, 120, width / 2, 900), fill=(92, 150, 84), width=6)
    cx, cy, radius = width / 2, height / 2 + 20, 280
    draw.ellipse(
        (cx - radius - 10, cy - radius, cx + radius + 10, cy + radius + 16), fill=(60, 40, 28)
    )
    draw.ellipse((cx - radius, cy - radius, cx + radius, cy + radius), fill=(246, 242, 232))
    draw.ellipse(
        (cx - radius + 30, cy - radius + 30, cx + radius - 30, cy + radius - 30),
        fill=(236, 230, 216),
    )
    for _ in range(260):  # corn
        angle, distance = rng.uniform(0, math.tau), rng.uniform(0, 140)
        x, y = cx - 60 + distance * math.cos(angle), cy + 10 + distance * math.sin(angle) * 0.8
        draw.ellipse(
            (x - 7, y - 6, x + 7, y + 6),
            fill=rng.choice([TURMERIC, (236, 198, 92), (214, 164, 60)]),
        )
    for index in range(5):  # slices of smoked meat
        x, y = cx + 40 + index * 22, cy - 170 + index * 26
        draw.rounded_rectangle(
            (x, y, x + 130, y + 44), radius=18, fill=rng.choice([MORINDA, (120, 36, 30)])
        )
    draw.ellipse((cx + 60, cy + 80, cx + 170, cy + 190), fill=(200, 40, 30))  # sambal
    return image


def portrait(seed: str, category: str) -> Image.Image:
    """Head and shoulders in silhouette, an ikat scarf, against a warm backdrop."""
    rng = random.Random(f"portrait:{seed}")
    width, height = PORTRAIT
    top, bottom = rng.choice(SKIES)
    image = _gradient(PORTRAIT, top, bottom)
    image = _glow(image, (120, 120, width - 120, height - 260), (255, 240, 220), 90, 110)
    draw = ImageDraw.Draw(image)
    cx = width / 2 + rng.randint(-60, 60)
    draw.ellipse((cx - 120, 250, cx + 120, 540), fill=BLACK)
    draw.rectangle((cx - 50, 500, cx + 50, 620), fill=BLACK)
    draw.ellipse((cx - 320, 580, cx + 320, 1500), fill=BLACK)
    scarf = Image.new("RGB", (140, 520), palette_for(category).ground)
    _cloth(scarf, rng, palette_for(category), centre_height=60)
    scarf = _weave(scarf).rotate(-12, expand=True, fillcolor=BLACK)
    image.paste(scarf, (int(cx - 40), 600))
    return image


BANNERS = {"musik": "stage", "fotografi": "landscape"}  # wide scenes; the rest wear cloth


def banner(seed: str, category: str, size: tuple[int, int]) -> Image.Image | None:
    """A cover photo of the category's scene, cropped to ``size``; None where the category's
    cover is a cloth (weavers and crafts keep :func:`.art.cover`)."""
    scene = BANNERS.get(category)
    if scene is None:
        return None
    image = {"stage": stage, "landscape": landscape}[scene](f"cover:{seed}")
    width, height = size
    scale = width / image.width
    image = image.resize((width, round(image.height * scale)), Image.Resampling.LANCZOS)
    top = max(0, (image.height - height) // 4)
    return image.crop((0, top, width, top + height))
