"""The OpenAPI 3.1 document of the partner API (its schemas are JSON Schema 2020-12, and the
tests check every response against them)."""

from flask import url_for

from ..services.catalog import categories, regions
from ..services.discovery import PER_PAGE


def _nullable(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _object(properties: dict, optional: tuple[str, ...] = ()) -> dict:
    return {
        "type": "object",
        "properties": properties,
        "required": [name for name in properties if name not in optional],
        "additionalProperties": False,
    }


STRING = {"type": "string"}
URL = {"type": "string", "format": "uri"}
INTEGER = {"type": "integer"}

SUMMARY = {
    "handle": {"type": "string", "pattern": "^[a-z0-9_.]{3,30}$"},
    "display_name": STRING,
    "url": URL,
    "category": _ref("Category"),
    "region": _ref("Region"),
    "headline": STRING,
    "headline_en": STRING,
    "verified": {"type": "boolean"},
    "available_for_hire": {"type": "boolean"},
    "price_from": _nullable({"type": "integer", "minimum": 0}),
    "avatar": _nullable(_ref("Picture")),
    # What cards lead with: the cover, else the first work photo, else the avatar.
    "picture": _nullable(_ref("Picture")),
}

SCHEMAS = {
    "Variant": _object(
        {"url": URL, "type": STRING, "width": INTEGER, "height": INTEGER},
    ),
    "Picture": _object(
        {
            "alt": STRING,
            "width": INTEGER,
            "height": INTEGER,
            "placeholder": {"type": "string", "pattern": "^#[0-9a-f]{6}$"},
            "variants": {"type": "array", "items": _ref("Variant")},
        }
    ),
    "Media": _object(
        {
            "url": URL,
            "type": STRING,
            "size": INTEGER,
            "duration": _nullable({"type": "number"}),
        }
    ),
    "Category": _object({"slug": STRING, "name_id": STRING, "name_en": STRING}),
    "Region": _object({"slug": STRING, "name": STRING}),
    "CreatorSummary": _object(SUMMARY),
    "Links": _object(
        {name: _nullable(URL) for name in ("instagram", "tiktok", "youtube", "website", "whatsapp")}
    ),
    "Motif": _object({"name": STRING, "community": STRING, "region": _nullable(STRING)}),
    "Work": _object(
        {
            "id": INTEGER,
            "kind": {"enum": ["text", "image", "audio", "video", "link"]},
            "title": STRING,
            "title_en": STRING,
            "description": STRING,
            "description_en": STRING,
            "year": _nullable(INTEGER),
            "tags": {"type": "array", "items": STRING},
            "licence": STRING,
            "url": URL,
            "link_url": _nullable(URL),
            "motif": _nullable(_ref("Motif")),
            "images": {"type": "array", "items": _ref("Picture")},
            "poster": _nullable(_ref("Picture")),
            "media": _nullable(_ref("Media")),
        }
    ),
    "CreatorDetail": _object(
        {
            **SUMMARY,
            "bio": STRING,
            "bio_en": STRING,
            "cover": _nullable(_ref("Picture")),
            "share_card": URL,
            "links": _ref("Links"),
            "updated_at": {"type": "string", "format": "date-time"},
            "works": {"type": "array", "items": _ref("Work")},
        }
    ),
    "CreatorList": _object(
        {
            "data": {"type": "array", "items": _ref("CreatorSummary"), "maxItems": PER_PAGE},
            "meta": _object(
                {
                    "page": {"type": "integer", "minimum": 1},
                    "pages": {"type": "integer", "minimum": 1},
                    "per_page": INTEGER,
                    "total": {"type": "integer", "minimum": 0},
                }
            ),
            "links": _object(
                {
                    "self": URL,
                    "first": URL,
                    "last": URL,
                    "prev": _nullable(URL),
                    "next": _nullable(URL),
                }
            ),
        }
    ),
    "CreatorResponse": _object({"data": _ref("CreatorDetail")}),
    "Error": _object(
        {
            "error": _object(
                {
                    "status": INTEGER,
                    "message": STRING,
                    "fields": {
                        "type": "object",
                        "additionalProperties": {"type": "array", "items": STRING},
                    },
                },
                optional=("fields",),
            )
        }
    ),
}


def _parameter(name: str, description: str, schema: dict, where: str = "query") -> dict:
    return {
        "name": name,
        "in": where,
        "required": where == "path",
        "description": description,
        "schema": schema,
    }


def _slugs(rows) -> dict:
    return {"type": "string", "enum": ["", *(row.slug for row in rows())]}


def _json(description: str, schema: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ref(schema)}}}


def openapi_document() -> dict:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Etalase partner API",
            "version": "1.0.0",
            "description": (
                "Read-only, public data about the creators of Nusa Tenggara Timur on Etalase: "
                "no account, no key. Responses carry an ETag; send If-None-Match to get 304."
            ),
        },
        "servers": [{"url": url_for("api.list_creators", _external=True).rsplit("/", 1)[0]}],
        "paths": {
            "/creators": {
                "get": {
                    "operationId": "listCreators",
                    "summary": f"Public creators, {PER_PAGE} a page",
                    "parameters": [
                        _parameter("category", "A category slug, e.g. musik.", _slugs(categories)),
                        _parameter(
                            "region", "A regency or city slug, e.g. rote-ndao.", _slugs(regions)
                        ),
                        _parameter(
                            "q",
                            "Search words (prefixes match).",
                            {"type": "string", "maxLength": 100},
                        ),
                        _parameter(
                            "available",
                            "y: only those available for hire; 0 or nothing: everyone.",
                            {"type": "string", "enum": ["", "0", "y"]},
                        ),
                        _parameter(
                            "sort",
                            "featured, newest or name; by default the best match.",
                            {"type": "string", "enum": ["", "featured", "newest", "name"]},
                        ),
                        _parameter(
                            "page",
                            "Page number.",
                            {"type": "integer", "minimum": 1, "maximum": 10_000},
                        ),
                    ],
                    "responses": {
                        "200": _json("One page of creators.", "CreatorList"),
                        "400": _json("An unknown or bad parameter.", "Error"),
                    },
                }
            },
            "/creators/{handle}": {
                "get": {
                    "operationId": "getCreator",
                    "summary": "One public creator with their published works",
                    "parameters": [_parameter("handle", "The creator's handle.", STRING, "path")],
                    "responses": {
                        "200": _json("The creator.", "CreatorResponse"),
                        "404": _json("No public creator has this handle.", "Error"),
                    },
                }
            },
        },
        "components": {"schemas": SCHEMAS},
    }
