"""The Django project: settings, root URLs and the WSGI entry point. Apps live in ``apps/``."""
