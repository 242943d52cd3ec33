"""Persistence: typed models, the engine, migrations. Only services use it."""
