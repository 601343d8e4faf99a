"""The inquiry form (POST /@<handle>/inquire) and the creator's inbox."""

import hashlib
import secrets
from functools import cache

from flask import abort, current_app, flash, g, redirect, request, session, url_for
from flask_babel import gettext as _
from flask_limiter.util import get_remote_address
from flask_login import current_user, login_required
from flask_wtf.csrf import CSRFError, generate_csrf
from itsdangerous import BadData, URLSafeTimedSerializer

from ..caching import personal_slot
from ..errors import render_csrf_error
from ..extensions import limiter
from ..i18n import current_language
from ..models import Inquiry
from ..services import creators, inquiries
from ..services.accounts import AccountError, normalise_email
from ..views import form_page, writes_on_get
from . import bp, display
from .forms import InquiryForm, NoteForm, StatusForm

STARTED_MAX_AGE = 60 * 60 * 24  # a form left open overnight still works


def _signer() -> URLSafeTimedSerializer:
    return _signer_for(current_app.secret_key)


@cache
def _signer_for(secret_key: str) -> URLSafeTimedSerializer:
    """One per key: every creator page signs a start time, and building a signer costs more
    than signing."""
    return URLSafeTimedSerializer(secret_key, salt="inquiry-form-started")


def started_token() -> str:
    """When the form was handed out, to which session, signed; put into each page as it is
    sent. Each token is good for one inquiry (its nonce is spent when it is sent)."""
    return _signer().dumps({"session": _session_binding(), "nonce": secrets.token_urlsafe(9)})


personal_slot("inquiry_started", started_token)


def _session_binding() -> str:
    """The session's CSRF secret, hashed: a token copied from another session does not match."""
    generate_csrf()
    secret = session.get(current_app.config["WTF_CSRF_FIELD_NAME"], "")
    return hashlib.sha256(secret.encode()).hexdigest()[:16]


def _too_quick(token: str) -> bool:
    """Whether the form came back sooner than a person could fill it, without its time, from
    another session, or a second time."""
    try:
        payload, issued = _signer().loads(token, max_age=STARTED_MAX_AGE, return_timestamp=True)
    except BadData:
        return True
    if not isinstance(payload, dict) or payload.get("session") != _session_binding():
        return True
    waited = (inquiries.utcnow() - issued).total_seconds()
    if waited < current_app.config["INQUIRY_MIN_SECONDS"]:
        return True
    # Spent in the limiter's store, which every app process shares.
    return limiter.storage.incr(f"inquiry-started/{payload.get('nonce')}", STARTED_MAX_AGE) > 1


def _visitor() -> str:
    """One visitor writing to one creator: their address and e-mail, so others on a shared
    carrier address are not blocked by them."""
    return f"{get_remote_address()}|{_typed_address()}|{request.view_args.get('handle', '')}"


def _buyer_address() -> str:
    """Each inquiry mails its buyer a receipt: this caps what one address can be sent."""
    return "email|" + _typed_address()


def _typed_address() -> str:
    """The e-mail as it will be stored and mailed (full-width letters and ideographic full
    stops made plain), so that no spelling of one address escapes its limit."""
    typed = (request.form.get("email") or "").strip()[:254]
    try:
        return normalise_email(typed)
    except AccountError:
        return typed.lower()


def _stored(_response) -> bool:
    return g.get("inquiry_stored", False)


def _refused(_limit):
    """Over a limit: the form again, with what was typed and why it was not sent."""
    creator = _public_creator(request.view_args["handle"])
    form = InquiryForm()
    form.form_errors.append(
        _("You have sent many inquiries in a short time. Please wait an hour and try again.")
    )
    return current_app.make_response(
        form_page("inquiries/form.html", form, status=429, creator=creator)
    )


@bp.errorhandler(CSRFError)
def _expired(error: CSRFError):
    """An inquiry sent after its token lapsed (a page left open, a session that ended) comes
    back as the form, with what was typed and a fresh token, not a page that loses it."""
    handle = (request.view_args or {}).get("handle", "")
    creator = creators.creator_by_handle(handle) if creators.looks_like_handle(handle) else None
    if request.endpoint != "inquiries.inquire" or not (creator and creators.is_public(creator)):
        return render_csrf_error(error)
    form = InquiryForm()
    form.form_errors.append(_("This form had expired. Please send it again."))
    return form_page("inquiries/form.html", form, status=400, creator=creator)


def _public_creator(handle: str):
    creator = creators.creator_by_handle(handle) if creators.looks_like_handle(handle) else None
    if creator is None or not creators.is_public(creator):
        abort(404)
    return creator


@bp.get("/@<handle>/inquire")
def form(handle):
    creator = _public_creator(handle)
    form = InquiryForm(formdata=None)
    form.started.data = started_token()
    form.work.data = request.args.get("work", "")
    return form_page("inquiries/form.html", form, creator=creator)


@bp.post("/@<handle>/inquire")
@limiter.limit(
    lambda: current_app.config["INQUIRY_LIMIT_PER_VISITOR"],
    key_func=_visitor,
    deduct_when=_stored,
    on_breach=_refused,
)
@limiter.limit(
    lambda: current_app.config["INQUIRY_LIMIT_PER_IP"],
    deduct_when=_stored,
    on_breach=_refused,
)
@limiter.limit(
    lambda: current_app.config["INQUIRY_LIMIT_PER_EMAIL"],
    key_func=_buyer_address,
    deduct_when=_stored,
    on_breach=_refused,
)
def inquire(handle):
    creator = _public_creator(handle)
    form = InquiryForm()
    if not form.validate_on_submit():
        return form_page("inquiries/form.html", form, creator=creator)
    if form.website.data:
        form.form_errors.append(_("This form could not be sent. Please try again."))
        return form_page("inquiries/form.html", form, status=400, creator=creator)
    if current_app.config["INQUIRY_MIN_SECONDS"] and _too_quick(form.started.data or ""):
        form.started.data = started_token()
        form.form_errors.append(
            _("That was very quick. Please check your message, then send it again.")
        )
        return form_page("inquiries/form.html", form, status=400, creator=creator)
    g.inquiry_stored = inquiries.submit(creator, _submission(form, creator))[1]
    return redirect(url_for("inquiries.sent", handle=creator.handle), 303)


def _submission(form: InquiryForm, creator) -> inquiries.Submission:
    low, high = form.budget.range or (None, None)
    work_id = form.work.data if (form.work.data or "").isdigit() else None
    work = next((w for w in creators.visible_works(creator) if str(w.id) == work_id), None)
    return inquiries.Submission(
        name=form.name.data,
        email=form.email.data,
        phone=form.phone.data or "",
        kind=form.kind.data,
        budget_min=low,
        budget_max=high,
        date_needed=form.date.data,
        message=form.message.data,
        language=current_language(),
        work=work,
    )


@bp.get("/@<handle>/inquire/sent")
def sent(handle):
    creator = _public_creator(handle)
    return form_page("inquiries/sent.html", InquiryForm(formdata=None), creator=creator)


@bp.get("/dashboard/inquiries")
@login_required
def inbox():
    creator = _own_creator()
    status = request.args.get("status", "")
    if status and status not in inquiries.STATUS_LABELS:
        abort(400)
    return form_page(
        "inquiries/inbox.html",
        StatusForm(formdata=None),
        items=inquiries.inbox(creator, status or None),
        counts=inquiries.status_counts(creator),
        shown_status=status,
    )


@bp.get("/dashboard/inquiries/<id:inquiry_id>")
@writes_on_get
@login_required
def detail(inquiry_id):
    inquiry = _visible_inquiry(inquiry_id)
    if _is_own(inquiry):
        inquiries.mark_read(inquiry)
    return _detail_page(inquiry)


@bp.post("/dashboard/inquiries/<id:inquiry_id>/status")
@login_required
def change_status(inquiry_id):
    inquiry = _own_inquiry(inquiry_id)
    form = StatusForm()
    if not form.validate_on_submit():
        return _detail_page(inquiry, status_form=form)
    inquiries.update(inquiry, status=form.status.data)
    flash(_("Status saved."), "success")
    return redirect(url_for("inquiries.detail", inquiry_id=inquiry.id))


@bp.post("/dashboard/inquiries/<id:inquiry_id>/note")
@login_required
def save_note(inquiry_id):
    inquiry = _own_inquiry(inquiry_id)
    form = NoteForm()
    if not form.validate_on_submit():
        return _detail_page(inquiry, note_form=form)
    inquiries.update(inquiry, note=form.note.data)
    flash(_("Note saved."), "success")
    return redirect(url_for("inquiries.detail", inquiry_id=inquiry.id))


@bp.post("/dashboard/inquiries/<id:inquiry_id>/whatsapp")
@login_required
def reply_on_whatsapp(inquiry_id):
    """The WhatsApp reply is a form (CSRF-checked like every POST), as a link cannot mark the
    inquiry replied: this marks it, then sends the browser on to the chat."""
    inquiry = _own_inquiry(inquiry_id)
    if not (inquiry.phone and display.on_whatsapp(inquiry.phone)):
        abort(404)
    inquiries.mark_replied(inquiry)
    return redirect(display.whatsapp_reply_url(inquiry), 302)


def _detail_page(inquiry: Inquiry, status_form=None, note_form=None):
    """The inquiry with its two forms; one sent back with errors makes it a 400."""
    if status_form is None:
        status_form = StatusForm(formdata=None, status=inquiry.status)
    if note_form is None:
        note_form = NoteForm(formdata=None, note=inquiry.note)
    return form_page(
        "inquiries/detail.html",
        status_form,
        status=400 if status_form.errors or note_form.errors else 200,
        inquiry=inquiry,
        own=_is_own(inquiry),
        note_form=note_form,
    )


def _is_own(inquiry: Inquiry) -> bool:
    return current_user.creator is not None and inquiry.creator_id == current_user.creator.id


def _own_creator():
    if current_user.creator is None:
        abort(403)
    return current_user.creator


def _own_inquiry(inquiry_id: int) -> Inquiry:
    """An inquiry of the logged-in creator; anyone else's is a 404 (even its existence)."""
    inquiry = inquiries.get(inquiry_id)
    if inquiry is None or inquiry.creator_id != _own_creator().id:
        abort(404)
    return inquiry


def _visible_inquiry(inquiry_id: int) -> Inquiry:
    """Its creator's, or an admin's to see."""
    if current_user.is_admin:
        inquiry = inquiries.get(inquiry_id)
        if inquiry is None:
            abort(404)
        return inquiry
    return _own_inquiry(inquiry_id)


@bp.app_template_global()
def new_inquiry_form() -> InquiryForm:
    """The form embedded in cached pages: its CSRF token is a slot, filled per response (a
    token made here would belong to the first reader's session and keep the page uncached)."""
    return InquiryForm(formdata=None, meta={"csrf": False})
