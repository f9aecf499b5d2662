from kppn_desktop.cli import main

raise SystemExit(main())
