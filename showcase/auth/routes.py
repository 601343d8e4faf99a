from flask import (
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import get_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_required, login_user, logout_user

from .. import tasks
from ..extensions import limiter
from ..services import accounts
from ..services.catalog import category_by_slug, region_by_slug
from ..views import form_page, safe_next
from . import bp
from .forms import (
    ChangeEmailForm,
    ChangePasswordForm,
    DeleteAccountForm,
    LoginForm,
    RegisterForm,
    ResetPasswordForm,
    ResetRequestForm,
)

TOO_MANY_ATTEMPTS = _l("Too many failed attempts. Wait 15 minutes, then try again.")


def _config_limit(name: str):
    return lambda: current_app.config[name]


def _home_for(user) -> str:
    """Where a person lands after logging in: staff at their work, creators at their page."""
    if user.is_curator:
        return url_for("curation.home")
    return url_for("creators.dashboard") if user.creator else url_for("browse.home")


@bp.route("/register", methods=["GET", "POST"])
@limiter.limit(_config_limit("REGISTER_LIMIT_PER_IP"), methods=["POST"])
def register():
    if current_user.is_authenticated:
        return redirect(_home_for(current_user))
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = accounts.register_creator(
                email=form.email.data,
                password=form.password.data,
                handle=form.handle.data,
                display_name=form.display_name.data,
                category=category_by_slug(form.category.data),
                region=region_by_slug(form.region.data),
            )
        except accounts.AccountError as error:
            getattr(form, error.field).errors.append(error.message)
        else:
            _start_session(user, remember=True)
            flash(_("Welcome to Etalase! Add your works so buyers can see them."), "success")
            return redirect(url_for("creators.dashboard"))
    return form_page("auth/register.html", form)


@bp.route("/login", methods=["GET", "POST"])
def login():
    if current_user.is_authenticated:
        return redirect(_home_for(current_user))
    form = LoginForm()
    if form.validate_on_submit():
        try:
            user = accounts.check_password_attempt(
                form.email.data,
                form.password.data,
                request.remote_addr or "",
                known_device=accounts.is_known_device(
                    request.cookies.get(DEVICE_COOKIE, ""), form.email.data, _secret()
                ),
            )
        except accounts.TooManyAttempts:
            form.form_errors.append(TOO_MANY_ATTEMPTS)
            return form_page("auth/login.html", form, status=429)
        if user is not None:
            _start_session(user, remember=form.remember.data)
            accounts.record_login(user)
            response = redirect(safe_next(request.args.get("next")) or _home_for(user))
            _remember_device(response, user)
            return response
        form.form_errors.append(_("Wrong e-mail or password."))
    return form_page("auth/login.html", form)


@bp.post("/logout")
@login_required
def logout():
    """Ends the session for good: a copy of its cookie, or a remember cookie, opens nothing."""
    accounts.end_sessions(current_user._get_current_object())
    logout_user()
    session.clear()
    flash(_("You have logged out on every device."), "info")
    return redirect(url_for("browse.home"))


def _start_session(user, remember: bool = False) -> None:
    """A fresh session for the user: nothing planted before logging in (a CSRF secret, a
    flash) survives into it."""
    session.clear()
    login_user(user, remember=remember)


@bp.route("/reset", methods=["GET", "POST"])
@limiter.limit(_config_limit("RESET_LIMIT_PER_IP"), methods=["POST"])
def reset_request():
    form = ResetRequestForm()
    if form.validate_on_submit():
        _queue_reset_mail(form.email.data)
        # The same answer either way, so nobody learns who has an account.
        flash(_("If an account uses that e-mail, a link to choose a new password is on its way."))
        return redirect(url_for("auth.login"))
    return form_page("auth/reset_request.html", form)


DEVICE_COOKIE = "device"


def _secret() -> str:
    return current_app.config["SECRET_KEY"]


def _remember_device(response, user) -> None:
    response.set_cookie(
        DEVICE_COOKIE,
        accounts.device_token(user, _secret()),
        max_age=accounts.DEVICE_MAX_AGE,
        path=url_for("auth.login"),
        secure=current_app.config["SESSION_COOKIE_SECURE"],
        httponly=True,
        samesite="Lax",
    )


def _queue_reset_mail(email: str) -> None:
    """The lookup is the task's, so the answer takes as long for an unknown address. With the
    queue down it is done here instead, and the outbox's periodic sweep sends it."""
    language = str(get_locale())
    try:
        tasks.send_password_reset(email, language)
    except Exception:  # noqa: BLE001 - any queue failure
        current_app.logger.warning("task queue unavailable; reset mail queued in the request")
        accounts.queue_reset_mail(email, language)


@bp.route("/reset/<token>", methods=["GET", "POST"])
def reset_password(token):
    config = current_app.config
    user = accounts.user_for_reset_token(
        token, config["SECRET_KEY"], config["PASSWORD_RESET_MAX_AGE"]
    )
    if user is None:
        return render_template("auth/reset_invalid.html"), 400
    form = ResetPasswordForm()
    if form.validate_on_submit():
        accounts.set_password(user, form.password.data)
        _start_session(user)
        accounts.record_login(user)
        flash(_("Your password has been changed."), "success")
        return redirect(_home_for(user))
    return form_page("auth/reset_password.html", form)


@bp.get("/settings")
@login_required
def settings():
    return _settings_page()


def _settings_page(status: int = 200, **forms):
    forms = {
        "email_form": ChangeEmailForm(formdata=None, email=current_user.email),
        "password_form": ChangePasswordForm(formdata=None),
        "delete_form": DeleteAccountForm(formdata=None),
        **forms,
    }
    return render_template("auth/settings.html", **forms), status


def _password_confirmed(form) -> bool:
    """Check the current password, under the same attempt limits as logging in."""
    try:
        if accounts.check_password_attempt(
            current_user.email, form.current_password.data, request.remote_addr or ""
        ):
            return True
    except accounts.TooManyAttempts:
        form.current_password.errors.append(TOO_MANY_ATTEMPTS)
        return False
    form.current_password.errors.append(_("This is not your current password."))
    return False


@bp.post("/settings/email")
@login_required
def change_email():
    form = ChangeEmailForm()
    if form.validate_on_submit() and _password_confirmed(form):
        try:
            accounts.change_email(current_user, form.email.data)
        except accounts.AccountError as error:
            form.email.errors.append(error.message)
        else:
            flash(_("Your e-mail address has been changed."), "success")
            return redirect(url_for("auth.settings"))
    return _settings_page(400, email_form=form)


@bp.post("/settings/password")
@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit() and _password_confirmed(form):
        accounts.set_password(current_user, form.password.data)
        # The session id carries a password fingerprint: renew this one, end the others.
        login_user(current_user._get_current_object())
        flash(_("Your password has been changed. Other devices are logged out."), "success")
        return redirect(url_for("auth.settings"))
    return _settings_page(400, password_form=form)


@bp.post("/settings/delete")
@login_required
def delete_account():
    form = DeleteAccountForm()
    if form.validate_on_submit() and _password_confirmed(form):
        user = current_user._get_current_object()
        logout_user()
        accounts.delete_account(user)
        flash(_("Your account, page and works have been deleted."), "info")
        return redirect(url_for("browse.home"))
    return _settings_page(400, delete_form=form)
