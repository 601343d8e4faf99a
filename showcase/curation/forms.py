from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DateField, IntegerField, SelectField, StringField
from wtforms.validators import DataRequired, Length, NumberRange, Optional, Regexp

from ..forms import BaseForm, ChoiceField, LineField, TextField, choices
from ..models import Role
from ..services.curation import REPORT_REASONS

REPORT_LABELS = {
    "spam": _l("Spam or a scam"),
    "impersonation": _l("Pretends to be someone else"),
    "offensive": _l("Offensive or hateful"),
    "copyright": _l("Uses someone else's work or a community's motif without right"),
    "other": _l("Something else"),
}


class ReasonForm(BaseForm):
    reason = LineField(_l("Reason"), validators=[DataRequired(), Length(max=500)])


class OptionalReasonForm(BaseForm):
    reason = LineField(_l("Reason"), validators=[Length(max=500)])


class FeatureForm(BaseForm):
    handle = LineField(_l("Creator's handle"), validators=[DataRequired(), Length(max=31)])
    work_id = IntegerField(
        _l("Work number (optional)"), validators=[Optional(), NumberRange(min=1, max=2**31 - 1)]
    )
    blurb = LineField(_l("Blurb (Indonesian)"), validators=[Length(max=280)])
    blurb_en = LineField(_l("Blurb (English)"), validators=[Length(max=280)])
    starts_on = DateField(_l("From"), validators=[DataRequired()], render_kw={"type": "date"})
    ends_on = DateField(_l("Until (optional)"), validators=[Optional()], render_kw={"type": "date"})
    position = IntegerField(
        _l("Slot"), default=0, validators=[Optional(), NumberRange(min=0, max=99)]
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
    cover_id = ChoiceField(
        _l("Cover"), default="", description=_l("A photo from the creators in the collection.")
    )

    def __init__(self, *args, pictures=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.cover_id.choices = choices(
            [("", _l("No cover")), *((str(p.id), p.alt or f"#{p.id}") for p in pictures)]
        )


class AddCreatorForm(BaseForm):
    handle = LineField(_l("Creator's handle"), validators=[DataRequired(), Length(max=31)])


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
    role = SelectField(_l("Role"), choices=choices([(role.value, role.value) for role in Role]))


class ActiveForm(BaseForm):
    active = SelectField(
        _l("Account"), choices=choices([("yes", _l("Active")), ("no", _l("Deactivated"))])
    )
    reason = LineField(_l("Reason"), validators=[Length(max=500)])


class ReportForm(BaseForm):
    reason = SelectField(_l("What is wrong?"), choices=choices(REPORT_LABELS.items()))
    details = TextField(_l("Details"), validators=[DataRequired(), Length(min=10, max=2000)])
    work = StringField()


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


assert set(REPORT_LABELS) == set(REPORT_REASONS)
