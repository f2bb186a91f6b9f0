"""The OpenAPI 3.1 document of the JSON API (served at ``/api/openapi.json``)."""

from __future__ import annotations

from typing import Any

from catalog.articles.article import LinkMethod
from catalog.articles.credit_check import CreditStatus
from catalog.asset import ASSET_FIELDS
from index.results import SORTS
from web.state import FILTER_PARAMS

_ERROR = {"$ref": "#/components/schemas/Error"}
_NULLABLE_STRING = {"type": ["string", "null"]}
_LINK_METHODS = [method.value for method in LinkMethod]


def _query(name: str, description: str, schema: dict[str, Any] | None = None, required: bool = False) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": required,
        "description": description,
        "schema": schema or {"type": "string"},
    }


def _json(schema: dict[str, Any], description: str) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi_document(version: str) -> dict[str, Any]:
    """The API description: search, asset by id, article lookup by URL, and the error object."""
    search_parameters = [
        _query("q", "Query in the search language (free words, field:value, quotes, AND OR NOT, prefix*)."),
        *(_query(name, f"Filter by {label.lower()} (repeatable).") for name, label in FILTER_PARAMS.items()),
        _query("from", "Taken on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", {"type": "string", "format": "date"}),
        _query("to", "Taken on or before this date.", {"type": "string", "format": "date"}),
        _query("sort", "Order of hits.", {"type": "string", "enum": list(SORTS), "default": "relevance"}),
        _query("page", "Page number, from 1.", {"type": "integer", "minimum": 1, "default": 1}),
        _query("page_size", "Hits per page.", {"type": "integer", "minimum": 1, "maximum": 100, "default": 48}),
    ]
    asset_properties: dict[str, Any] = {name: {} for name in ASSET_FIELDS}
    asset_properties.update(
        id={"type": "string", "pattern": "^[0-9a-f]{16}$"},
        sha256={"type": "string"},
        caption=_NULLABLE_STRING,
        credit=_NULLABLE_STRING,
        copyright=_NULLABLE_STRING,
        keywords={"type": "array", "items": {"type": "string"}},
        restrictions={"type": "array", "items": {"type": "string"}},
        articles={"type": "array", "items": {"$ref": "#/components/schemas/ArticleRef"}},
        source_path={"type": ["string", "null"], "description": "Where the file lay on the server when it was imported: "
                     "null here, shown only to whoever imported it (`photodesk show` and `export` give it)."},
        source_path_exact={"type": ["string", "null"], "description": "The exact path when it is not UTF-8 "
                           "(bytes as %XX): null here, like source_path."},
    )
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Photodesk API",
            "version": version,
            "description": "Search the photo catalog and read each photo's captions, credit and rights. "
            "Mirrors the web pages; every response is JSON, errors included. When the catalog has accounts, "
            "send an API token (`photodesk token create NAME`) as `Authorization: Bearer …`: without one the "
            "answer is 401, with a role too low 403 (docs/accounts.md).",
        },
        # Needed only once the catalog has accounts; with none the API is open on the loopback address.
        "security": [{"bearerToken": []}, {}],
        "paths": {
            "/api/search": {
                "get": {
                    "operationId": "search",
                    "summary": "Search photos, with facet counts and highlights",
                    "parameters": search_parameters,
                    "responses": {
                        "200": _json({"$ref": "#/components/schemas/SearchResults"}, "One page of hits; a query that cannot be parsed has `message` set and no hits."),
                        "400": _json(_ERROR, "Bad parameters"),
                    },
                }
            },
            "/api/assets/{asset_id}": {
                "get": {
                    "operationId": "getAsset",
                    "summary": "One photo's full record, with its credit line and links",
                    "parameters": [
                        {"name": "asset_id", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[0-9a-f]{16}$"}}
                    ],
                    "responses": {
                        "200": _json({"$ref": "#/components/schemas/AssetDetail"}, "The asset record"),
                        "404": _json(_ERROR, "No such asset"),
                    },
                }
            },
            "/api/assets/{asset_id}/rights": {
                "get": {
                    "operationId": "getAssetRights",
                    "summary": "May the desk publish this photo, on which channels, with which duties (docs/rights.md)",
                    "parameters": [
                        {"name": "asset_id", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[0-9a-f]{16}$"}},
                        _query("at", "The planned publication time, ISO 8601 (default: now); without an offset, "
                               "the desk's time zone."),
                    ],
                    "responses": {
                        "200": _json({"$ref": "#/components/schemas/RightsDecision"}, "The verdict per channel"),
                        "400": _json(_ERROR, "`at` is not an ISO 8601 date or time"),
                        "404": _json(_ERROR, "No such asset"),
                    },
                }
            },
            "/api/articles": {
                "get": {
                    "operationId": "findArticle",
                    "summary": "A recorded article by URL (any spelling of it): its photos, matches and credit checks",
                    "description": "Reads the catalog only: an article gets in through the /articles page "
                    "or `photodesk article add`, which fetch and parse the page.",
                    "parameters": [_query("url", "The article's URL; it is canonicalized first.", required=True)],
                    "responses": {
                        "200": _json({"$ref": "#/components/schemas/ArticleDetail"}, "The article and its photos"),
                        "400": _json(_ERROR, "Missing or invalid URL"),
                        "404": _json(_ERROR, "No article with that URL in the catalog"),
                    },
                }
            },
            "/api/assets/{asset_id}/edits": {
                "post": {
                    "operationId": "saveEdit",
                    "summary": "Editors: correct a photo's metadata (docs/editing.md); the file is never changed",
                    "parameters": [
                        {"name": "asset_id", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[0-9a-f]{16}$"}}
                    ],
                    "requestBody": {"required": True, "content": {"application/json": {"schema": {
                        "type": "object", "required": ["version", "changes"],
                        "properties": {
                            "version": {"type": "integer", "description": "The version read (`/history`); 0: never edited."},
                            "changes": {"type": "object", "description": "Field → new value: caption, headline, credit, "
                                        "creators (list), keywords (list), city, state, country, special_instructions, "
                                        "usage_terms, copyright; null or \"\" clears."},
                            "editor": {"type": "string", "description": "Who edits, only when the catalog has no accounts."},
                        }}}}},
                    "responses": {
                        "200": _json({"type": "object", "properties": {
                            "id": {"type": "string"}, "version": {"type": "integer"},
                            "changes": {"type": "array", "items": {"type": "object"}},
                            "asset": {"$ref": "#/components/schemas/Asset"}, "credit_line": _NULLABLE_STRING,
                            "links": {"type": "object"}}}, "Saved, with the asset as /api/assets/{asset_id} shows it "
                            "(no changes: nothing saved)"),
                        "400": _json(_ERROR, "Not the JSON asked for, or a field that cannot be edited"),
                        "404": _json(_ERROR, "No such asset"),
                        "409": _json(_ERROR, "Saved by someone else since `version`: who and when; nothing saved"),
                    },
                }
            },
            "/api/assets/{asset_id}/history": {
                "get": {
                    "operationId": "getEditHistory",
                    "summary": "Editors: a photo's corrections, oldest first, and its version",
                    "parameters": [
                        {"name": "asset_id", "in": "path", "required": True, "schema": {"type": "string", "pattern": "^[0-9a-f]{16}$"}}
                    ],
                    "responses": {
                        "200": _json({"type": "object", "properties": {
                            "id": {"type": "string"}, "version": {"type": "integer"},
                            "history": {"type": "array", "items": {"type": "object", "properties": {
                                name: {} for name in ("at", "user", "field", "old", "new", "edit")}}}}},
                            "The history"),
                        "404": _json(_ERROR, "No such asset"),
                    },
                }
            },
            "/api/uploads": {
                "post": {
                    "operationId": "uploadPicture",
                    "summary": "Editors: import one picture, its bytes the request body (docs/intake.md)",
                    "description": "The same import as any other: limits, formats, folder-less. A declared length over "
                    "the file-size limit is refused before the body is read.",
                    "parameters": [_query("name", "The file's name (folders are dropped).", required=True)],
                    "requestBody": {"required": True, "content": {"application/octet-stream": {}}},
                    "responses": {
                        "200": _json({"type": "object", "properties": {
                            name: {} for name in ("file", "status", "asset_id", "url", "reason", "warnings", "missing",
                                                  "edit_url")}},
                            "Imported or already in the catalog; `missing` names an absent credit or caption"),
                        "413": _json({"type": "object"}, "Larger than the file-size limit: refused"),
                        "422": _json({"type": "object"}, "Not imported: `reason` says why"),
                    },
                }
            },
            **_lightbox_paths(),
            "/api/openapi.json": {
                "get": {
                    "operationId": "openapi",
                    "summary": "This document",
                    "responses": {"200": {"description": "OpenAPI 3.1 document", "content": {"application/json": {}}}},
                }
            },
        },
        "components": {
            "securitySchemes": {
                "bearerToken": {"type": "http", "scheme": "bearer",
                                "description": "An API token from `photodesk token create NAME`, acting with that account's role."},
            },
            "schemas": {
                "RightsDecision": {
                    "type": "object",
                    "required": ["id", "at", "supplier", "agreement", "channels"],
                    "properties": {
                        "id": {"type": "string"},
                        "at": {"type": "string", "description": "The time decided for, ISO 8601"},
                        "supplier": {"type": ["string", "null"]},
                        "agreement": {"type": ["string", "null"], "description": "The id of the agreement that applied"},
                        "own": {"type": "boolean"},
                        "credit": {"type": ["string", "null"], "description": "The credit to print"},
                        "embargo": {"type": ["object", "null"]},
                        "killed": {"type": ["object", "null"]},
                        "channels": {
                            "type": "object",
                            "description": "One entry per channel: print, web, social, newsletter, marketing, sales",
                            "additionalProperties": {
                                "type": "object",
                                "required": ["verdict", "reasons", "duties", "until"],
                                "properties": {
                                    "verdict": {"enum": ["allowed", "allowed_with_duties", "forbidden", "unknown"]},
                                    "reasons": {"type": "array", "items": {"type": "string"}},
                                    "duties": {"type": "array", "items": {"type": "string"}},
                                    "until": {"type": ["string", "null"], "description": "When a ban ends (UTC)"},
                                },
                            },
                        },
                    },
                },
                **_LIGHTBOX_SCHEMAS,
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["status", "title", "message"],
                            "properties": {
                                "status": {"type": "integer"},
                                "title": {"type": "string"},
                                "message": {"type": "string"},
                            },
                        }
                    },
                },
                "ArticleRef": {
                    "type": "object",
                    "required": ["url"],
                    "properties": {"url": {"type": "string"}, "title": _NULLABLE_STRING},
                },
                "Asset": {"type": "object", "required": ["id", "sha256"], "properties": asset_properties},
                "AssetDetail": {
                    "type": "object",
                    "required": ["asset", "credit_line", "links"],
                    "properties": {
                        "asset": {"$ref": "#/components/schemas/Asset"},
                        "credit_line": _NULLABLE_STRING,
                        "links": {"$ref": "#/components/schemas/AssetLinks"},
                    },
                },
                "AssetLinks": {
                    "type": "object",
                    "properties": {name: {"type": "string"} for name in ("page", "thumb", "preview", "original", "web_download")},
                },
                "Hit": {
                    "type": "object",
                    "required": ["id", "highlight", "asset", "links"],
                    "properties": {
                        "id": {"type": "string"},
                        "score": {"type": ["number", "null"]},
                        "highlight": {"type": ["string", "null"], "description": "HTML: escaped text with <mark> around matches"},
                        "credit_line": _NULLABLE_STRING,
                        "asset": {"$ref": "#/components/schemas/Asset"},
                        "links": {"$ref": "#/components/schemas/AssetLinks"},
                    },
                },
                "FacetValue": {
                    "type": "object",
                    "required": ["value", "count", "active"],
                    "properties": {"value": {"type": "string"}, "count": {"type": "integer"}, "active": {"type": "boolean"}},
                },
                "SearchResults": {
                    "type": "object",
                    "required": ["query", "total", "page", "page_size", "hits", "facets"],
                    "properties": {
                        "query": {"type": "string"},
                        "filters": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
                        "from": _NULLABLE_STRING,
                        "to": _NULLABLE_STRING,
                        "sort": {"type": "string", "enum": list(SORTS)},
                        "total": {"type": "integer"},
                        "page": {"type": "integer"},
                        "page_size": {"type": "integer"},
                        "pages": {"type": "integer"},
                        "elapsed": {"type": "number", "description": "seconds"},
                        "message": {**_NULLABLE_STRING, "description": "Plain-language problem with the query"},
                        "suggestion": {**_NULLABLE_STRING, "description": "Spelling suggestion when nothing matched"},
                        "hits": {"type": "array", "items": {"$ref": "#/components/schemas/Hit"}},
                        "facets": {"type": "object", "additionalProperties": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}}},
                    },
                },
                "ArticleDetail": {
                    "type": "object",
                    "required": ["article", "photos", "assets"],
                    "properties": {
                        "article": {
                            "type": "object",
                            "required": ["id", "url"],
                            "properties": {
                                "id": {"type": "string"},
                                "url": {"type": "string", "description": "canonical URL"},
                                "title": _NULLABLE_STRING,
                                "byline": {**_NULLABLE_STRING, "description": "as printed, its label removed "
                                           "('Ann Lee & Bo Park'); else the names joined with , and 'and'"},
                                "bylines": {"type": "array", "items": {"type": "string"}},
                                "publication": _NULLABLE_STRING,
                                "publication_source": {**_NULLABLE_STRING, "description": "the evidence that "
                                                       "named the publication: og:site_name, json-ld publisher, "
                                                       "syndication, application-name, title suffix, logo alt, "
                                                       "footer copyright, byline"},
                                "published": {**_NULLABLE_STRING, "description": "ISO 8601"},
                                "claimed_url": {**_NULLABLE_STRING, "description": "a canonical URL the page "
                                                "names on another site: a claim, not the article's identity"},
                                "added_at": _NULLABLE_STRING,
                                "page": {"type": "string", "description": "the article's page in Photodesk"},
                            },
                        },
                        "photos": {"type": "array", "items": {"$ref": "#/components/schemas/ArticlePhoto"}},
                        "assets": {"type": "array", "items": {"$ref": "#/components/schemas/AssetDetail"},
                                   "description": "the catalog photos linked to the article"},
                    },
                },
                "ArticlePhoto": {
                    "type": "object",
                    "description": "A photo the story prints (page order), then links made by hand to no photo read "
                    "from the page (position null).",
                    "required": ["position", "url", "credit_line", "asset_id", "match", "credit_check", "suggestions"],
                    "properties": {
                        "position": {"type": ["integer", "null"]},
                        "url": {**_NULLABLE_STRING, "description": "the image as published"},
                        "caption": {**_NULLABLE_STRING, "description": "without the credit"},
                        "credit_line": {**_NULLABLE_STRING, "description": "the credit the story prints"},
                        "agency": _NULLABLE_STRING,
                        "photographers": {"type": "array", "items": {"type": "string"}},
                        "asset_id": _NULLABLE_STRING,
                        "match": {"type": ["string", "null"], "enum": [*_LINK_METHODS, None]},
                        "evidence": {"type": "array", "items": {"type": "string"}},
                        "note": _NULLABLE_STRING,
                        "image_problem": {**_NULLABLE_STRING,
                                          "description": "why the published picture was not compared"},
                        "credit_check": {"oneOf": [{"$ref": "#/components/schemas/CreditCheck"}, {"type": "null"}]},
                        "asset": {"oneOf": [{"$ref": "#/components/schemas/AssetDetail"}, {"type": "null"}]},
                        "suggestions": {"type": "array", "items": {"$ref": "#/components/schemas/Suggestion"}},
                    },
                },
                "CreditCheck": {
                    "type": "object",
                    "required": ["status", "label", "printed", "expected", "reason"],
                    "properties": {
                        "status": {"type": "string", "enum": [status.value for status in CreditStatus]},
                        "label": {"type": "string"},
                        "printed": {**_NULLABLE_STRING, "description": "the credit the story prints"},
                        "expected": {**_NULLABLE_STRING, "description": "the asset's credit line"},
                        "reason": {"type": "string"},
                    },
                },
                "Suggestion": {
                    "type": "object",
                    "description": "An asset the photo may be: weak or ambiguous evidence, never linked by itself.",
                    "required": ["asset_id", "match", "evidence", "asset"],
                    "properties": {
                        "asset_id": {"type": "string"},
                        "match": {"type": "string", "enum": _LINK_METHODS},
                        "evidence": {"type": "array", "items": {"type": "string"}},
                        "asset": {"$ref": "#/components/schemas/AssetDetail"},
                    },
                },
            }
        },
    }


_LIGHTBOX_ID = {"name": "lightbox_id", "in": "path", "required": True, "schema": {"type": "integer"}}
_LIGHTBOX = {"$ref": "#/components/schemas/Lightbox"}
_ASSET_IDS = {"type": "array", "items": {"type": "string", "pattern": "^[0-9a-f]{16}$"}, "maxItems": 1000}


def _json_body(properties: dict[str, Any], required: list[str]) -> dict[str, Any]:
    return {"required": True, "content": {"application/json": {"schema": {
        "type": "object", "required": required, "additionalProperties": False, "properties": properties}}}}


def _lightbox_paths() -> dict[str, Any]:
    """The lightboxes' routes (``web/lightbox_api.py``, docs/lightboxes.md)."""
    forbidden = _json(_ERROR, "A viewer: only editors and admins change lightboxes")
    return {
        "/api/lightboxes": {
            "get": {
                "operationId": "listLightboxes",
                "summary": "Every lightbox, last changed first, as `photodesk lightbox list --json`",
                "responses": {"200": _json({"type": "object", "required": ["lightboxes"], "properties": {
                    "lightboxes": {"type": "array", "items": {"$ref": "#/components/schemas/LightboxSummary"}}}},
                    "The lightboxes")},
            },
            "post": {
                "operationId": "createLightbox",
                "summary": "Editors: make a lightbox, with pictures in it if `asset_ids` names any",
                "requestBody": _json_body({"name": {"type": "string", "maxLength": 120},
                                           "story": _NULLABLE_STRING, "asset_ids": _ASSET_IDS}, ["name"]),
                "responses": {
                    "201": _json(_LIGHTBOX, "Made; `Location` is its address in the API"),
                    "400": _json(_ERROR, "Not a JSON object, or a name that is empty, too long or only digits"),
                    "403": forbidden,
                    "404": _json(_ERROR, "A picture of `asset_ids` is not in the catalog: nothing made"),
                    "409": _json(_ERROR, "Another lightbox has that name (names ignore case)"),
                },
            },
        },
        "/api/lightboxes/{lightbox_id}": {
            "get": {
                "operationId": "getLightbox",
                "summary": "One lightbox: its pictures in order with note, caption, credit line and links",
                "parameters": [_LIGHTBOX_ID],
                "responses": {"200": _json(_LIGHTBOX, "The lightbox"), "404": _json(_ERROR, "No such lightbox")},
            },
            "patch": {
                "operationId": "changeLightbox",
                "summary": "Editors: rename it, set its story, reorder its pictures, set their notes",
                "description": "`order` puts the pictures it names first, in that order, and the others after as "
                "they were (ids not in the lightbox are ignored: someone may have removed them). `notes` maps "
                "picture ids to notes; null or \"\" clears one.",
                "parameters": [_LIGHTBOX_ID],
                "requestBody": _json_body({"name": {"type": "string"}, "story": _NULLABLE_STRING, "order": _ASSET_IDS,
                                           "notes": {"type": "object", "additionalProperties": _NULLABLE_STRING}}, []),
                "responses": {
                    "200": _json(_LIGHTBOX, "The lightbox after the change"),
                    "400": _json(_ERROR, "Nothing to change, a field of the wrong type, a bad name or a text too long"),
                    "403": forbidden,
                    "404": _json(_ERROR, "No such lightbox"),
                    "409": _json(_ERROR, "The new name is taken, or a note is for a picture not in the lightbox: "
                                         "nothing changed"),
                },
            },
            "delete": {
                "operationId": "deleteLightbox",
                "summary": "Its owner or an admin: delete the lightbox (its pictures stay in the catalog)",
                "parameters": [_LIGHTBOX_ID],
                "responses": {
                    "204": {"description": "Deleted"},
                    "403": _json(_ERROR, "A viewer, or an editor who did not make it"),
                    "404": _json(_ERROR, "No such lightbox"),
                },
            },
        },
        "/api/lightboxes/{lightbox_id}/links": {
            "post": {
                "operationId": "linkLightbox",
                "summary": "Editors: link every picture of the lightbox to the article at `url`, in one step",
                "description": "The article is recorded by its canonical URL if the catalog does not have it yet; "
                "each link is a link by hand in the activity log. All or nothing.",
                "parameters": [_LIGHTBOX_ID],
                "requestBody": _json_body({"url": {"type": "string", "format": "uri"}}, ["url"]),
                "responses": {
                    "200": _json({"$ref": "#/components/schemas/ArticleDetail"}, "The article with its pictures"),
                    "400": _json(_ERROR, "No url, or not an http(s) address: nothing linked"),
                    "403": forbidden,
                    "404": _json(_ERROR, "No such lightbox"),
                    "409": _json(_ERROR, "The lightbox is empty, or one of its pictures left the catalog: nothing linked"),
                },
            },
        },
        "/api/lightboxes/{lightbox_id}/items": {
            "post": {
                "operationId": "addToLightbox",
                "summary": "Editors: add pictures (at the end, or at place `at`, 1 first); those in it stay put",
                "parameters": [_LIGHTBOX_ID],
                "requestBody": _json_body({"asset_ids": _ASSET_IDS, "at": {"type": "integer", "minimum": 1},
                                           "note": _NULLABLE_STRING}, ["asset_ids"]),
                "responses": {
                    "200": _json(_LIGHTBOX, "The lightbox after the change"),
                    "400": _json(_ERROR, "No ids, or a value that is not an id"),
                    "403": forbidden,
                    "404": _json(_ERROR, "No such lightbox, or a picture not in the catalog: nothing added"),
                },
            },
            "delete": {
                "operationId": "removeFromLightbox",
                "summary": "Editors: take pictures out (they stay in the catalog); one not in it is no change",
                "parameters": [_LIGHTBOX_ID],
                "requestBody": _json_body({"asset_ids": _ASSET_IDS}, ["asset_ids"]),
                "responses": {
                    "200": _json(_LIGHTBOX, "The lightbox after the change"),
                    "400": _json(_ERROR, "No ids, or a value that is not an id"),
                    "403": forbidden,
                    "404": _json(_ERROR, "No such lightbox"),
                },
            },
        },
    }


_LIGHTBOX_LINKS = {"type": "object", "properties": {
    name: {"type": "string"} for name in ("api", "page", "credits", "credit_list", "zip")}}
# The keys of ``photodesk lightbox list --json`` and the links the API adds.
_LIGHTBOX_FIELDS = {
    "id": {"type": "integer"},
    "name": {"type": "string"},
    "story": _NULLABLE_STRING,
    "owner": {**_NULLABLE_STRING, "description": "the account that made it"},
    "created_at": _NULLABLE_STRING,
    "updated_at": {**_NULLABLE_STRING, "description": "last change, ISO 8601 UTC"},
    "count": {"type": "integer", "description": "pictures in it"},
    "links": _LIGHTBOX_LINKS,
}
_LIGHTBOX_SCHEMAS: dict[str, Any] = {
    "LightboxSummary": {
        "type": "object",
        "required": ["id", "name", "owner", "count", "updated_at", "links"],
        "properties": _LIGHTBOX_FIELDS,
    },
    "Lightbox": {
        "type": "object",
        "required": ["id", "name", "owner", "members", "count", "links"],
        "properties": {**_LIGHTBOX_FIELDS, "members": {
            "type": "array", "items": {"$ref": "#/components/schemas/LightboxMember"},
            "description": "the pictures in the lightbox's order"}},
    },
    "LightboxMember": {
        "type": "object",
        "required": ["asset_id", "position", "note", "filename", "caption", "credit_line", "links"],
        "properties": {
            "asset_id": {"type": "string"},
            "position": {"type": "integer", "description": "from 0"},
            "note": _NULLABLE_STRING,
            "added_by": _NULLABLE_STRING,
            "added_at": _NULLABLE_STRING,
            "filename": _NULLABLE_STRING,
            "caption": _NULLABLE_STRING,
            "credit_line": {**_NULLABLE_STRING, "description": "the credit line to print"},
            "links": {"type": "object", "properties": {name: {"type": "string"} for name in ("asset", "thumb", "page")},
                      "description": "`asset`: its record in the API (/api/assets/{id})"},
        },
    },
}
