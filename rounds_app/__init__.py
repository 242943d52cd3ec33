"""Rounds: the Qt-free core — domain, storage, services, exchange and the CLI."""

__version__ = "0.1.0"
