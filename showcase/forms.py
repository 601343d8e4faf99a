"""Form pieces every blueprint shares: text fields that refuse what no person types."""

import re
import unicodedata

from flask import request
from flask_babel import get_translations, ngettext
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, MultipleFileField
from flask_wtf.form import _Auto, _is_submitted
from werkzeug.datastructures import CombinedMultiDict
from wtforms import IntegerField, SelectChoice, SelectField, StringField, TextAreaField
from wtforms.validators import ValidationError
from wtforms.widgets import TextInput

from .services.accounts import AccountError, normalise_email, password_problem
from .services.social import InvalidValue

REQUIRED = _l("This field is required.")

# C0/C1 control characters, and U+FFFD, which is what bytes that were not UTF-8 decode to.
# Line and paragraph separators (U+2028, U+2029) break lines as surely as CR and LF do.
_FORBIDDEN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffd]")
_FORBIDDEN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


class _CatalogTranslations:
    """WTForms' own messages, looked up in our catalog (WTForms ships no Indonesian)."""

    def gettext(self, string):
        return get_translations().ugettext(string)

    def ngettext(self, singular, plural, count):
        return get_translations().ungettext(singular, plural, count)


class BaseForm(FlaskForm):
    """Every form of the site: CSRF from Flask-WTF, messages in the reader's language, data
    only from the form body (files only for forms that take files, never JSON)."""

    class Meta:
        def get_translations(self, form):
            return _CatalogTranslations()

        def wrap_formdata(self, form, formdata):
            if formdata is not _Auto:
                return formdata
            if not _is_submitted():
                return None
            if any(isinstance(field, FileField | MultipleFileField) for field in form):
                return CombinedMultiDict((request.files, request.form))
            return request.form


def _wtforms_messages():  # pragma: no cover - never called: lists WTForms' messages for extraction
    _l("Not a valid choice.")
    _l("Number must be at least %(min)s.")
    _l("Number must be at most %(max)s.")
    _l("Number must be between %(min)s and %(max)s.")
    _l("Field must be between %(min)d and %(max)d characters long.")
    _l("Invalid input.")
    ngettext(
        "Field cannot be longer than %(max)d character.",
        "Field cannot be longer than %(max)d characters.",
        1,
    )
    ngettext(
        "Field must be at least %(min)d character long.",
        "Field must be at least %(min)d characters long.",
        1,
    )


def _clean(value, forbidden: re.Pattern) -> str:
    if value is not None and not isinstance(value, str):
        raise ValidationError(_l("This field takes text."))
    text = unicodedata.normalize("NFC", value or "").replace("\r\n", "\n").strip()
    if forbidden.search(text):
        raise ValidationError(_l("This contains characters that cannot be used. Please retype it."))
    return text


class LineField(StringField):
    """One line of text, trimmed; control characters and broken encodings refused."""

    def pre_validate(self, form):
        self.data = _clean(self.data, _FORBIDDEN_LINE)


# What a name must not draw: the site's own badge (check marks), or text that runs backwards
# or hides (bidi controls, zero-width and other format characters, but the joiner emoji use).
_BADGE_MARKS = set("\u2713\u2714\u2705\u2611\u237b\U0001f5f8\u221a")


class NameField(LineField):
    """A name shown on pages: one line, and nothing that fakes the badge or hides text."""

    def pre_validate(self, form):
        super().pre_validate(form)
        for char in self.data:
            if char in _BADGE_MARKS:
                raise ValidationError(_l("A name cannot contain a check mark."))
            if unicodedata.category(char) == "Cf" and char != "\u200d":
                raise ValidationError(
                    _l("This contains characters that cannot be used. Please retype it.")
                )


class TextField(TextAreaField):
    """Several lines of plain text; line breaks kept, other control characters refused."""

    def pre_validate(self, form):
        self.data = _clean(self.data, _FORBIDDEN_TEXT)


class EmailField(LineField):
    """An e-mail address, checked for form and stored lower-case."""

    def pre_validate(self, form):
        super().pre_validate(form)
        if not self.data:
            return
        try:
            self.data = normalise_email(self.data)
        except AccountError as error:
            raise ValidationError(error.message) from error


def choices(pairs) -> list[SelectChoice]:
    """(value, label) pairs as WTForms wants its options."""
    return [SelectChoice(value, label) for value, label in pairs]


class ChoiceField(SelectField):
    """A choice whose stored value may be a record (a category, a region: its slug is the
    option shown as selected). A form that leaves it out gets its default."""

    def process_data(self, value):
        super().process_data(self.default if value is None else getattr(value, "slug", value))

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        if not valuelist:
            self.data = self.default


class RupiahField(IntegerField):
    """A whole amount of rupiah; "Rp", dots and spaces people type as separators are ignored."""

    widget = TextInput()

    def __init__(self, label=None, validators=None, **kwargs):
        kwargs.setdefault("render_kw", {"inputmode": "numeric", "autocomplete": "off"})
        message = _l("Type an amount in rupiah, digits only, like 500000.")
        super().__init__(label, validators, invalid_value_message=message, **kwargs)

    def process_formdata(self, valuelist):
        if valuelist:
            amount = re.sub(r"(,\d{0,2}|,-)$", "", valuelist[0].strip())  # "Rp 500.000,00"
            valuelist = [re.sub(r"^rp|[\s.,]", "", amount, flags=re.IGNORECASE)]
        super().process_formdata(valuelist)


class Normalised:
    """Validator that puts a field's value through a normaliser from services.social.

    Empty values are left alone (pair with Optional or DataRequired).
    """

    def __init__(self, normalise):
        self.normalise = normalise

    def __call__(self, form, field):
        if not field.data:
            return
        try:
            field.data = self.normalise(field.data)
        except InvalidValue as error:
            raise ValidationError(error.message) from error


def password_rules(form, field):
    """Validator: the password rules of services.accounts."""
    problem = password_problem(field.data or "")
    if problem:
        raise ValidationError(problem)
