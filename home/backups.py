"""Backups of the whole site: the database and the uploaded files, in one archive.

An archive, `training-hub-<UTC timestamp>.tar`, holds `manifest.json` (when, which
database, how many rows in each table), the database (`database.dump`, pg_dump's
custom format, for PostgreSQL; `database.sqlite3` for SQLite) and `media/`, a copy
of MEDIA_ROOT. `manage.py backup` writes one, `manage.py restore` puts one back.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from django.conf import settings
from django.db import connection, connections, transaction

PREFIX = "training-hub-"
MANIFEST = "manifest.json"
POSTGRES_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"
MEDIA = "media"


class BackupError(Exception):
    """Something an operator must fix; the message says what."""


def backup_dir() -> Path:
    return Path(os.environ.get("BACKUP_DIR", settings.VAR_DIR / "backups"))


def row_counts(cursor, table_names) -> dict[str, int]:
    """Rows in each table, by table name, as the cursor's transaction sees them."""
    counts = {}
    for table in sorted(table_names):
        quoted = connection.ops.quote_name(table)
        cursor.execute(f"SELECT COUNT(*) FROM {quoted}")  # noqa: S608 (our own tables)
        counts[table] = cursor.fetchone()[0]
    return counts


def site_row_counts() -> dict[str, int]:
    """Rows in every table of the configured database now."""
    with connection.cursor() as cursor:
        return row_counts(cursor, connection.introspection.table_names(cursor))


def postgres_env() -> dict[str, str]:
    """libpq's environment for the configured database (no password in argv)."""
    db = settings.DATABASES["default"]
    env = {**os.environ, "PGDATABASE": db["NAME"]}
    for key, name in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER")):
        if db.get(key):
            env[name] = str(db[key])
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def run(command: list[str], env=None) -> None:
    try:
        subprocess.run(  # noqa: S603 (pg_dump or pg_restore, with our own arguments)
            command, env=env, check=True, capture_output=True, text=True
        )
    except FileNotFoundError as error:
        raise BackupError(
            f"{command[0]} is not installed (Debian: apt-get install postgresql-client)"
        ) from error
    except subprocess.CalledProcessError as error:
        raise BackupError(f"{command[0]} failed: {error.stderr.strip()}") from error


def dump_postgres(folder: Path) -> dict[str, int]:
    """pg_dump the database, and count its rows in the very snapshot it dumps."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts = row_counts(cursor, connection.introspection.table_names(cursor))
        run(
            [
                "pg_dump",
                "--format=custom",
                "--no-owner",
                f"--snapshot={snapshot}",
                "--file",
                str(folder / POSTGRES_DUMP),
            ],
            env=postgres_env(),
        )
    return counts


def dump_sqlite(folder: Path) -> dict[str, int]:
    """Copy the database with SQLite's backup API, and count the copy's rows."""
    connection.ensure_connection()
    copy = sqlite3.connect(folder / SQLITE_COPY)
    try:
        connection.connection.backup(copy)
        cursor = copy.cursor()
        cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = [
            name for (name,) in cursor.fetchall() if not name.startswith("sqlite_")
        ]
        return row_counts(cursor, tables)
    finally:
        copy.close()


def dump_database(folder: Path) -> tuple[str, dict[str, int]]:
    if connection.vendor == "postgresql":
        return POSTGRES_DUMP, dump_postgres(folder)
    if connection.vendor == "sqlite":
        return SQLITE_COPY, dump_sqlite(folder)
    raise BackupError(f"Backups of {connection.vendor} databases are not supported")


def make_backup(destination: Path | None = None, now=None) -> Path:
    """Write a new archive into `destination` (BACKUP_DIR) and return its path."""
    now = now or datetime.now(UTC)
    destination = destination or backup_dir()
    destination.mkdir(parents=True, exist_ok=True)
    name = f"{PREFIX}{now:%Y%m%d-%H%M%S}.tar"
    with tempfile.TemporaryDirectory(dir=destination) as work:
        work = Path(work)
        database_file, counts = dump_database(work)
        manifest = {
            "created": now.isoformat(),
            "database": connection.vendor,
            "database_file": database_file,
            "rows": counts,
        }
        (work / MANIFEST).write_text(json.dumps(manifest, indent=1))
        partial = work / (name + ".partial")
        with tarfile.open(partial, "w") as archive:
            archive.add(work / MANIFEST, MANIFEST)
            archive.add(work / database_file, database_file)
            media = Path(settings.MEDIA_ROOT)
            if media.is_dir():
                archive.add(media, MEDIA)
        # Only a complete archive ever carries the final name.
        final = destination / name
        partial.replace(final)
    return final


def prune(destination: Path, keep_days: int, now=None) -> list[Path]:
    """Delete archives older than keep_days; return what was deleted."""
    now = now or datetime.now(UTC)
    limit = (now - timedelta(days=keep_days)).timestamp()
    old = [
        path
        for path in sorted(destination.glob(f"{PREFIX}*.tar"))
        if path.stat().st_mtime < limit
    ]
    for path in old:
        path.unlink()
    return old


def read_manifest(archive_path: Path) -> dict:
    try:
        with tarfile.open(archive_path) as archive:
            return json.load(archive.extractfile(MANIFEST))
    except (OSError, tarfile.TarError, KeyError, ValueError) as error:
        raise BackupError(f"{archive_path} is not a Training Hub backup") from error


def restore_database(folder: Path, manifest: dict) -> None:
    if manifest["database"] != connection.vendor:
        raise BackupError(
            f"This backup is of a {manifest['database']} database; the configured "
            f"database is {connection.vendor}"
        )
    connections.close_all()
    if connection.vendor == "postgresql":
        run(
            [
                "pg_restore",
                "--clean",
                "--if-exists",
                "--no-owner",
                "--single-transaction",
                "--dbname",
                settings.DATABASES["default"]["NAME"],
                str(folder / POSTGRES_DUMP),
            ],
            env=postgres_env(),
        )
    else:
        connection.ensure_connection()
        copy = sqlite3.connect(folder / SQLITE_COPY)
        try:
            copy.backup(connection.connection)
        finally:
            copy.close()


def restore_backup(archive_path: Path) -> dict:
    """Put the archive's database and media back; return its manifest."""
    manifest = read_manifest(archive_path)
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        with tarfile.open(archive_path) as archive:
            archive.extractall(work, filter="data")
        restore_database(work, manifest)
        media = work / MEDIA
        if media.is_dir():
            shutil.copytree(media, settings.MEDIA_ROOT, dirs_exist_ok=True)
    return manifest
