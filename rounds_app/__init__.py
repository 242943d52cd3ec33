"""Rounds: the Qt-free core — domain, storage, services, exchange and the CLI. Its
version is the installed package's (importlib.metadata)."""
