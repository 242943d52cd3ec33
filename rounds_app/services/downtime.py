"""The downtime kit: paper for when Rounds cannot be reached. For each ward, the handoff
sheet and a downtime card per patient, written as PDFs into one timestamped set under
a folder, the newest N sets kept.

A set appears whole or not at all: it is written under a hidden name and renamed into
place, so whoever opens the folder during an outage never finds half a ward. The
folders are the owner's only (0700) and every PDF is written 0600, as every file with
patient data is (rounds_app.private_files). File names carry ward codes and bed
labels, never names. Writing a set is one audited print per ward."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from rounds_app.domain.clock import utc_now
from rounds_app.domain.entities import Entity
from rounds_app.domain.roles import Permission
from rounds_app.errors import Phrase, ValidationError
from rounds_app.private_files import write_private
from rounds_app.services.actor import Actor, require
from rounds_app.services.unit import Change, unit_of_work
from rounds_app.services.wards import list_wards
from rounds_app.subsystem_log import subsystem_logger

log = subsystem_logger(__name__)

SET_PREFIX = "rounds-downtime-"
_SET_NAME = re.compile(rf"^{SET_PREFIX}\d{{8}}-\d{{6}}Z$")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
PRIVATE_FOLDER = 0o700
DEFAULT_KEEP = 6  # a day of sets at one every four hours


@dataclass(frozen=True)
class DowntimeSet:
    folder: Path
    wards: int
    cards: int
    written_at: datetime


def write_downtime_kit(
    session: Session,
    actor: Actor,
    out: Path,
    *,
    ward_ids: list[int] | None = None,
    keep: int = DEFAULT_KEEP,
    now: datetime | None = None,
) -> DowntimeSet:
    """Writes a downtime set for `ward_ids` (None: every ward) under `out`, then removes
    all but the newest `keep` sets. Raises ValidationError for a bad `keep`, an `out`
    that is not a folder, or a disk that refuses (in one line, naming the folder)."""
    require(actor, Permission.VIEW, Phrase("print downtime sheets"))
    if keep < 1:
        raise ValidationError("Keep at least 1 set of downtime sheets.")
    if out.exists() and not out.is_dir():
        raise ValidationError("%1 is not a folder.", out)
    # the report code (ReportLab and its fonts) loads with the first set, not with the
    # workstation that only looks for the sets already written
    from rounds_app.reports.data import PrintJob, printer
    from rounds_app.reports.downtime_card import DowntimeCardRenderer
    from rounds_app.reports.handoff import HandoffRenderer
    from rounds_app.reports.loading import load_discharge, load_handoff

    printed_at = now or utc_now()
    job = PrintJob(printed_at, printer(actor))
    wards = ward_ids if ward_ids is not None else [w.id for w in list_wards(session, actor)]
    final = out / f"{SET_PREFIX}{printed_at:%Y%m%d-%H%M%S}Z"
    if final.exists():
        raise ValidationError(
            "A downtime set for %1 already exists.", format(printed_at, "%H:%M:%S")
        )
    partial = out / f".{final.name}.partial"
    try:
        out.mkdir(parents=True, exist_ok=True)
        _private_folder(partial)
    except OSError as error:
        raise _refused(out, error) from None
    cards = 0
    try:
        for ward_id in wards:
            handoff = load_handoff(session, actor, ward_id, printed_at)
            folder = partial / _safe(handoff.ward_code)
            _private_folder(folder)
            write_private(
                folder / f"00-handoff-{_safe(handoff.ward_code)}.pdf",
                HandoffRenderer(handoff, job).render(),
            )
            for row in handoff.rows:
                data = load_discharge(
                    session, actor, row.admission_id, patient_copy=False, include_sensitive=False
                )
                name = _safe(row.bed_label) if row.bed_label else f"no-bed-{row.admission_id}"
                write_private(folder / f"{name}.pdf", DowntimeCardRenderer(data, job).render())
                cards += 1
        os.replace(partial, final)
    except OSError as error:
        shutil.rmtree(partial, ignore_errors=True)
        raise _refused(out, error) from None
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise
    # the role was checked before the reads, which ran without the write lock (a long
    # print never holds writers up)
    with unit_of_work(session, actor, None, Phrase("record a downtime print")) as work:
        for ward_id in wards:
            work.record(
                Change("print.downtime", Entity.WARD, ward_id, (), ward_id=ward_id, feeds=False)
            )
    removed = _keep_newest(out, keep)
    log.info(
        "wrote downtime set %s: %d wards, %d cards; removed %d older sets",
        final.name,
        len(wards),
        cards,
        removed,
    )
    return DowntimeSet(final, len(wards), cards, printed_at)


def downtime_sets(out: Path) -> list[Path]:
    """The complete sets under `out`, newest first."""
    if not out.is_dir():
        return []
    found = [p for p in out.iterdir() if p.is_dir() and _SET_NAME.match(p.name)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def _keep_newest(out: Path, keep: int) -> int:
    old = downtime_sets(out)[keep:]
    for folder in old:
        shutil.rmtree(folder)
    return len(old)


def _refused(out: Path, error: OSError) -> ValidationError:
    return ValidationError(
        "Cannot write the downtime sheets to %1: %2.", out, error.strerror or type(error).__name__
    )


def _private_folder(folder: Path) -> None:
    folder.mkdir(mode=PRIVATE_FOLDER)
    folder.chmod(PRIVATE_FOLDER)  # whatever the umask


def _safe(label: str) -> str:
    """A ward code or bed label as a file name: letters, digits, dot, dash, underscore."""
    return _UNSAFE.sub("_", label).strip("._") or "_"
