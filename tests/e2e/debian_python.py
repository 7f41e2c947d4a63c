"""The real checks use Debian's python3-icalendar, python3-jsonschema and python3-yaml (scripts/setup.sh
installs them). They live in /usr/lib/python3/dist-packages, which only Debian's own interpreter sees; CMake
may have found another one first (pyenv, a virtualenv). require() runs the test again under Debian's when the
running interpreter lacks a module, and fails with the package to install when that one lacks it too.
"""
import importlib
import os
import sys

DEBIAN_PYTHON = "/usr/bin/python3"


def require(*modules):
    for module in modules:
        try:
            importlib.import_module(module)
        except ImportError as e:
            running_debian = os.path.realpath(sys.executable) == os.path.realpath(DEBIAN_PYTHON)
            if not running_debian and os.path.exists(DEBIAN_PYTHON):
                os.execv(DEBIAN_PYTHON, [DEBIAN_PYTHON] + sys.argv)
            sys.exit(f"{e}: install Debian's python3-{module.lower()} (scripts/setup.sh)")
