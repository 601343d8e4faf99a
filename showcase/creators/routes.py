"""The public creator page at /@<handle>."""

from flask import Response, abort, redirect, render_template, request, url_for
from flask_login import current_user

from ..caching import public_page
from ..services import creators, media, sharing
from ..services.catalog import category_name
from . import bp


@bp.get("/@<handle>")
@public_page
def page(handle):
    if handle != handle.lower():
        return redirect(url_for("creators.page", handle=handle.lower(), **request.args), 301)
    if not creators.looks_like_handle(handle):
        abort(404)
    creator = creators.creator_by_handle(handle)
    viewer = current_user if current_user.is_authenticated else None
    if creator is None or not creators.can_view(creator, viewer):
        abort(404)
    return render_template(
        "creators/page.html", creator=creator, works=creators.visible_works(creator)
    )


@bp.get("/@<handle>/card.jpg")
@public_page
def share_card(handle):
    """The link-preview picture of a public page (404 for pages not public)."""
    creator = creators.creator_by_handle(handle) if creators.looks_like_handle(handle) else None
    if creator is None or not creators.is_public(creator):
        abort(404)
    cover = creators.share_picture(creator)
    data = media.read_served(cover) if cover is not None else None
    card = sharing.share_card(creator, data, category_name(creator.category))
    return Response(card, mimetype="image/jpeg")
