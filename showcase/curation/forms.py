from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DateField, IntegerField, SelectField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, Regexp
from wtforms.widgets import HiddenInput, ListWidget, RadioInput

from ..forms import BaseForm, ChoiceField, LineField, TextField, choices
from ..models import Role
from ..services import clock
from .labels import REPORT_LABELS, ROLE_LABELS


class RadioChoiceField(ChoiceField):
    """A ChoiceField shown as radio buttons (templates lay each one out with its picture)."""

    widget = ListWidget(prefix_label=False)
    option_widget = RadioInput()


def _handle_field():
    """The creator a curator chose from a search: sent back by the page, never typed."""
    return LineField(validators=[DataRequired(), Length(max=31)], widget=HiddenInput())


class ReasonForm(BaseForm):
    reason = LineField(_l("Reason"), validators=[DataRequired(), Length(max=500)])


class OptionalReasonForm(BaseForm):
    reason = LineField(_l("Reason"), validators=[Length(max=500)])


class FeatureForm(BaseForm):
    handle = _handle_field()
    work_id = RadioChoiceField(_l("Which work?"), default="")
    blurb = LineField(_l("Blurb (Indonesian)"), validators=[Length(max=280)])
    blurb_en = LineField(_l("Blurb (English)"), validators=[Length(max=280)])
    starts_on = DateField(
        _l("From"), default=clock.today, validators=[DataRequired()], render_kw={"type": "date"}
    )
    ends_on = DateField(_l("Until (optional)"), validators=[Optional()], render_kw={"type": "date"})
    position = IntegerField(
        _l("Slot"), default=0, validators=[Optional(), NumberRange(min=0, max=99)]
    )

    def __init__(self, *args, works=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.work_id.choices = choices(
            [("", _l("No single work: the creator")), *((str(w.id), w.title) for w in works)]
        )


class CollectionForm(BaseForm):
    slug = LineField(
        _l("Address"),
        validators=[DataRequired(), Length(max=60), Regexp(r"^[a-z0-9-]+$")],
        description=_l("Lower-case letters, digits and hyphens: /collections/tenun-sumba"),
    )
    title = LineField(_l("Title (Indonesian)"), validators=[DataRequired(), Length(max=120)])
    title_en = LineField(_l("Title (English)"), validators=[Length(max=120)])
    blurb = TextField(_l("Blurb (Indonesian)"), validators=[Length(max=2000)])
    blurb_en = TextField(_l("Blurb (English)"), validators=[Length(max=2000)])
    published = BooleanField(_l("Shown on the site"))
    cover_id = RadioChoiceField(
        _l("Cover"), default="", description=_l("A photo from the creators in the collection.")
    )

    def __init__(self, *args, covers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.cover_id.choices = choices(
            [("", _l("No cover")), *((str(c.picture.id), cover_label(c)) for c in covers)]
        )


def cover_label(choice) -> str:
    """A cover photo in words: its work's title, or whose cover or profile photo it is."""
    if choice.work is not None:
        return choice.work.title
    name = choice.creator.display_name
    if choice.purpose == "cover":
        return _l("Cover photo of %(name)s", name=name)
    return _l("Profile photo of %(name)s", name=name)


class AddCreatorForm(BaseForm):
    handle = _handle_field()


class DecisionForm(BaseForm):
    decision = SelectField(
        _l("Decision"), choices=choices([("approve", _l("Approve")), ("decline", _l("Decline"))])
    )
    reason = LineField(_l("Reason"), validators=[Length(max=500)])


class ReportDecisionForm(BaseForm):
    action = SelectField(
        _l("Decision"),
        choices=choices([("dismiss", _l("Dismiss")), ("hide", _l("Hide what it names"))]),
    )
    reason = LineField(_l("Reason"), validators=[Length(max=500)])


class RoleForm(BaseForm):
    role = SelectField(
        _l("Role"), choices=choices((role.value, ROLE_LABELS[role]) for role in Role)
    )


class ActiveForm(BaseForm):
    active = SelectField(
        _l("Account"), choices=choices([("yes", _l("Active")), ("no", _l("Deactivated"))])
    )
    reason = LineField(_l("Reason"), validators=[Length(max=500)])


class ReportForm(BaseForm):
    reason = SelectField(_l("What is wrong?"), choices=choices(REPORT_LABELS.items()))
    work = ChoiceField(_l("About which work?"), default="")
    details = TextField(_l("Details"), validators=[DataRequired(), Length(min=10, max=2000)])

    def __init__(self, *args, works=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.work.choices = choices(
            [("", _l("The whole page")), *((str(w.id), w.title) for w in works)]
        )


class VerificationForm(BaseForm):
    note = TextField(
        _l("Who you are"),
        validators=[DataRequired(), Length(min=20, max=2000)],
        description=_l("Your real name, your group or sanggar, where you perform or sell."),
    )
    links = TextField(
        _l("Links that show it is you"),
        validators=[Length(max=2000)],
        description=_l("News, event pages, your shop, your accounts elsewhere."),
    )
