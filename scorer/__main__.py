"""Entry point for python -m scorer."""

import sys

from .cli import main

sys.exit(main())
