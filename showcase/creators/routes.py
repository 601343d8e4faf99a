"""The public creator page at /@<handle>."""

from flask import abort, redirect, render_template, request, url_for
from flask_login import current_user

from ..services import creators
from . import bp


@bp.get("/@<handle>")
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
