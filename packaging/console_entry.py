"""Entry point of the frozen `reception-console` (the desktop application)."""

import sys

from reception.app import main

if __name__ == "__main__":
    sys.exit(main())
