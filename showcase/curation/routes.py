"""The curator area (/curate), the public report form and collection pages."""

from datetime import date

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from ..caching import public_page
from ..extensions import db, limiter
from ..models import (
    Collection,
    CollectionItem,
    CreatorProfile,
    Feature,
    Report,
    User,
    VerificationRequest,
    Work,
)
from ..services import clock, creators, curation, discovery, failures
from ..services.creators import creator_by_handle
from ..views import creator_required, form_page, role_required
from . import bp, labels
from .forms import (
    ActiveForm,
    AddCreatorForm,
    CollectionForm,
    DecisionForm,
    FeatureForm,
    OptionalReasonForm,
    ReasonForm,
    ReportDecisionForm,
    ReportForm,
    RoleForm,
    VerificationForm,
)

curator = role_required("curator")
admin = role_required("admin")


@bp.context_processor
def _labels():
    """Words for the codes the curation area stores, for its templates."""
    return {
        "action_label": labels.action_label,
        "report_label": labels.report_label,
        "role_label": labels.role_label,
    }


def _get(model, record_id: int):
    record = db.session.get(model, record_id)
    if record is None:
        abort(404)
    return record


def _creator(creator_id: int) -> CreatorProfile:
    return _get(CreatorProfile, creator_id)


@bp.get("/curate")
@curator
def home():
    return render_template(
        "curation/home.html",
        reports=len(curation.open_reports()),
        verifications=len(curation.pending_verifications()),
        creators=curation.find_creators(request.args.get("q", "")[:80]),
        q=request.args.get("q", "")[:80],
        reason_form=ReasonForm(formdata=None),
    )


@bp.post("/curate/creators/<id:creator_id>/hide")
@curator
def hide_creator(creator_id):
    creator, form = _creator(creator_id), ReasonForm()
    if not form.validate_on_submit():
        flash(_("Give a reason: the creator sees it."), "error")
        return redirect(url_for("curation.home")), 303
    curation.hide_creator(current_user, creator, form.reason.data)
    flash(_("Hidden: %(name)s.", name=creator.display_name), "success")
    return redirect(url_for("curation.home"))


@bp.post("/curate/creators/<id:creator_id>/restore")
@curator
def restore_creator(creator_id):
    creator, form = _creator(creator_id), OptionalReasonForm()
    if not form.validate_on_submit():
        abort(400)
    curation.restore_creator(current_user, creator, form.reason.data)
    flash(_("Shown again: %(name)s.", name=creator.display_name), "success")
    return redirect(url_for("curation.home"))


@bp.post("/curate/works/<id:work_id>/hide")
@curator
def hide_work(work_id):
    work, form = _get(Work, work_id), ReasonForm()
    if not form.validate_on_submit():
        abort(400)
    curation.hide_work(current_user, work, form.reason.data)
    flash(_("Work hidden."), "success")
    return redirect(url_for("curation.reports"))


@bp.post("/curate/works/<id:work_id>/restore")
@curator
def restore_work(work_id):
    work, form = _get(Work, work_id), OptionalReasonForm()
    if not form.validate_on_submit():
        abort(400)
    curation.restore_work(current_user, work, form.reason.data)
    flash(_("Work shown again."), "success")
    return redirect(url_for("curation.reports"))


@bp.route("/curate/features", methods=["GET", "POST"])
@curator
def features():
    chosen = _chosen_creator(request.form.get("handle") or request.args.get("creator"))
    works = creators.visible_works(chosen) if chosen else []
    form = FeatureForm(works=works)
    if chosen is not None and not form.is_submitted():
        form.handle.data = chosen.handle
    if form.validate_on_submit() and chosen is not None:
        work = next((w for w in works if str(w.id) == form.work_id.data), None)
        draft = curation.FeatureDraft(
            chosen,
            work,
            form.blurb.data,
            form.blurb_en.data,
            form.starts_on.data,
            form.ends_on.data,
            form.position.data or 0,
        )
        try:
            curation.add_feature(current_user, draft)
        except curation.CurationError as error:
            getattr(form, error.field).errors.append(error.message)
        else:
            flash(_("Feature saved."), "success")
            return redirect(url_for("curation.features"))
    elif form.is_submitted() and chosen is None:
        form.handle.errors = [_("Choose a creator first.")]
    day, q = _preview_day(), _search_text()
    return form_page(
        "curation/features.html",
        form,
        features=curation.all_features(),
        day=day,
        shown=curation.features_on(day),
        delete_form=OptionalReasonForm(formdata=None),
        chosen=chosen,
        works={str(work.id): work for work in works},
        q=q,
        found=curation.creators_to_choose(q) if chosen is None else [],
    )


def _chosen_creator(handle: str | None):
    """The creator a curator picked from a search (their handle came back from the page)."""
    handle = (handle or "").strip().lstrip("@").lower()
    return creator_by_handle(handle) if creators.looks_like_handle(handle) else None


def _search_text() -> str:
    return request.args.get("q", "").strip()[:80]


def _preview_day() -> date:
    try:
        return date.fromisoformat(request.args.get("on", ""))
    except ValueError:
        return clock.today()


@bp.post("/curate/features/<id:feature_id>/delete")
@curator
def delete_feature(feature_id):
    curation.remove_feature(current_user, _get(Feature, feature_id))
    flash(_("Feature removed."), "success")
    return redirect(url_for("curation.features"))


@bp.get("/curate/reports")
@curator
def reports():
    return render_template(
        "curation/reports.html",
        reports=curation.open_reports(),
        form=ReportDecisionForm(formdata=None),
    )


@bp.post("/curate/reports/<id:report_id>")
@curator
def decide_report(report_id):
    entry, form = _get(Report, report_id), ReportDecisionForm()
    if not form.validate_on_submit() or entry.status != "open":
        abort(400)
    if form.action.data == "hide" and not form.reason.data:
        flash(_("Give a reason: the creator sees it."), "error")
        return redirect(url_for("curation.reports")), 303
    curation.close_report(current_user, entry, form.action.data, form.reason.data)
    flash(_("Report closed."), "success")
    return redirect(url_for("curation.reports"))


@bp.get("/curate/verifications")
@curator
def verifications():
    return render_template(
        "curation/verifications.html",
        requests=curation.pending_verifications(),
        form=DecisionForm(formdata=None),
    )


@bp.post("/curate/verifications/<id:request_id>")
@curator
def decide_verification(request_id):
    entry, form = _get(VerificationRequest, request_id), DecisionForm()
    if not form.validate_on_submit() or entry.status != "pending":
        abort(400)
    approve = form.decision.data == "approve"
    if not approve and not form.reason.data:
        flash(_("Give a reason: the creator sees it."), "error")
        return redirect(url_for("curation.verifications")), 303
    curation.decide_verification(current_user, entry, approve, form.reason.data)
    flash(_("Decision saved."), "success")
    return redirect(url_for("curation.verifications"))


@bp.route("/curate/collections", methods=["GET", "POST"])
@curator
def collections():
    form = CollectionForm()
    if form.validate_on_submit():
        if curation.collection_by_slug(form.slug.data):
            form.slug.errors.append(_("Another collection has this address."))
        else:
            collection = curation.save_collection(current_user, Collection(), **_fields(form))
            return redirect(url_for("curation.collection", collection_id=collection.id))
    return form_page(
        "curation/collections.html", form, collections=db.session.scalars(db.select(Collection))
    )


@bp.route("/curate/collections/<id:collection_id>", methods=["GET", "POST"])
@curator
def collection(collection_id):
    record = _get(Collection, collection_id)
    saved = {"obj": record} if request.method == "GET" else {}
    covers = curation.cover_choices(record)
    form = CollectionForm(covers=covers, **saved)
    if form.validate_on_submit():
        other = curation.collection_by_slug(form.slug.data)
        if other is not None and other.id != record.id:
            form.slug.errors.append(_("Another collection has this address."))
        else:
            fields = {**_fields(form), "cover_id": int(form.cover_id.data or 0) or None}
            curation.save_collection(current_user, record, **fields)
            flash(_("Collection saved."), "success")
            return redirect(url_for("curation.collection", collection_id=record.id))
    q = _search_text()
    return form_page(
        "curation/collection.html",
        form,
        collection=record,
        covers={str(choice.picture.id): choice for choice in covers},
        add_form=AddCreatorForm(formdata=None),
        q=q,
        found=curation.creators_to_choose(q),
        members={item.creator_id for item in record.items},
    )


def _fields(form: CollectionForm) -> dict:
    return {
        "slug": form.slug.data,
        "title": form.title.data,
        "title_en": form.title_en.data,
        "blurb": form.blurb.data,
        "blurb_en": form.blurb_en.data,
        "published": form.published.data,
    }


@bp.post("/curate/collections/<id:collection_id>/creators")
@curator
def add_to_collection(collection_id):
    record, form = _get(Collection, collection_id), AddCreatorForm()
    creator = _chosen_creator(form.handle.data) if form.validate() else None
    if creator is None:
        flash(_("Choose a creator first."), "error")
    else:
        try:
            curation.add_to_collection(current_user, record, creator)
        except curation.CurationError:
            flash(_("Already in this collection."), "error")
        else:
            flash(_("Added: %(name)s.", name=creator.display_name), "success")
    return redirect(url_for("curation.collection", collection_id=record.id))


@bp.post("/curate/collections/<id:collection_id>/items/<id:item_id>/delete")
@curator
def remove_from_collection(collection_id, item_id):
    record, item = _get(Collection, collection_id), _get(CollectionItem, item_id)
    if item.collection_id != record.id:
        abort(404)
    curation.remove_from_collection(current_user, record, item)
    return redirect(url_for("curation.collection", collection_id=record.id))


@bp.get("/curate/audit")
@curator
def audit():
    return render_template("curation/audit.html", lines=curation.audit_log())


@bp.get("/curate/tasks")
@curator
def task_failures():
    return render_template("curation/tasks.html", failures=failures.recent())


@bp.get("/curate/users")
@admin
def users():
    found = curation.find_users(request.args.get("q", "")[:80])
    return render_template(
        "curation/users.html",
        users=[
            (
                user,
                RoleForm(formdata=None, role=user.role),
                ActiveForm(formdata=None, active="yes" if user.active else "no"),
            )
            for user in found
        ],
        q=request.args.get("q", "")[:80],
        counts=curation.counts(),
    )


@bp.post("/curate/users/<id:user_id>/role")
@admin
def change_role(user_id):
    user, form = _get(User, user_id), RoleForm()
    if not form.validate_on_submit() or user.id == current_user.id:
        abort(400)  # an admin cannot demote themselves out of the admin area by accident
    curation.set_role(current_user, user, form.role.data)
    flash(_("Role saved."), "success")
    return redirect(url_for("curation.users"))


@bp.post("/curate/users/<id:user_id>/active")
@admin
def change_active(user_id):
    user, form = _get(User, user_id), ActiveForm()
    if not form.validate_on_submit() or user.id == current_user.id:
        abort(400)
    curation.set_active(current_user, user, form.active.data == "yes", form.reason.data)
    flash(_("Account saved."), "success")
    return redirect(url_for("curation.users"))


# Public and creator-facing


@bp.route("/@<handle>/report", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["REPORT_LIMIT_PER_IP"], methods=["POST"], key_func=None)
def report(handle):
    creator = creator_by_handle(handle) if creators.looks_like_handle(handle) else None
    if creator is None or not creators.is_public(creator):
        abort(404)
    works = creators.visible_works(creator)
    form = ReportForm(works=works)
    if form.validate_on_submit():
        work = next((w for w in works if str(w.id) == form.work.data), None)
        curation.report(creator, work, form.reason.data, form.details.data)
        flash(_("Thank you. The Etalase curators will look at it."), "success")
        return redirect(url_for("creators.page", handle=creator.handle))
    if not form.is_submitted():
        form.work.data = request.args.get("work", "")
    return form_page("curation/report.html", form, creator=creator)


@bp.get("/collections/<slug>")
@public_page
def public_collection(slug):
    record = curation.collection_by_slug(slug)
    if record is None or not record.published:
        abort(404)
    return render_template(
        "curation/public_collection.html",
        collection=record,
        cards=discovery.cards_of([item.creator_id for item in record.items]),
        cover=curation.shown_cover(record),
    )


@bp.route("/dashboard/verification", methods=["GET", "POST"])
@creator_required
def verification():
    creator = current_user.creator
    if creator.verified:
        flash(_("Your page is verified already."), "info")
        return redirect(url_for("creators.dashboard"))
    form = VerificationForm()
    if form.validate_on_submit():
        curation.request_verification(creator, form.note.data, form.links.data)
        flash(_("Thank you. A curator will look at your request."), "success")
        return redirect(url_for("creators.dashboard"))
    return form_page(
        "curation/verification.html", form, latest=curation.latest_verification(creator)
    )
