"""The Flask web app: search page, asset licensing page, article links and the JSON API.

``create_app(settings)`` builds an app over one data directory; there is no module-level
configuration, so two apps with different data directories can live in one process.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from flask import Flask

from catalog.settings import Settings
from web import (activity, api, articles, assets, editing, intake, lightbox_api, lightboxes, login, rights,
                 saved_searches, search, selection)
from web.access import install_access
from web.components import open_components
from web.errors import install_error_handler
from web.presentation import install_presentation
from web.security import install_security, load_secret_key

STATIC_DIR = Path(__file__).parent / "static"
STATIC_MAX_AGE = 365 * 24 * 3600  # static URLs carry a content version, so they never go stale


def create_app(settings: Settings, **overrides: Any) -> Flask:
    """The web app over ``settings.data_dir``; ``overrides`` are Flask config values (tests)."""
    app = Flask(__name__)
    app.config.update(
        SECRET_KEY=overrides.pop("SECRET_KEY", None) or load_secret_key(settings.data_dir),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        MAX_CONTENT_LENGTH=64 * 1024,  # our forms carry one URL, one picture's metadata, or a batch's ids and versions
        SEND_FILE_MAX_AGE_DEFAULT=STATIC_MAX_AGE,
        TEMPLATES_AUTO_RELOAD=False,
        PHOTODESK_SETTINGS=settings,
        PHOTODESK_ALLOW_PRIVATE_FETCH=False,  # article lookup: refuse private, loopback, link-local hosts
        PHOTODESK_ARTICLE_IMAGES=None,  # a folder of stories' images by file name (serve --images)
        PHOTODESK_CLOCK=None,  # what "now" is for sessions and login throttling (tests give their own)
    )
    app.config.update(overrides)
    app.json.sort_keys = False  # keep the record's field order (the export order, docs/asset-record.md)
    app.extensions["photodesk"] = open_components(settings)

    install_error_handler(app)
    install_access(app)  # first: a refused request goes no further, not even to the CSRF check
    install_security(app)
    install_presentation(app)
    app.jinja_env.globals["static_version"] = _static_version()

    for module in (search, assets, editing, articles, rights, api, login, activity, lightboxes, lightbox_api, selection,
                   intake, saved_searches):
        app.register_blueprint(module.blueprint)
    return app


def _static_version() -> str:
    """A short digest of the static files, appended to their URLs so caches refresh on change."""
    digest = hashlib.sha256()
    for path in sorted(STATIC_DIR.iterdir()):
        if path.is_file():
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:10]
