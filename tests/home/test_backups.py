"""`manage.py backup` and `manage.py restore`: the database and the uploaded files
come back as they were, and a file that is not a backup is refused clearly."""

import io
import os
import tarfile
import time
from pathlib import Path

from django.core.management import CommandError, call_command

import pytest

from home import backups
from training_requests.models import TrainingRequest


@pytest.fixture
def backup_folders(tmp_path, settings, monkeypatch):
    settings.MEDIA_ROOT = tmp_path / "media"
    (settings.MEDIA_ROOT / "documents").mkdir(parents=True)
    monkeypatch.setenv("BACKUP_DIR", str(tmp_path / "backups"))
    return tmp_path


def run_command(*args):
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_a_backup_restores_the_database_and_the_media_as_they_were(
    request_site, backup_folders, settings
):
    handout = settings.MEDIA_ROOT / "documents" / "heat-stress-handout.pdf"
    handout.write_bytes(b"%PDF-1.4 a handout")
    kept = TrainingRequest.objects.create(
        contact_name="Rosa M.", email="rosa@example.org", organization_name="CTG"
    )

    archive = Path(run_command("backup").strip().splitlines()[-1])

    assert archive.parent == backup_folders / "backups"
    assert archive.name.startswith("training-hub-") and archive.suffix == ".tar"
    TrainingRequest.objects.all().delete()
    handout.unlink()
    TrainingRequest.objects.create(contact_name="Made after the backup")

    output = run_command("restore", str(archive), "--no-input")

    assert "Restored the backup of" in output
    assert list(TrainingRequest.objects.values_list("reference", "email")) == [
        (kept.reference, "rosa@example.org")
    ]
    assert handout.read_bytes() == b"%PDF-1.4 a handout"


@pytest.mark.django_db
def test_a_file_that_is_not_a_backup_is_refused_and_nothing_changes(
    backup_folders, request_site
):
    not_a_backup = backup_folders / "photo.tar"
    with tarfile.open(not_a_backup, "w") as archive:
        archive.addfile(tarfile.TarInfo("photo.jpg"), io.BytesIO(b""))
    TrainingRequest.objects.create(contact_name="Rosa M.")

    with pytest.raises(CommandError, match="is not a Training Hub backup"):
        run_command("restore", str(not_a_backup), "--no-input")

    assert TrainingRequest.objects.count() == 1


@pytest.mark.django_db
def test_old_archives_are_deleted_and_recent_ones_kept(backup_folders):
    folder = backup_folders / "backups"
    folder.mkdir()
    old = folder / "training-hub-20260101-031500.tar"
    recent = folder / "training-hub-20261129-031500.tar"
    other = folder / "notes.txt"
    for path in (old, recent, other):
        path.write_bytes(b"")
    forty_days_ago = time.time() - 40 * 24 * 3600
    os.utime(old, (forty_days_ago, forty_days_ago))
    os.utime(other, (forty_days_ago, forty_days_ago))

    assert backups.prune(folder, keep_days=30) == [old]
    assert sorted(p.name for p in folder.iterdir()) == [other.name, recent.name]
