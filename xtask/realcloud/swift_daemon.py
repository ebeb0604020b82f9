"""Runs a Swift daemon (such as ``swift.container.updater``) with our swift_dir.

Swift's WSGI servers find ``swift.conf`` through ``swift_dir`` in their
configuration, but its daemons read ``/etc/swift/swift.conf`` and die when it
is missing. This sets the directory first, then runs the daemon's ``main``.

usage: swift_daemon.py SWIFT_DIR MODULE CONFIG_FILE [ARGS...]
"""

import importlib
import sys

from swift.common import utils


def main():
    swift_dir, module_name = sys.argv[1], sys.argv[2]
    utils.set_swift_dir(swift_dir)
    module = importlib.import_module(module_name)
    sys.argv = [module_name] + sys.argv[3:]
    return module.main()


if __name__ == "__main__":
    sys.exit(main())
