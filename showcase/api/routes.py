"""GET /api/v1/creators, /api/v1/creators/<handle> and the OpenAPI document."""

from flask import abort, jsonify, request, url_for
from flask_babel import gettext as _

from ..browse.forms import BrowseForm
from ..caching import public_page
from ..errors import json_error
from ..services import creators, discovery
from . import bp
from .documents import creator_detail, creator_summary
from .openapi import openapi_document

LIST_FILTERS = BrowseForm.PARAMETERS
AVAILABLE = ("", "0", "y")  # all, all, only those available for hire


@bp.after_request
def allow_any_origin(response):
    """Public, read-only data: partners' own web pages may fetch it."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    return response


@bp.get("/creators")
@public_page(reads=LIST_FILTERS)
def list_creators():
    form = BrowseForm(request.args)
    unknown = sorted(set(request.args) - set(LIST_FILTERS))
    if unknown:
        return json_error(400, _("Unknown parameter: %(names)s.", names=", ".join(unknown)))
    repeated = sorted(name for name in request.args if len(request.args.getlist(name)) > 1)
    if repeated:
        return json_error(400, _("Give each parameter once: %(names)s.", names=", ".join(repeated)))
    if "page" in request.args and not request.args["page"].isdigit():
        return json_error(400, _("Some parameters are not valid."), {"page": [_("A number.")]})
    if request.args.get("available", "") not in AVAILABLE:
        return json_error(400, _("Some parameters are not valid."), {"available": [_("y or 0.")]})
    if not form.validate():
        return json_error(400, _("Some parameters are not valid."), fields=form.errors)
    results = discovery.browse(**form.filters())
    return jsonify(
        data=[creator_summary(card.creator, card.picture) for card in results.cards],
        meta={
            "page": results.page,
            "pages": results.pages,
            "per_page": discovery.PER_PAGE,
            "total": results.total,
        },
        links=_page_links(results.page, results.pages),
    )


@bp.get("/creators/<handle>")
@public_page
def get_creator(handle):
    handle = handle.lower()
    creator = creators.creator_by_handle(handle) if creators.looks_like_handle(handle) else None
    if creator is None or not creators.is_public(creator):
        abort(404)
    return jsonify(data=creator_detail(creator))


@bp.get("/openapi.json")
def openapi():
    return jsonify(openapi_document())


def _page_links(page: int, pages: int) -> dict:
    filters = {key: request.args[key] for key in LIST_FILTERS if key in request.args}

    def link(number: int) -> str:
        return url_for("api.list_creators", **{**filters, "page": number}, _external=True)

    return {
        "self": link(page),
        "first": link(1),
        "last": link(pages),
        "prev": link(page - 1) if 1 < page <= pages else None,
        "next": link(page + 1) if page < pages else None,
    }
