"""Emails as deployed: stored as tasks with the request, sent by the worker, tried
again later with growing delays when the mail server fails, and never lost when a
worker dies in the middle of one."""

import json
import logging
import socket
from datetime import timedelta

from django.core import mail
from django.utils import timezone

import pytest
import time_machine
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from home.management.commands.run_tasks import ResilientWorker
from tests.training_requests.test_emails import send
from training_requests.models import TrainingRequest

URLENCODED = "application/x-www-form-urlencoded"
PERSONAL = ["Rosa M.", "rosa@example.org", "315-555-0142"]

pytestmark = pytest.mark.usefixtures("fresh_rate_limits", "queued_tasks")


@pytest.fixture
def queued_tasks(settings):
    """The deployed set-up: tasks are rows in the database, for a worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def work_through_the_queue():
    """What `manage.py run_tasks` does, until no task is due."""
    ResilientWorker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="test-worker",
    ).run()


def closed_port():
    """A port on this machine where nothing listens: a mail server that is down."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def email_tasks():
    return DBTaskResult.objects.filter(
        task_path__endswith="send_training_request_email"
    )


@pytest.mark.django_db
def test_the_request_and_its_two_emails_are_stored_together_and_nothing_is_sent(
    client, request_site
):
    response = send(client, request_site)

    assert response.status_code == 303
    request = TrainingRequest.objects.get()
    tasks = list(email_tasks())
    assert sorted(t.args_kwargs["args"][0] for t in tasks) == ["confirmation", "staff"]
    assert all(t.args_kwargs["args"][1] == request.pk for t in tasks)
    assert all(t.status == TaskResultStatus.READY for t in tasks)
    stored = json.dumps([t.args_kwargs for t in tasks])
    for text in PERSONAL:
        assert text not in stored
    assert mail.outbox == []


@pytest.mark.django_db
def test_a_rejected_request_queues_no_email(client, request_site):
    response = send(client, request_site, consent="")

    assert response.status_code == 400
    assert not email_tasks().exists()


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_both_emails_and_the_status_link_works(client, request_site):
    send(client, request_site, code="es")

    work_through_the_queue()

    assert sorted(m.to[0] for m in mail.outbox) == [
        "requests@staff.example.org",
        "rosa@example.org",
    ]
    assert {t.status for t in email_tasks()} == {TaskResultStatus.SUCCESSFUL}
    confirmation = next(m for m in mail.outbox if m.to == ["rosa@example.org"])
    link = next(line for line in confirmation.body.split() if "/status/" in line)
    assert link.startswith("http://testserver/es/request-a-training/status/")
    status = client.get(link.removeprefix("http://testserver"))
    assert status.status_code == 200
    assert TrainingRequest.objects.get().reference in status.content.decode()


@pytest.mark.django_db(transaction=True)
def test_a_mail_server_that_is_down_is_tried_again_later_and_later(
    client, request_site, settings, caplog
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    caplog.set_level(logging.INFO)
    send(client, request_site)
    reference = TrainingRequest.objects.get().reference
    started = timezone.now()

    work_through_the_queue()

    assert mail.outbox == []
    first_retries = list(email_tasks().filter(status=TaskResultStatus.READY))
    assert len(first_retries) == 2
    assert all(t.args_kwargs["args"][4] == 2 for t in first_retries)  # attempt 2
    for retry in first_retries:
        assert timedelta(seconds=29) < retry.run_after - started < timedelta(seconds=60)
    failed = email_tasks().filter(status=TaskResultStatus.FAILED)
    assert failed.count() == 2
    assert all(reference in t.traceback for t in failed)
    retry_lines = [
        r.getMessage() for r in caplog.records if "trying again" in r.getMessage()
    ]
    assert len(retry_lines) == 2 and all(reference in line for line in retry_lines)
    for text in [*PERSONAL, "requests@staff.example.org"]:
        assert text not in caplog.text
        assert not any(text in t.traceback for t in failed)

    # Still down at the next try: the one after waits longer.
    with time_machine.travel(started + timedelta(seconds=61)):
        work_through_the_queue()
    second_retries = email_tasks().filter(status=TaskResultStatus.READY)
    assert all(t.args_kwargs["args"][4] == 3 for t in second_retries)
    assert all(
        t.run_after - started > timedelta(seconds=61 + 119) for t in second_retries
    )

    # The server is back: the next try delivers both.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    with time_machine.travel(started + timedelta(minutes=10)):
        work_through_the_queue()
    assert len(mail.outbox) == 2
    assert not email_tasks().filter(status=TaskResultStatus.READY).exists()


@pytest.mark.django_db(transaction=True)
def test_an_email_whose_worker_died_midway_is_sent_by_the_next_worker(
    client, request_site
):
    send(client, request_site)
    long_ago = timezone.now() - timedelta(hours=1)
    # A worker claimed both, then was killed before it could record anything.
    email_tasks().update(status=TaskResultStatus.RUNNING, started_at=long_ago)

    work_through_the_queue()

    assert len(mail.outbox) == 2
    assert {t.status for t in email_tasks()} == {TaskResultStatus.SUCCESSFUL}


@pytest.mark.django_db(transaction=True)
def test_a_requester_who_erased_their_details_before_sending_gets_no_email(
    client, request_site
):
    send(client, request_site)
    TrainingRequest.objects.update(email="", contact_name="", phone="")

    work_through_the_queue()

    assert [m.to for m in mail.outbox] == [["requests@staff.example.org"]]
