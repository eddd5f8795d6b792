"""/healthz, for load balancers: the database and the cache, never cached, nothing
personal, answered over plain HTTP, and not written to the access log while all is
well."""

import pytest

from tests.home.probes import probe


@pytest.mark.django_db
def test_healthz_says_the_database_and_the_cache_work(client):
    response = probe(client)

    assert response.status_code == 200
    results = response.json()
    assert sorted(name.split("(")[0] for name in results) == ["Cache", "Database"]
    assert set(results.values()) == {"OK"}


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
