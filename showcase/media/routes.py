"""Serving media from the local backend (S3 serves its own objects)."""

from flask import Blueprint, abort, send_file
from flask_login import current_user

from ..services.media import is_public_asset, servable_asset
from .storage import MEDIA_MAX_AGE, LocalStorage, StorageError, get_storage

bp = Blueprint("media", __name__)


@bp.get("/media/<path:key>")
def serve(key):
    storage = get_storage()
    viewer = current_user if current_user.is_authenticated else None
    asset = servable_asset(key, viewer) if isinstance(storage, LocalStorage) else None
    if asset is None:
        abort(404)
    try:
        path = storage.path(key)
    except StorageError:
        abort(404)
    if not path.is_file():
        abort(404)
    # Keys hold a random part and their content never changes, but a page may be hidden: an
    # hour, then a revalidation (304). Hiding moves the files to new keys besides.
    response = send_file(path, mimetype=asset.content_type, max_age=MEDIA_MAX_AGE, conditional=True)
    if is_public_asset(asset):
        response.cache_control.public = True
    else:  # hidden page or unpublished work: no shared cache may keep it for others
        response.cache_control.private = True
    return response
