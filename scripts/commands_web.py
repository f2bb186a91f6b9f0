"""``photodesk serve``: the web UI and JSON API on waitress, a production WSGI server."""

from __future__ import annotations

import logging

import click

from catalog.settings import Settings
from scripts.cli import cli, data_option

DEFAULT_THREADS = 8


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on (0: any free port).")
@click.option("--threads", default=DEFAULT_THREADS, show_default=True, type=click.IntRange(1, 256), help="Worker threads.")
@data_option
def serve(settings: Settings, host: str, port: int, threads: int) -> None:
    """Serve the search page, asset pages and JSON API until interrupted."""
    import waitress

    from web import create_app

    app = create_app(settings)
    server = waitress.create_server(app, host=host, port=port, threads=threads, ident="photodesk")
    # The first line names the real address (with --port 0 the OS picks the port).
    click.echo(f"Photodesk on http://{server.effective_host}:{server.effective_port}/ (data: {settings.data_dir})", err=True)
    logging.getLogger("waitress").setLevel(logging.WARNING)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
