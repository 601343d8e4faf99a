"""Forms read from a page and sent back the way a browser sends them (HTML's "constructing the
entry list"): each control's rendered value, checked boxes only, the selected option of a
select (the first option when none is marked), a textarea's text, empty file inputs, and no
button but the one pressed."""

from dataclasses import dataclass, field
from html.parser import HTMLParser
from io import BytesIO
from urllib.parse import urljoin, urlsplit

from werkzeug.datastructures import MultiDict

FILLED_IN = {"text", "search", "email", "tel", "url", "number", "date", "password", "file"}
BUTTON_TYPES = {"submit", "button", "reset", "image"}


@dataclass
class Control:
    tag: str
    name: str
    type: str = ""
    value: str | None = None
    checked: bool = False
    disabled: bool = False
    autocomplete: str = ""
    options: list[tuple[str, bool, bool]] = field(default_factory=list)  # value, selected, off
    multiple: bool = False


@dataclass
class Form:
    action: str
    method: str
    enctype: str
    controls: list[Control] = field(default_factory=list)

    @property
    def buttons(self) -> list[Control]:
        return [c for c in self.controls if c.tag == "button" or c.type in BUTTON_TYPES]

    @property
    def fields(self) -> list[Control]:
        """What a person fills in or chooses: not hidden inputs, not buttons."""
        return [c for c in self.controls if c not in self.buttons and c.type != "hidden"]

    @property
    def is_command(self) -> bool:
        """A form that does one thing when sent: nothing to fill in but hidden values, or
        buttons that carry the decision (name=value), so there is no "unchanged" sending."""
        if not self.fields:
            return True
        submits = [b for b in self.buttons if b.type in ("", "submit")]
        return bool(submits) and all(button.name for button in submits)

    def entries(self, passwords: dict[str, str] | None = None) -> MultiDict:
        """What a browser sends when the form is submitted as it stands. ``passwords`` fills
        fields marked autocomplete="current-password", as a password manager would."""
        sent = MultiDict()
        for control in self.controls:
            if control.disabled or not control.name or control in self.buttons:
                continue
            if control.tag == "select":
                for value in _selected(control):
                    sent.add(control.name, value)
            elif control.type in ("checkbox", "radio"):
                if control.checked:
                    sent.add(control.name, control.value if control.value is not None else "on")
            elif control.type == "file":  # a file chosen by tests/filling.py, or none
                chosen = control.value if isinstance(control.value, tuple) else (b"", "")
                sent.add(control.name, (BytesIO(chosen[0]), chosen[1]))
            elif control.autocomplete == "current-password" and passwords:
                sent.add(control.name, passwords["current-password"])
            else:
                value = control.value or ""
                sent.add(control.name, value.replace("\r\n", "\n").replace("\n", "\r\n"))
        pressed = next((b for b in self.buttons if b.type in ("", "submit")), None)
        if pressed is not None and pressed.name:
            sent.add(pressed.name, pressed.value or "")
        return sent


def _selected(select: Control) -> list[str]:
    chosen = [value for value, selected, off in select.options if selected and not off]
    if chosen or select.multiple:
        return chosen if select.multiple else chosen[-1:]
    # No option marked: the browser shows, and sends, the first one it may.
    return [value for value, _selected, off in select.options if not off][:1]


class _FormReader(HTMLParser):
    def __init__(self, page_url: str):
        super().__init__(convert_charrefs=True)
        self.page_url = page_url
        self.forms: list[Form] = []
        self._form: Form | None = None
        self._text: Control | None = None  # the textarea, option or button being read
        self._option: list | None = None
        self._select: Control | None = None
        self._disabled_fieldsets = 0

    def handle_starttag(self, tag, attrs):
        attributes = {name: (value if value is not None else "") for name, value in attrs}
        if tag == "form":
            action = urljoin(self.page_url, attributes.get("action") or self.page_url)
            self._form = Form(
                action=action,
                method=attributes.get("method", "get").lower(),
                enctype=attributes.get("enctype", "application/x-www-form-urlencoded"),
            )
            self.forms.append(self._form)
            return
        if self._form is None:
            return
        if tag == "fieldset" and "disabled" in attributes:
            self._disabled_fieldsets += 1
        disabled = "disabled" in attributes or self._disabled_fieldsets > 0
        if tag == "input":
            self._form.controls.append(
                Control(
                    "input",
                    attributes.get("name", ""),
                    attributes.get("type", "text").lower(),
                    attributes.get("value"),
                    checked="checked" in attributes,
                    disabled=disabled,
                    autocomplete=attributes.get("autocomplete", ""),
                )
            )
        elif tag in ("textarea", "button"):
            control = Control(
                tag,
                attributes.get("name", ""),
                attributes.get("type", "submit" if tag == "button" else "").lower(),
                attributes.get("value", "" if tag == "textarea" else None),
                disabled=disabled,
                autocomplete=attributes.get("autocomplete", ""),
            )
            self._form.controls.append(control)
            self._text = control if tag == "textarea" else None
        elif tag == "select":
            self._select = Control(
                "select",
                attributes.get("name", ""),
                disabled=disabled,
                multiple="multiple" in attributes,
            )
            self._form.controls.append(self._select)
        elif tag == "option" and self._select is not None:
            if self._option is not None:
                self._close_option()
            self._option = [
                attributes.get("value"),
                "selected" in attributes,
                "disabled" in attributes,
                "",
            ]

    def handle_data(self, data):
        if self._text is not None:
            self._text.value += data
        elif self._option is not None:
            self._option[3] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self._form = None
        elif tag == "fieldset" and self._disabled_fieldsets:
            self._disabled_fieldsets -= 1
        elif tag == "textarea" and self._text is not None:
            # The parser drops the newline that follows <textarea>.
            text = self._text.value
            self._text.value = text[2:] if text.startswith("\r\n") else text.removeprefix("\n")
            self._text = None
        elif tag in ("option", "select") and self._option is not None:
            self._close_option()
        if tag == "select":
            self._select = None

    def _close_option(self):
        value, selected, off, text = self._option
        self._select.options.append(
            (value if value is not None else " ".join(text.split()), selected, off)
        )
        self._option = None


def forms_on(page: str, page_url: str) -> list[Form]:
    reader = _FormReader(page_url)
    reader.feed(page)
    reader.close()
    return reader.forms


def send(client, form: Form, passwords: dict[str, str] | None = None):
    """Submit ``form`` from ``client`` as a browser would; returns the response."""
    target = urlsplit(form.action)
    path = target.path + (f"?{target.query}" if target.query else "")
    data = form.entries(passwords)
    if form.method != "post":
        return client.get(path, query_string=data)
    if form.enctype == "multipart/form-data":
        return client.post(path, data=data, content_type="multipart/form-data")
    files = [key for key, value in data.items(multi=True) if isinstance(value, tuple)]
    for key in files:
        data.poplist(key)
    return client.post(path, data=data)
