"""`python -m reception` runs the command line."""

from reception.cli import main

raise SystemExit(main())
