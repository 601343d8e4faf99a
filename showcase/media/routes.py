"""Serving media from the local backend; S3 serves its own (media issue)."""

from flask import Blueprint, abort, send_file

from .storage import LocalStorage, StorageError, get_storage

bp = Blueprint("media", __name__)
ONE_YEAR = 60 * 60 * 24 * 365


@bp.get("/media/<path:key>")
def serve(key):
    storage = get_storage()
    if not isinstance(storage, LocalStorage):
        abort(404)
    try:
        path = storage.path(key)
    except StorageError:
        abort(404)
    if not path.is_file():
        abort(404)
    # Keys hold a random part and never change content: cache them for good.
    response = send_file(path, max_age=ONE_YEAR, conditional=True)
    response.cache_control.immutable = True
    response.cache_control.public = True
    return response
