"""The PySide6 desktop client: the only package in Rounds that imports Qt.

Widgets reach data only through `ui.backend.Backend`, which calls the services in
`rounds_app` and hands plain, detached dataclasses back."""
