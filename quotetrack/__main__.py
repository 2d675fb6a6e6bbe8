"""``python -m quotetrack``: the same as the ``quotetrack`` command."""

import sys

from .cli import main

if __name__ == "__main__":  # worker processes import this module again
    sys.exit(main())
