"""Opening the database a command names, with a one-line error if it cannot."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError

from rounds_app.errors import RoundsError
from rounds_app.paths import database_url
from rounds_app.storage.database import Database, open_database


@contextmanager
def database(args: argparse.Namespace) -> Iterator[Database]:
    url = database_url(args.db)
    try:
        db = open_database(url)
    except SQLAlchemyError as error:
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()
        raise RoundsError(
            f"cannot open the database {args.db or url}: {reason[0] if reason else error}"
        ) from None
    try:
        yield db
    finally:
        db.dispose()
