"""Forms for a thumb on a cheap phone: every e-mail, phone and name field brings up the right
keyboard and lets the phone fill it in; registering asks for category and region instead of
guessing them, and a refusal keeps what was typed."""

import pytest
from sqlalchemy import func, select

from showcase.extensions import db
from showcase.models import User

from .browser_forms import forms_on, send
from .filling import controls_on, fill, form_to, value_of

EMAIL = {"type": "email", "inputmode": "email"}
TEL = {"type": "tel", "inputmode": "tel", "autocomplete": "tel"}

# (page, who looks at it): {field name: the attributes it must have}
FIELDS = {
    ("/register", None): {
        "email": {**EMAIL, "autocomplete": "username"},  # what the account logs in with
        "password": {"type": "password", "autocomplete": "new-password"},
        "display_name": {"autocomplete": "name"},
        "handle": {"autocomplete": "off", "autocapitalize": "none"},
    },
    ("/login", None): {
        "email": {**EMAIL, "autocomplete": "username"},
        "password": {"type": "password", "autocomplete": "current-password"},
    },
    ("/reset", None): {"email": {**EMAIL, "autocomplete": "username"}},
    ("/settings", "ana"): {
        "email": {**EMAIL, "autocomplete": "email"},
        "current_password": {"type": "password", "autocomplete": "current-password"},
        "password": {"type": "password", "autocomplete": "new-password"},
    },
    ("/@ana/inquire", None): {
        "name": {"autocomplete": "name"},
        "email": {**EMAIL, "autocomplete": "email"},
        "phone": TEL,
    },
    ("/@ana", None): {  # the form embedded in the creator's page
        "name": {"autocomplete": "name"},
        "email": {**EMAIL, "autocomplete": "email"},
        "phone": TEL,
    },
    ("/dashboard/profile", "ana"): {"whatsapp": TEL},
}


@pytest.fixture
def ana(make_creator):
    return make_creator(handle="ana", email="ana@example.com")


@pytest.mark.parametrize(("path", "who"), FIELDS, ids=[path for path, _who in FIELDS])
def test_each_field_brings_up_the_right_keyboard_and_autofill(client, auth, ana, path, who):
    if who:
        auth.login(ana)
    page = client.get(path)
    assert page.status_code == 200
    controls = controls_on(page.text)
    for name, wanted in FIELDS[(path, who)].items():
        found = [control for control in controls if control.get("name") == name]
        assert found, f"no {name} field on {path}"
        for control in found:  # settings has three current-password fields
            shown = {attribute: control.get(attribute) for attribute in wanted}
            assert shown == wanted, f"{name} on {path}"


def test_the_profiles_whatsapp_number_still_takes_a_pasted_link(client, auth, ana):
    """type=tel brings up the number pad and refuses nothing: a wa.me link pasted in works."""
    auth.login(ana)
    page = client.get("/dashboard/profile").text
    form = form_to(forms_on(page, "http://etalase.test/dashboard/profile"), "/dashboard/profile")
    response = send(client, fill(form, whatsapp="https://wa.me/6281299998888"))
    assert response.status_code in (302, 303)
    db.session.expire_all()
    assert db.session.get(User, ana.id).creator.whatsapp == "+6281299998888"


def _register_form(page: str):
    return form_to(forms_on(page, "http://etalase.test/register"), "/register")


TYPED = {
    "email": "maria.bili@example.com",
    "password": "sasando-dari-rote-ndao",
    "handle": "maria.bili",
    "display_name": "Maria Bili",
}


def test_register_asks_for_category_and_region_instead_of_guessing(client):
    page = client.get("/register").text
    form = _register_form(page)
    for name in ("category", "region"):
        [select_control] = [c for c in form.controls if c.name == name]
        first_value, first_selected, _off = select_control.options[0]
        assert (first_value, first_selected) == ("", True), name
        assert [option for option in select_control.options if option[1]] == [
            select_control.options[0]
        ]
    assert ">Choose…</option>" in page

    refused = send(client, fill(form, **TYPED))  # category and region left as they were
    assert refused.status_code == 400
    assert "Choose your category." in refused.text
    assert "Choose your regency or city." in refused.text
    assert 'id="category-error"' in refused.text and 'id="region-error"' in refused.text
    assert db.session.scalar(select(func.count()).select_from(User)) == 0

    again = _register_form(refused.text)
    for name in ("email", "handle", "display_name"):
        assert value_of(again, name) == TYPED[name], name
    assert value_of(again, "password") == ""  # a password is never sent back to the page
    assert value_of(again, "category") == "" and value_of(again, "region") == ""

    done = send(
        client,
        fill(again, password=TYPED["password"], category="fesyen", region="sumba-timur"),
    )
    assert done.status_code == 302
    user = db.session.scalar(select(User).where(User.email == TYPED["email"]))
    assert (user.creator.category.slug, user.creator.region.slug) == ("fesyen", "sumba-timur")


def test_choosing_only_the_category_keeps_it_and_asks_for_the_region(client):
    form = _register_form(client.get("/register").text)
    refused = send(client, fill(form, **TYPED, category="musik"))
    assert refused.status_code == 400
    assert "Choose your regency or city." in refused.text
    assert "Choose your category." not in refused.text
    assert value_of(_register_form(refused.text), "category") == "musik"
