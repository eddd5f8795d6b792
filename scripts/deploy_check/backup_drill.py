"""Stage 5: the backup drill. `manage.py backup` against the deployment's database,
`manage.py restore` into a fresh database (and a fresh media folder), the same rows
in every table, and an app server started from the unit on the restored copy serves
a page and a requester's status link (taken from an email) with its reference."""

import http.client
import re
import tarfile
import time
from pathlib import Path

from . import db
from .stack import DATABASE, HOST, RESTORED_PORT

RESTORED = "traininghub_restored"
STATUS_LINK = re.compile(r"https?://[^\s/]+(/\S+/status/[A-Za-z0-9_-]+/)")


def archive_path(log: Path) -> Path:
    """The archive `manage.py backup` names on its last line of output."""
    lines = [line.strip() for line in log.read_text().splitlines() if line.strip()]
    candidates = [line for line in lines if line.endswith(".tar")]
    if not candidates:
        raise RuntimeError("manage.py backup named no .tar archive")
    return Path(candidates[-1])


def plain_get(port, path, timeout=15):
    """A request straight to an app server, as nginx would send it."""
    connection = http.client.HTTPConnection(HOST, port, timeout=timeout)
    try:
        connection.request(
            "GET",
            path,
            headers={
                "Host": HOST,
                "X-Forwarded-Proto": "https",
                "X-Forwarded-For": "127.0.0.5",
                "Accept-Language": "en",
            },
        )
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        connection.close()


def wait_for(port, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            return plain_get(port, "/en/")
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(
        f"the app server on the restored database did not start in {seconds} s"
    )


def status_link(stack):
    """A requester's confirmation email's status link, and its reference."""
    for message in stack.sink.snapshot():
        found = STATUS_LINK.search(message.body)
        reference = re.search(
            r"TR-[2-9A-Z]{4}-[2-9A-Z]{4}", message.subject + message.body
        )
        if found and reference:
            return found.group(1), reference.group(0)
    return None, None


def backup_stage(stack, report, context):
    purged = stack.run_unit("purge", "training-hub-purge.service")
    said = purged.read_text().strip().splitlines() or ["(nothing)"]
    report.add("backup", "training-hub-purge.service", said[-1][:60])
    log = stack.run_unit("backup", "training-hub-backup.service")
    archive = archive_path(log)
    live = db.table_counts(stack.cluster.url(DATABASE))
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    report.add(
        "backup",
        "archive",
        f"{archive.name} ({archive.stat().st_size // 1024} KB, {len(names)} entries)",
        ok=archive.exists(),
    )
    stack.cluster.create_database(RESTORED)
    restored_url = stack.cluster.url(RESTORED)
    media = stack.tmp / "restored-media"
    media.mkdir()
    restored_env = {"DATABASE_URL": restored_url, "MEDIA_ROOT": str(media)}
    stack.manage_with("restore", restored_env, "restore", "--no-input", str(archive))
    restored = db.table_counts(restored_url)
    differing = sorted(
        t for t in set(live) | set(restored) if live.get(t) != restored.get(t)
    )
    report.add(
        "backup",
        "tables with other row counts",
        f"{len(differing)} of {len(live)}"
        + (f": {', '.join(differing[:4])}" if differing else ""),
        ok=not differing,
        bar="0",
    )
    restored_files = sum(1 for path in media.rglob("*") if path.is_file())
    live_files = sum(1 for path in (stack.var / "media").rglob("*") if path.is_file())
    report.add(
        "backup",
        "media files restored",
        f"{restored_files} of {live_files}",
        ok=restored_files == live_files,
        bar="all",
    )
    server = stack._start_unit(
        "web-restored",
        "training-hub-web@.service",
        str(RESTORED_PORT),
        extra_env=restored_env,
    )
    try:
        status, _ = wait_for(RESTORED_PORT)
        report.add(
            "backup",
            "home page on the restored copy",
            status,
            ok=status == 200,
            bar="200",
        )
        path, reference = status_link(stack)
        if path is None:
            report.add(
                "backup", "status link from an email", "no email with one", ok=False
            )
        else:
            status, body = plain_get(RESTORED_PORT, path)
            shown = reference in body
            report.add(
                "backup",
                "status link on the restored copy",
                f"{status}, {'shows' if shown else 'does NOT show'} its reference",
                ok=status == 200 and shown,
                bar="200, shows it",
            )
    finally:
        server.stop()
        del stack.services["web-restored"]
    return archive
