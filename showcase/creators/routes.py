"""The public creator page at /@<handle>."""

from flask import Response, abort, redirect, render_template, request, url_for
from flask_login import current_user

from ..caching import public_page
from ..i18n import localized
from ..services import creators, media, sharing
from ..services.catalog import category_name
from . import bp


@bp.get("/@<handle>")
@public_page
def page(handle):
    if handle != handle.lower():
        target = url_for("creators.page", handle=handle.lower())
        query = request.query_string.decode("ascii", "replace")
        return redirect(f"{target}?{query}" if query else target, 301)
    if not creators.looks_like_handle(handle):
        abort(404)
    creator = creators.creator_by_handle(handle)
    viewer = current_user if current_user.is_authenticated else None
    if creator is None or not creators.can_view(creator, viewer):
        abort(404)
    return render_template(
        "creators/page.html", creator=creator, works=creators.visible_works(creator)
    )


@bp.get("/@<handle>/works/<id:work_id>")
@public_page
def work_page(handle, work_id):
    if handle != handle.lower():
        return redirect(url_for("creators.work_page", handle=handle.lower(), work_id=work_id), 301)
    creator, work = _shown_work(handle, work_id, current_user)
    return render_template("creators/work.html", creator=creator, work=work)


@bp.get("/@<handle>/card.jpg")
@public_page
def share_card(handle):
    """The link-preview picture of a public page (404 for pages not public)."""
    creator = _public_creator(handle)
    line = f"{category_name(creator.category)} · {creator.region.name}"
    return _card(creator.display_name, line, creators.share_picture(creator))


@bp.get("/@<handle>/works/<id:work_id>/card.jpg")
@public_page
def work_share_card(handle, work_id):
    creator, work = _shown_work(handle, work_id, viewer=None)
    line = f"{creator.display_name} · {category_name(creator.category)} · {creator.region.name}"
    picture = work.pictures[0] if work.pictures else work.poster or creators.share_picture(creator)
    return _card(localized(work, "title"), line, picture)


def _public_creator(handle: str):
    creator = creators.creator_by_handle(handle) if creators.looks_like_handle(handle) else None
    if creator is None or not creators.is_public(creator):
        abort(404)
    return creator


def _shown_work(handle: str, work_id: int, viewer):
    """The creator and work a page shows, or 404: drafts and pages that are not public are
    shown to their owner and curators only."""
    creator = creators.creator_by_handle(handle) if creators.looks_like_handle(handle) else None
    viewer = viewer if viewer is not None and viewer.is_authenticated else None
    work = next((work for work in creator.works if work.id == work_id), None) if creator else None
    if work is None or not creators.can_view_work(work, viewer):
        abort(404)
    return creator, work


def _card(title: str, line: str, picture) -> Response:
    data = media.read_served(picture) if picture is not None else None
    return Response(sharing.share_card(title, line, data), mimetype="image/jpeg")
