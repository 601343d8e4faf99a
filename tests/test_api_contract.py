"""The partner API matches its own OpenAPI document under schemathesis (every check), and a 405
names the methods allowed (RFC 9110), on the API and on pages (issue 13, item 15)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from showcase.extensions import db
from showcase.services import accounts
from showcase.services.catalog import category_by_slug, region_by_slug

from .conftest import stub_photo_work
from .live import PASSWORD, live_app, serving

SCHEMATHESIS = shutil.which("schemathesis", path=str(Path(sys.executable).parent))


def test_a_405_says_which_methods_are_allowed(client):
    for path in ("/api/v1/creators", "/browse", "/login"):
        response = client.delete(path)
        assert response.status_code == 405
        assert "GET" in response.headers["Allow"], path


@pytest.mark.parametrize(
    "query",
    ["available=null&available=null", "available=maybe", "sort=x", "category=999999", "page="],
)
def test_the_api_refuses_what_its_document_does_not_allow(client, query):
    response = client.get(f"/api/v1/creators?{query}")
    assert response.status_code == 400 and response.json["error"]["status"] == 400


@pytest.mark.no_db
@pytest.mark.live
def test_schemathesis_finds_nothing_against_the_document(tmp_path):
    app = live_app(tmp_path, RATELIMIT_ENABLED=False)
    with app.app_context():
        for handle in ("ana.tenun", "jefri.sasando"):
            user = accounts.register_creator(
                email=f"{handle}@example.com",
                password=PASSWORD,
                handle=handle,
                display_name=handle.title(),
                category=category_by_slug("musik"),
                region=region_by_slug("rote-ndao"),
            )
            stub_photo_work(user)
        db.session.commit()
    with serving(app) as url:
        run = subprocess.run(
            [SCHEMATHESIS, "run", f"{url}/api/v1/openapi.json", "--checks", "all",
             "--max-examples", "60", "--seed", "1", "--no-color"],
            capture_output=True,
            text=True,
            timeout=600,
            cwd=tmp_path,  # where it keeps its cache
        )  # fmt: skip
    print(run.stdout[-3000:])
    assert run.returncode == 0, run.stdout[-3000:]
