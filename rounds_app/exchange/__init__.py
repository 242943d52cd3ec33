"""Whole-database exchange: a deterministic JSON export of every clinical table, and an
all-or-nothing import of such a file (see docs/export-format.md)."""
