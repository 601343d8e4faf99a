"""Every route in the URL map, every method it takes, as a visitor, a creator and an admin,
with hostile bodies and parameters: bad bytes, a flood of fields, odd names. Each answers
with a 2xx, 3xx or 4xx, never a 5xx. New routes are covered as they are added."""

import pytest

from showcase import create_app
from showcase.models import Role

FORM = "application/x-www-form-urlencoded"
BODIES = {
    "bad bytes": (FORM, b"email=\xff\xfe\x00%&title=\xc3(&" + bytes(range(256)) * 4),
    "a flood of fields": (FORM, b"a&" * 5000),
    "odd names": (
        FORM,
        b"__class__=1&_method=DELETE&csrf_token=%FF&a[]=1&%00=1&=x&&&"
        b"email[$ne]=1&next=//evil.example&work=-1&page=99999999999999999999",
    ),
    "broken multipart": ("multipart/form-data; boundary=xx", b"--xx\r\nContent-Disp\xff\r\n\r\n"),
    "multipart without boundary": ("multipart/form-data", b"--\r\n"),
    "json": ("application/json", b'{"email": {"$gt": ""}, "x": [1e999999]}'),
}
QUERY = "?_method=POST&_scheme=https&_external=1&page=-1&q=%FF%00&sort[]=x&category=999999999999"
VALUES = {"handle": "ana", "kind": "audio", "state": "on", "direction": "up", "token": "x.y.z"}


def _rules():
    app = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://", "TASK_QUEUE_URL": "memory://"})
    for rule in sorted(app.url_map.iter_rules(), key=lambda rule: rule.rule):
        for method in sorted(rule.methods - {"HEAD", "OPTIONS"}):
            yield pytest.param(rule.rule, rule.endpoint, method, id=f"{method} {rule.rule}")


def _path(app, endpoint: str, rule: str) -> str:
    [found] = [r for r in app.url_map.iter_rules() if r.endpoint == endpoint and r.rule == rule]
    values = {}
    for name in found.arguments:
        converter = found._converters[name]
        if type(converter).__name__ == "IdConverter":
            values[name] = 1
        elif type(converter).__name__ == "PathConverter":
            values[name] = "work/1/x/../../secret"
        else:
            values[name] = VALUES.get(name, "x")
    with app.test_request_context():
        return found.build(values, append_unknown=False)[1]


@pytest.fixture
def visitors(app, client, make_creator, make_work, make_staff):
    ana = make_creator(handle="ana")
    make_work(ana, title="Karya")
    admin = make_staff(role=Role.ADMIN)
    return {"visitor": None, "creator": ana, "admin": admin}


@pytest.mark.parametrize(("rule", "endpoint", "method"), list(_rules()))
def test_no_route_answers_a_hostile_request_with_a_5xx(
    app, client, auth, visitors, rule, endpoint, method
):
    path = _path(app, endpoint, rule)
    for who, user in visitors.items():
        if user is not None:
            auth.login(user)
        for name, (content_type, body) in BODIES.items():
            response = client.open(
                path + QUERY, method=method, data=body, content_type=content_type
            )
            assert response.status_code < 500, (who, name, response.status_code)
        if user is not None:
            auth.logout()
