"""How this workstation keeps its downtime sheets (Admin ▸ Downtime printing), kept in
QSettings: a workstation's choice, not the ward's. Off until someone turns it on."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from rounds_app import paths
from rounds_app.services.downtime import DEFAULT_KEEP
from rounds_app.site_config import site_config

_GROUP = "downtime"
MIN_HOURS, MAX_HOURS = 1, 24
MAX_KEEP = 48


def default_folder() -> Path:
    """The site's downtime folder (rounds_app.site_config), else one in the data folder."""
    return site_config().downtime_folder or paths.data_dir() / "downtime"


def folder_fixed_by_site() -> bool:
    return site_config().enforces("downtime_folder")


@dataclass(frozen=True)
class DowntimeSettings:
    enabled: bool = False
    folder: Path | None = None  # None: default_folder()
    hours: int = 4
    keep: int = DEFAULT_KEEP

    @property
    def where(self) -> Path:
        return site_config().choose("downtime_folder", self.folder) or default_folder()

    @classmethod
    def load(cls) -> DowntimeSettings:
        """What was saved; a value out of range (an edited settings file) falls back
        to the default rather than stopping the app."""
        stored = QSettings()
        stored.beginGroup(_GROUP)
        try:
            folder = str(stored.value("folder", "") or "")
            return cls(
                enabled=str(stored.value("enabled", "false")).lower() == "true",
                folder=Path(folder) if folder else None,
                hours=_within(stored.value("hours"), MIN_HOURS, MAX_HOURS, cls.hours),
                keep=_within(stored.value("keep"), 1, MAX_KEEP, cls.keep),
            )
        finally:
            stored.endGroup()

    def save(self) -> None:
        stored = QSettings()
        stored.beginGroup(_GROUP)
        stored.setValue("enabled", "true" if self.enabled else "false")
        stored.setValue("folder", str(self.folder) if self.folder else "")
        stored.setValue("hours", self.hours)
        stored.setValue("keep", self.keep)
        stored.endGroup()


def _within(value: object, low: int, high: int, default: int) -> int:
    text = str(value) if value is not None else ""
    return int(text) if text.isdigit() and low <= int(text) <= high else default
