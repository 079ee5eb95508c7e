"""Entry point of the frozen `reception` command line (never imports Qt)."""

import sys

from reception.cli import main

if __name__ == "__main__":
    sys.exit(main())
