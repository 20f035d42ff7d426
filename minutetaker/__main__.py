"""``python -m minutetaker``: the same as the ``minutetaker`` command."""

import sys

from minutetaker.cli.main import main

sys.exit(main())
