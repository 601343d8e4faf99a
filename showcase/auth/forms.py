from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, PasswordField, SelectField
from wtforms.validators import DataRequired, InputRequired, Length

from ..forms import REQUIRED, BaseForm, EmailField, LineField, Normalised, choices, password_rules
from ..services.catalog import category_choices, region_choices
from ..services.social import normalise_handle


def _email_field():
    return EmailField(
        _l("E-mail"),
        validators=[DataRequired(REQUIRED), Length(max=254)],
        render_kw={"autocomplete": "email", "inputmode": "email"},
    )


def _new_password_field(label):
    return PasswordField(
        label,
        validators=[InputRequired(REQUIRED), password_rules],
        render_kw={"autocomplete": "new-password", "minlength": 10},
        description=_l("At least 10 characters. A short sentence is easy to remember."),
    )


class RegisterForm(BaseForm):
    email = _email_field()
    password = _new_password_field(_l("Password"))
    handle = LineField(
        _l("Page address"),
        validators=[DataRequired(REQUIRED), Length(max=31), Normalised(normalise_handle)],
        description=_l("Your page will be etalase.id/@name: 3-30 letters, digits, _ or ."),
        render_kw={"autocapitalize": "none", "autocomplete": "username"},
    )
    display_name = LineField(_l("Name shown"), validators=[DataRequired(REQUIRED), Length(max=80)])
    category = SelectField(_l("Category"), validators=[DataRequired(REQUIRED)])
    region = SelectField(_l("Regency or city"), validators=[DataRequired(REQUIRED)])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.category.choices = choices(category_choices())
        self.region.choices = choices(region_choices())


class LoginForm(BaseForm):
    # Any text is accepted here: a login only needs to match, not to be valid.
    email = LineField(
        _l("E-mail"),
        validators=[DataRequired(REQUIRED), Length(max=254)],
        render_kw={"autocomplete": "email", "inputmode": "email"},
    )
    password = PasswordField(
        _l("Password"),
        validators=[InputRequired(REQUIRED), Length(max=1024)],
        render_kw={"autocomplete": "current-password"},
    )
    remember = BooleanField(_l("Keep me logged in on this phone"), default=True)


class ResetRequestForm(BaseForm):
    email = _email_field()


class ResetPasswordForm(BaseForm):
    password = _new_password_field(_l("New password"))


class ChangeEmailForm(BaseForm):
    email = _email_field()
    current_password = PasswordField(
        _l("Current password"), validators=[InputRequired(REQUIRED), Length(max=1024)]
    )


class ChangePasswordForm(BaseForm):
    current_password = PasswordField(
        _l("Current password"), validators=[InputRequired(REQUIRED), Length(max=1024)]
    )
    password = _new_password_field(_l("New password"))


class DeleteAccountForm(BaseForm):
    current_password = PasswordField(
        _l("Current password"), validators=[InputRequired(REQUIRED), Length(max=1024)]
    )
    confirm = BooleanField(
        _l("I understand that my page and all my works will be deleted for good."),
        validators=[DataRequired(_l("Tick the box to confirm."))],
    )
