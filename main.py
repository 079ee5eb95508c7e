from reception.app import main

raise SystemExit(main())
