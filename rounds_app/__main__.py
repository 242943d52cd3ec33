"""`python -m rounds_app`: the headless command line."""

from rounds_app.cli.main import main

raise SystemExit(main())
