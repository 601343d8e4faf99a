"""Pages checked by a machine: axe-core (from npm, tests/a11y, installed by `make test`)
injected from disk into the live demo site in Chromium, at a phone's size and a desktop's. No
serious or critical violation on the pages people use most."""

from pathlib import Path

import pytest
from sqlalchemy import select

from showcase.extensions import db
from showcase.models import CreatorProfile, Work

from .live import SIZES, browser_marks, log_in

AXE = Path(__file__).resolve().parent / "a11y" / "node_modules" / "axe-core" / "axe.min.js"
pytestmark = browser_marks("test_accessibility")
SERIOUS = ("serious", "critical")
VISITOR_PAGES = ["/", "/browse", "/browse/fesyen?region=sumba-timur", "/@rambu.lika", "{work}",
                 "/@rambu.lika/inquire", "/register", "/login"]  # fmt: skip
CREATOR_PAGES = ["/dashboard", "/dashboard/works/new", "{edit}", "/dashboard/profile"]
CURATOR_PAGES = ["/curate", "/curate/features"]


@pytest.fixture(scope="module")
def paths(live_site):
    """The demo weaver's first photo work, for its public page and its form."""
    with live_site["app"].app_context():
        creator = db.session.scalar(
            select(CreatorProfile).where(CreatorProfile.handle == "rambu.lika")
        )
        work = next(work for work in creator.works if work.pictures)
        own = db.session.scalar(select(Work).join(Work.creator).where(
            CreatorProfile.handle == "rambu.kaliuda"))  # fmt: skip
        return {"work": f"/@rambu.lika/works/{work.id}", "edit": f"/dashboard/works/{own.id}/edit"}


@pytest.fixture(params=list(SIZES))
def context(request, browser):
    if not AXE.exists():
        pytest.fail(f"axe-core is not installed at {AXE}: run `make test`")
    # axe is injected as a script of its own: the site's policy allows only its own files.
    made = browser.new_context(viewport=SIZES[request.param], bypass_csp=True)
    yield made
    made.close()


def _violations(page, url: str) -> list[str]:
    response = page.goto(url)
    assert response.ok, f"{url}: {response.status}"
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']} at "
        + "; ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
        for violation in result["violations"]
        if violation["impact"] in SERIOUS
    ]


@pytest.mark.parametrize(
    ("who", "pages"),
    [
        (None, VISITOR_PAGES),
        ("rambu@example.com", CREATOR_PAGES),
        ("kurator@example.com", CURATOR_PAGES),
    ],
    ids=["visitor", "creator", "curator"],
)
def test_pages_have_no_serious_accessibility_violations(context, live_site, paths, who, pages):
    page = context.new_page()
    if who:
        log_in(page, live_site["url"], who)
    found = {}
    for path in pages:
        violations = _violations(page, live_site["url"] + path.format(**paths))
        if violations:
            found[path] = violations
    assert found == {}


def test_the_skip_link_leads_to_the_content_and_focus_is_visible(context, live_site):
    page = context.new_page()
    page.goto(live_site["url"] + "/@rambu.lika")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip")
    assert skip.evaluate("link => link === document.activeElement")
    assert skip.is_visible(), "the skip link shows when it has focus"
    outline = skip.evaluate("link => getComputedStyle(link).outlineStyle")
    assert outline not in ("none", ""), "focus is visible"
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
