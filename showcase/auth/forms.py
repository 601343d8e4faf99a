from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, PasswordField
from wtforms.validators import DataRequired, InputRequired, Length

from ..forms import (
    REQUIRED,
    BaseForm,
    ChoiceField,
    EmailField,
    LineField,
    NameField,
    Normalised,
    choices,
    password_rules,
)
from ..services.catalog import category_choices, region_choices
from ..services.social import normalise_handle

# What a phone's keyboard and autofill need: the e-mail keyboard, and the address an account
# logs in with marked as its username, so a password manager saves the pair.
_EMAIL_KEYBOARD = {"type": "email", "inputmode": "email", "autocapitalize": "none"}
CHOOSE = _l("Choose…")


def _email_field(autocomplete="email"):
    return EmailField(
        _l("E-mail"),
        validators=[DataRequired(REQUIRED), Length(max=254)],
        render_kw={**_EMAIL_KEYBOARD, "autocomplete": autocomplete},
    )


def _new_password_field(label):
    return PasswordField(
        label,
        validators=[InputRequired(REQUIRED), password_rules],
        render_kw={"autocomplete": "new-password", "minlength": 10},
        description=_l("At least 10 characters. A short sentence is easy to remember."),
    )


def _current_password_field():
    return PasswordField(
        _l("Current password"),
        validators=[InputRequired(REQUIRED), Length(max=1024)],
        render_kw={"autocomplete": "current-password"},
    )


class RegisterForm(BaseForm):
    email = _email_field(autocomplete="username")
    password = _new_password_field(_l("Password"))
    handle = LineField(
        _l("Page address"),
        validators=[DataRequired(REQUIRED), Length(max=31), Normalised(normalise_handle)],
        description=_l("Your page will be etalase.id/@name: 3-30 letters, digits, _ or ."),
        # Not the username: people log in with their e-mail.
        render_kw={"autocapitalize": "none", "autocomplete": "off", "spellcheck": "false"},
    )
    display_name = NameField(
        _l("Name shown"),
        validators=[DataRequired(REQUIRED), Length(max=80)],
        render_kw={"autocomplete": "name"},
    )
    # Asked, never guessed: the first option is "Choose…", and leaving it is an error.
    category = ChoiceField(
        _l("Category"), default="", validators=[DataRequired(_l("Choose your category."))]
    )
    region = ChoiceField(
        _l("Regency or city"),
        default="",
        validators=[DataRequired(_l("Choose your regency or city."))],
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.category.choices = choices([("", CHOOSE), *category_choices()])
        self.region.choices = choices([("", CHOOSE), *region_choices()])


class LoginForm(BaseForm):
    # Any text is accepted here: a login only needs to match, not to be valid.
    email = LineField(
        _l("E-mail"),
        validators=[DataRequired(REQUIRED), Length(max=254)],
        render_kw={**_EMAIL_KEYBOARD, "autocomplete": "username"},
    )
    password = PasswordField(
        _l("Password"),
        validators=[InputRequired(REQUIRED), Length(max=1024)],
        render_kw={"autocomplete": "current-password"},
    )
    remember = BooleanField(_l("Keep me logged in on this phone"), default=True)


class ResetRequestForm(BaseForm):
    email = _email_field(autocomplete="username")


class ResetPasswordForm(BaseForm):
    password = _new_password_field(_l("New password"))


class ChangeEmailForm(BaseForm):
    email = _email_field()
    current_password = _current_password_field()


class ChangePasswordForm(BaseForm):
    current_password = _current_password_field()
    password = _new_password_field(_l("New password"))


class DeleteAccountForm(BaseForm):
    current_password = _current_password_field()
    confirm = BooleanField(
        _l("I understand that my page and all my works will be deleted for good."),
        validators=[DataRequired(_l("Tick the box to confirm."))],
    )
