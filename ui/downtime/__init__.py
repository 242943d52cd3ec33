"""Downtime printing on a workstation: the setting, the refresh while the app runs, and
the way to the sheets from the outage banner."""
