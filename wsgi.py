"""The WSGI entry point: `gunicorn wsgi:app`, `flask --app wsgi run`."""

import gc

from showcase import create_app

app = create_app()
# What start-up made (modules, templates, mappers) lives as long as the process: frozen, it is
# left out of the collector's full passes, which would otherwise walk it all in one long pause.
gc.collect()  # but not start-up's garbage
gc.freeze()
