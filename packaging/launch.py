"""The bundle's entry point: the same as the ``minutetaker`` command.

PyInstaller needs a script rather than an entry-point name; this one only hands
over to ``minutetaker.cli.main:main``, which opens the window when no command
is given.
"""

import sys

from minutetaker.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
