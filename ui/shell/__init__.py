"""The shell of the workstation: starting the app, the main window and its menus, the
look, diagnostics and automatic backups."""
