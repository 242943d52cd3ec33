"""The bundle's entry point: what the installed `rounds-app` command runs."""

from ui.shell.launcher import main

raise SystemExit(main())
