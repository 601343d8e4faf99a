"""Page weight on the demo data: light pages, nothing from other origins, well-formed images."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

from showcase.demo import seed_demo

# HTML, CSS and JS of the home page and a browse page, before compression. Pictures with
# their srcsets make the HTML longer; the first load with its images is weighed in the browser
# (tests/test_journeys.py).
BUDGET = 100 * 1024
ABOVE_THE_FOLD = 5  # images that may load eagerly: a cover, an avatar, a first row of works


class Page(HTMLParser):
    """What a page makes the browser load: stylesheets, scripts, images and media."""

    LOADING = {
        "link": ("href",),
        "script": ("src",),
        "img": ("src", "srcset"),
        "source": ("src", "srcset"),
        "audio": ("src",),
        "video": ("src", "poster"),
        "iframe": ("src",),
        "embed": ("src",),
        "object": ("data",),
    }

    def __init__(self, html: str):
        super().__init__()
        self.loads: list[str] = []
        self.assets: list[str] = []  # stylesheets and scripts
        self.images: list[dict] = []
        self._picture_srcset = ""  # a <picture>'s <source srcset> serves its <img>
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and attributes.get("rel") not in ("stylesheet", "preload", "icon"):
            return  # canonical, alternate: links, not loads
        for name in self.LOADING.get(tag, ()):
            value = attributes.get(name)
            if value:
                urls = (
                    [part.split()[0] for part in value.split(",")] if "srcset" in name else [value]
                )
                self.loads += urls
        if tag == "link" and attributes.get("rel") == "stylesheet" or tag == "script":
            self.assets.append(attributes.get("href") or attributes.get("src"))
        if tag == "picture":
            self._picture_srcset = ""
        elif tag == "source":
            self._picture_srcset = attributes.get("srcset") or self._picture_srcset
        elif tag == "img":
            self.images.append({"srcset": self._picture_srcset, **attributes})

    def handle_endtag(self, tag):
        if tag == "picture":
            self._picture_srcset = ""


def test_demo_pages_are_light_and_their_images_well_formed(app, client):
    with app.app_context():
        assert seed_demo() >= 20
    assert_light(client, "/", "/browse")
    for path in ("/", "/browse", "/browse/fesyen", "/@rambu.lika", "/browse?q=tenun"):
        assert_images_well_formed(client, path)
    for path in ("/", "/browse", "/browse?q=tenun"):
        assert_cards_lead_with_a_picture(client, path)


def assert_cards_lead_with_a_picture(client, path: str) -> None:
    """Every creator card opens with a picture whose files the browser picks by its width."""
    page = client.get(path).get_data(as_text=True)
    cards = re.findall(r'<li class="card">\s*<a [^>]*>\s*(<[^>]+>)\s*(<[^>]+>)\s*(<[^>]+>)', page)
    assert len(cards) >= 6, f"{path}: {len(cards)} cards"
    for opening, source, image in cards:
        assert opening == "<picture>", (path, opening)
        assert 'srcset="' in source and 'sizes="' in source, (path, source)
        assert image.startswith("<img ") and 'width="' in image, (path, image)


def assert_light(client, *paths: str) -> None:
    """Together, the pages and their stylesheets and scripts (each counted once) stay within
    the budget, and nothing they load comes from another origin."""
    total, assets = 0, set()
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200
        page = Page(response.get_data(as_text=True))
        assert len(page.images) >= 8, "the demo data should fill the page"
        total += len(response.data)
        assets.update(page.assets)
        foreign = [url for url in page.loads if urlsplit(url).netloc not in ("", "etalase.test")]
        assert foreign == [], f"{path} loads from another origin"
    for asset in assets:
        response = client.get(asset)
        assert response.status_code == 200
        total += len(response.data)
    assert total < BUDGET, f"{total} bytes"


def assert_images_well_formed(client, path: str) -> None:
    """Every image has alt text, a size, a srcset, and loads lazily below the fold."""
    response = client.get(path)
    assert response.status_code == 200
    images = Page(response.get_data(as_text=True)).images
    assert images, path
    for number, image in enumerate(images):
        assert "alt" in image, (path, image)
        assert image.get("width", "").isdigit() and image.get("height", "").isdigit(), image
        assert image["srcset"], (path, image)
        if image.get("loading") != "lazy":
            assert number < ABOVE_THE_FOLD, f"{path}: image {number} loads eagerly: {image}"
