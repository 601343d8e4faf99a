"""What a person does to a form read by tests/browser_forms.py before sending it: type into
its fields, choose an option, tick a box; and what a page shows that a person reads."""

import re
from html.parser import HTMLParser

from .browser_forms import Form


def fill(form: Form, **values) -> Form:
    """Type ``values`` into ``form`` by control name: text for inputs and text areas, the
    option's value for a select, True or False for a check box, (bytes, file name) for a
    file."""
    for name, value in values.items():
        control = next((c for c in form.fields if c.name == name), None)
        assert control is not None, f"no field {name!r} in the form to {form.action}"
        if control.tag == "select":
            assert value in [option[0] for option in control.options], (name, value)
            control.options = [(v, v == value, off) for v, _selected, off in control.options]
        elif control.type == "checkbox":
            control.checked = bool(value)
        else:
            control.value = value
    return form


def form_to(forms: list[Form], path: str) -> Form:
    """The form on a page that posts to ``path``."""
    [form] = [form for form in forms if form.action.endswith(path) and form.method == "post"]
    return form


def value_of(form: Form, name: str):
    """What a field shows: its text, the selected option's value, or whether it is ticked."""
    [control] = [c for c in form.controls if c.name == name]
    if control.tag == "select":
        chosen = [value for value, selected, _off in control.options if selected]
        return chosen[-1] if chosen else None
    if control.type == "checkbox":
        return control.checked
    return control.value


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.controls: list[dict] = []
        self.terms: list[list] = []  # [label, text, links] for each dt/dd pair
        self._in: str | None = None
        self._depth = 0

    def handle_starttag(self, tag, attrs):
        attributes = {name: value or "" for name, value in attrs}
        if tag in ("input", "select", "textarea"):
            self.controls.append({"tag": tag, **attributes})
        elif tag == "dt":
            self.terms.append(["", "", []])
            self._in = "dt"
        elif tag == "dd":
            self._in = "dd"
        elif tag == "a" and self._in == "dd":
            self.terms[-1][2].append(attributes.get("href", ""))

    def handle_endtag(self, tag):
        if tag in ("dt", "dd"):
            self._in = None

    def handle_data(self, data):
        if self._in == "dt":
            self.terms[-1][0] += data
        elif self._in == "dd":
            self.terms[-1][1] += data


def _read(page: str) -> _Reader:
    reader = _Reader()
    reader.feed(page)
    reader.close()
    return reader


def controls_on(page: str) -> list[dict]:
    """Every input, select and text area on a page, with all its attributes."""
    return _read(page).controls


def terms_on(page: str) -> dict[str, tuple[str, list[str]]]:
    """A page's label-and-value lists (<dl>): each label's value text and the links in it.
    Line breaks and runs of spaces read as one space; other spaces (the narrow no-break
    space Babel puts before "PM") are kept."""
    return {_spaced(label): (_spaced(text), links) for label, text, links in _read(page).terms}


def _spaced(text: str) -> str:
    return re.sub(r"[ \t\r\n]+", " ", text).strip()
