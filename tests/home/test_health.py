"""/healthz, for load balancers: the database, the cache and the task queue, never
cached, nothing personal, answered over plain HTTP, and not written to the access
log while all is well."""

from datetime import timedelta

from django.utils import timezone

import pytest
from django_tasks_db.models import DBTaskResult, get_date_max

from tests.home.probes import probe


@pytest.mark.django_db
def test_healthz_says_the_database_the_cache_and_the_task_queue_work(client):
    response = probe(client)

    assert response.status_code == 200
    results = response.json()
    assert sorted(name.split("(")[0] for name in results) == [
        "Cache",
        "Database",
        "TaskQueue",
    ]
    assert set(results.values()) == {"OK"}


def queue_email_task(**fields):
    """A task row as the web request leaves it for the worker."""
    return DBTaskResult.objects.create(
        args_kwargs={"args": ["staff", 1, 1, "https://hub.example.org"], "kwargs": {}},
        task_path="training_requests.tasks.send_training_request_email",
        backend_name="default",
        **fields,
    )


@pytest.mark.django_db(transaction=True)
def test_healthz_fails_when_a_task_has_waited_too_long(client, settings):
    settings.HEALTH_MAX_TASK_WAIT = 15 * 60
    task = queue_email_task(run_after=get_date_max())
    DBTaskResult.objects.filter(pk=task.pk).update(
        enqueued_at=timezone.now() - timedelta(minutes=16)
    )

    response = probe(client)

    assert response.status_code == 500
    assert "waited" in response.json()["TaskQueue()"]


@pytest.mark.django_db(transaction=True)
def test_healthz_does_not_count_a_send_put_off_until_later(client, settings):
    settings.HEALTH_MAX_TASK_WAIT = 15 * 60
    task = queue_email_task(run_after=timezone.now() + timedelta(minutes=30))
    DBTaskResult.objects.filter(pk=task.pk).update(
        enqueued_at=timezone.now() - timedelta(hours=2)
    )

    assert probe(client).status_code == 200


@pytest.mark.django_db
def test_healthz_is_never_cached_and_sets_no_cookie(client):
    response = probe(client)

    assert "no-store" in response["Cache-Control"]
    assert "max-age=0" in response["Cache-Control"]
    assert not response.cookies


@pytest.mark.django_db
def test_healthz_answers_plain_http_where_pages_redirect(client, settings):
    settings.SECURE_SSL_REDIRECT = True

    assert probe(client).status_code == 200
    assert client.get("/en/").status_code == 301


@pytest.mark.django_db
def test_a_healthy_probe_is_not_written_to_the_access_log(client, printed_log):
    probe(client)

    assert not [line for line in printed_log.lines if "hub.access" in line]
