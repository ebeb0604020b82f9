"""Keystone's WSGI application, for gunicorn.

oslo.config parses ``sys.argv`` when Keystone loads its configuration. Under
gunicorn that is gunicorn's own command line, which oslo.config rejects: the
workers exit with status 2 and gunicorn respawns them forever. So the
arguments are hidden before Keystone is imported.
"""

import sys

sys.argv = sys.argv[:1]

from keystone.wsgi.api import application  # noqa: E402,F401
