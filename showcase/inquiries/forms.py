import math
import re

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DateField, HiddenField, SelectField
from wtforms.validators import DataRequired, Length, Optional, ValidationError

from ..forms import BaseForm, EmailField, LineField, Normalised, TextField, choices
from ..links import web_links
from ..services import clock
from ..services.inquiries import KIND_LABELS, STATUS_LABELS
from ..services.social import normalise_phone

MAX_LINKS = 3
MAX_BUDGET_LENGTH = 60
# Digit groups may be split by single spaces ("1 500 000"); no two ways to match one space,
# so a failing match cannot backtrack for long.
_AMOUNT = r"(?:rp\.?\s?)?(\d[\d.,]*(?: \d[\d.,]*)*)\s?(rb|ribu|k|jt|juta)?"
_BUDGET = re.compile(rf"{_AMOUNT}(?: ?(?:-|–|s/d|sampai|to) ?{_AMOUNT})?", re.IGNORECASE)
_MULTIPLIERS = {"rb": 1_000, "ribu": 1_000, "k": 1_000, "jt": 1_000_000, "juta": 1_000_000}


def parse_budget(text: str) -> tuple[int, int] | None:
    """Rupiah as people type it: "1500000", "Rp 1.500.000", "2 jt", "1-3 juta"."""
    text = " ".join(text.split())
    if len(text) > MAX_BUDGET_LENGTH:
        return None
    match = _BUDGET.fullmatch(text)
    if match is None:
        return None
    low_digits, low_unit, high_digits, high_unit = match.groups()
    high_unit = high_unit or None
    low_unit = low_unit or (high_unit if high_digits else None)
    low = _amount(low_digits, low_unit)
    high = _amount(high_digits, high_unit) if high_digits else low
    if low is None or high is None or low > high or high > 10**13:
        return None
    return low, high


def _amount(digits: str, unit: str | None) -> int | None:
    digits = re.sub(r"[\s.]", "", digits)
    if unit:
        digits = digits.replace(",", ".")
        try:
            amount = float(digits) * _MULTIPLIERS[unit.lower()]
        except ValueError:
            return None
        return round(amount) if math.isfinite(amount) else None
    digits = re.sub(r",\d{0,2}$", "", digits).replace(",", "")
    return int(digits) if digits.isdigit() else None


class BudgetField(LineField):
    """A budget in rupiah, one amount or a range; kept as (lowest, highest)."""

    def pre_validate(self, form):
        super().pre_validate(form)
        self.range = None
        if self.data:
            self.range = parse_budget(self.data)
            if self.range is None:
                raise ValidationError(
                    _l("Type an amount in rupiah, like 1.500.000, or a range, like 1-3 juta.")
                )


def not_in_the_past(form, field):
    if field.data and field.data < clock.today():
        raise ValidationError(_l("Choose today or a later date."))


def few_links(form, field):
    if len(web_links(field.data)) > MAX_LINKS:
        raise ValidationError(_l("Please include at most %(count)d links.", count=MAX_LINKS))


class InquiryForm(BaseForm):
    """POST /@<handle>/inquire. ``website`` is a honeypot people never see; ``started`` is a
    signed time, so a form sent faster than a person types is refused."""

    name = LineField(
        _l("Your name"),
        validators=[DataRequired(), Length(max=80)],
        render_kw={"autocomplete": "name", "autocapitalize": "words"},
    )
    email = EmailField(
        _l("Your e-mail"),
        validators=[DataRequired(), Length(max=254)],
        render_kw={
            "type": "email",
            "inputmode": "email",
            "autocomplete": "email",
            "autocapitalize": "none",
        },
    )
    phone = LineField(
        _l("Phone or WhatsApp (optional)"),
        validators=[Optional(), Length(max=30), Normalised(normalise_phone)],
        render_kw={"type": "tel", "inputmode": "tel", "autocomplete": "tel"},
    )
    kind = SelectField(_l("What is it about?"), choices=choices(KIND_LABELS.items()))
    budget = BudgetField(_l("Budget in rupiah (optional)"), validators=[Length(max=60)])
    date = DateField(
        _l("Date needed (optional)"),
        validators=[Optional(), not_in_the_past],
        format="%Y-%m-%d",
        render_kw={"type": "date"},
    )
    message = TextField(
        _l("Your message"),
        validators=[
            DataRequired(),
            Length(min=20, max=5000, message=_l("Your message needs 20 to 5,000 characters.")),
            few_links,
        ],
        description=_l("What, when, where, how many: 20 to 5,000 characters."),
    )
    consent = BooleanField(
        _l("The creator may contact me about this inquiry."),
        validators=[DataRequired(_l("Tick this box so the creator may answer you."))],
    )
    website = LineField(_l("Leave this empty"))
    started = HiddenField()
    work = HiddenField()


class StatusForm(BaseForm):
    status = SelectField(_l("Status"), choices=choices(STATUS_LABELS.items()))


class NoteForm(BaseForm):
    note = TextField(_l("Private note"), validators=[Length(max=2000)])
