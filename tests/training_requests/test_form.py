"""The public training request form: valid requests in English and Spanish, each
validation rule, and every way a bad submission is turned away without a row."""

import logging
from urllib.parse import urlencode

from django.test import Client
from django.views.debug import SafeExceptionReporterFilter

from wagtail.models import Locale

import pytest

from tests.factories.training_requests import (
    aged_stamp,
    submission,
)
from tests.html import assert_lang_and_dir, assert_valid_html, soup
from training_requests import guards
from training_requests.choices import Source, Status
from training_requests.models import TrainingRequest
from training_requests.tokens import check_form_stamp, form_stamp

URLENCODED = "application/x-www-form-urlencoded"


pytestmark = pytest.mark.usefixtures("fresh_rate_limits")


def post(client, url, data, **extra):
    return client.post(
        url, urlencode(data, doseq=True), content_type=URLENCODED, **extra
    )


def errors_of(response):
    page = soup(response)
    return {
        item.get_text(" ", strip=True) for item in page.select(".tr-error-summary li")
    }


# Showing the form ---------------------------------------------------------------------
@pytest.mark.parametrize("code", ["en", "es", "ht", "ar"])
def test_the_form_renders_valid_html_in_every_language(client, request_site, code):
    response = client.get(request_site.url(code))

    assert response.status_code == 200
    assert_valid_html(response.content)
    assert_lang_and_dir(response, code)
    page = soup(response)
    assert page.select_one("form.tr-form")["method"] == "post"
    assert page.select_one("input[name=started]")["value"]


def test_a_module_link_preselects_the_module_in_any_language(client, request_site):
    wage_theft = request_site.modules["wage-theft"]
    spanish = request_site.in_locale(wage_theft, "es")

    response = client.get(f"{request_site.url('es')}?module={spanish.pk}")

    checked = soup(response).select("input[name=modules][checked]")
    assert [box["value"] for box in checked] == [str(wage_theft.pk)]
    label = soup(response).find("label", attrs={"for": checked[0]["id"]})
    assert "Documentar el robo de salario" in label.get_text()


def test_a_curriculum_link_preselects_the_curriculum(client, request_site):
    curriculum = request_site.curriculum
    spanish = request_site.in_locale(curriculum, "es")

    response = client.get(f"{request_site.url('es')}?curriculum={spanish.pk}")

    checked = soup(response).select("input[name=curricula][checked]")
    assert [box["value"] for box in checked] == [str(curriculum.pk)]


@pytest.mark.parametrize(
    "query", ["module=abc", "module=999999", "curriculum=%00", "module=" + "9" * 40]
)
def test_a_bad_preselection_is_ignored(client, request_site, query):
    response = client.get(f"{request_site.url()}?{query}")

    assert response.status_code == 200
    assert soup(response).select("input[checked]") == []


def test_the_organization_is_typed_not_chosen_from_every_partner(client, request_site):
    page = soup(client.get(request_site.url()))

    assert page.select("select[name=organization]") == []
    field = page.select_one("input[name=organization_name]")
    assert field["autocomplete"] == "organization"
    assert "Finger Lakes Farmworker Center" not in page.get_text()


def test_the_honeypot_is_hidden_from_people_and_assistive_technology(
    client, request_site
):
    trap = soup(client.get(request_site.url())).select_one(".tr-honeypot")

    assert trap["aria-hidden"] == "true"
    field = trap.select_one("input[name=website]")
    assert field["tabindex"] == "-1"
    assert field["autocomplete"] == "off"


# Valid requests -----------------------------------------------------------------------
def test_a_valid_request_in_english_is_stored_and_thanked(
    client, request_site, django_capture_on_commit_callbacks
):
    module = request_site.modules["heat"]
    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client,
            request_site.url(),
            submission(
                organization_name="finger lakes  farmworker center",
                modules=[str(module.pk)],
                languages=["en", "es"],
                sector=str(request_site.sector.pk),
            ),
        )

    assert response.status_code == 303
    request = TrainingRequest.objects.get()
    assert response["Location"].startswith("/en/request-a-training/thanks/")
    assert request.status == Status.NEW
    assert request.source == Source.WEB
    # The partner's name, typed in any case, links the request to its page.
    assert request.organization_id == request_site.partner.pk
    assert request.organization_name == ""
    assert request.region == request_site.region
    assert list(request.modules.all()) == [module]
    assert request.languages == ["en", "es"]
    assert request.sector == request_site.sector
    assert request.locale == Locale.get_default()
    assert request.participants == 15
    assert request.support_needs == ["childcare"]
    assert request.interpretation_needed is True
    history = list(request.status_changes.all())
    assert [(h.from_status, h.to_status) for h in history] == [("", Status.NEW)]

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert_valid_html(thanks.content)
    assert request.reference in soup(thanks).select_one(".tr-reference").get_text()


def test_a_valid_request_in_spanish_points_at_the_english_pages(
    client, request_site, django_capture_on_commit_callbacks
):
    wage_theft = request_site.modules["wage-theft"]
    spanish_module = request_site.in_locale(wage_theft, "es")
    form = client.get(f"{request_site.url('es')}?module={spanish_module.pk}")
    preselected = soup(form).select_one("input[name=modules][checked]")["value"]

    with django_capture_on_commit_callbacks(execute=True):
        response = post(
            client,
            request_site.url("es"),
            submission(modules=[preselected], not_sure_description=""),
        )

    assert response.status_code == 303
    assert response["Location"].startswith("/es/request-a-training/thanks/")
    request = TrainingRequest.objects.get()
    assert list(request.modules.all()) == [wage_theft]
    assert request.locale.language_code == "es"
    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert_lang_and_dir(thanks, "es")
    assert request.reference in soup(thanks).select_one(".tr-reference").get_text()


def test_a_phone_number_alone_is_enough(client, request_site):
    response = post(client, request_site.url(), submission(email=""))

    assert response.status_code == 303
    assert TrainingRequest.objects.get().email == ""


# Validation ---------------------------------------------------------------------------
RULES = {
    "organization": (
        {"organization_name": " "},
        "Type the name of your organization.",
    ),
    "contact": (
        {"email": "", "phone": ""},
        "Give us an email address or a phone number so we can reply.",
    ),
    "name": ({"contact_name": ""}, "This field is required."),
    "email": ({"email": "rosa@"}, "Enter a valid email address."),
    "phone": (
        {"phone": "call me"},
        "Enter a phone number with digits, for example 315-555-0142.",
    ),
    "languages": ({"languages": []}, "Choose at least one language."),
    "wanted": (
        {"not_sure_description": ""},
        "Choose at least one training or curriculum, or describe what you need.",
    ),
    "delivery": ({"delivery": ""}, "Choose in person, online or either."),
    "place": (
        {"city": "", "region": ""},
        "Tell us the city, town or region where the training would be.",
    ),
    "participants": (
        {"participants": "0"},
        "Ensure this value is greater than or equal to 1.",
    ),
    "consent": (
        {"consent": None},
        "Please agree to how we use these details, or call us.",
    ),
    "unknown module": (
        {"modules": ["999999"]},
        "Select a valid choice. 999999 is not one of the available choices.",
    ),
}


@pytest.mark.parametrize("rule", RULES)
def test_each_rule_is_explained_next_to_its_field_and_in_the_summary(
    client, request_site, rule
):
    overrides, message = RULES[rule]

    response = post(client, request_site.url(), submission(**overrides))

    assert response.status_code == 400
    assert TrainingRequest.objects.count() == 0
    assert_valid_html(response.content)
    assert message in errors_of(response)
    page = soup(response)
    link = next(
        a for a in page.select(".tr-error-summary a") if a.get_text() == message
    )
    target = page.find(id=link["href"].lstrip("#"))
    assert target is not None, link["href"]
    error_list = page.find(
        lambda tag: (
            tag.name == "ul"
            and "errorlist" in tag.get("class", [])
            and message in tag.get_text()
        )
    )
    described = page.find(attrs={"aria-describedby": True, "id": True}) is not None
    assert described
    assert error_list["id"] in " ".join(
        tag["aria-describedby"]
        for tag in page.find_all(attrs={"aria-describedby": True})
    )


def test_the_form_keeps_what_was_typed(client, request_site):
    response = post(
        client,
        request_site.url(),
        submission(email="", phone="", notes="Bring Spanish handouts"),
    )

    page = soup(response)
    assert page.select_one("input[name=contact_name]")["value"] == "Rosa M."
    assert page.select_one("textarea[name=notes]").get_text().strip() == (
        "Bring Spanish handouts"
    )
    assert page.select_one("input[name=languages][value=es]").has_attr("checked")
    assert page.select_one("input[name=delivery][value=in_person]").has_attr("checked")


def test_errors_are_in_the_visitors_language(client, request_site):
    response = post(
        client, request_site.url("es"), submission(contact_name="", email="x@")
    )

    assert response.status_code == 400
    assert_lang_and_dir(response, "es")
    messages = " ".join(errors_of(response))
    assert "Este campo es necesario." in messages
    assert "válid" in messages  # Django's own "Introduzca una dirección ... válida."


# Abuse --------------------------------------------------------------------------------
def test_a_filled_honeypot_is_refused(client, request_site):
    response = post(
        client, request_site.url(), submission(website="http://spam.example")
    )

    assert response.status_code == 400
    assert TrainingRequest.objects.count() == 0
    assert_valid_html(response.content)
    assert "could not accept" in response.content.decode()


@pytest.mark.parametrize(
    "stamp",
    [
        pytest.param(None, id="missing"),
        pytest.param("12345:forged:signature", id="forged"),
        pytest.param("fresh", id="too fast"),
    ],
)
def test_a_missing_forged_or_hasty_stamp_is_refused(client, request_site, stamp):
    if stamp == "fresh":
        stamp = form_stamp()

    response = post(client, request_site.url(), submission(started=stamp))

    assert response.status_code == 400
    assert TrainingRequest.objects.count() == 0
    page = soup(response)
    assert page.select_one(".tr-error-summary")
    # A person can send it again: the form comes back filled in, with a new stamp.
    assert page.select_one("input[name=contact_name]")["value"] == "Rosa M."
    new_stamp = page.select_one("input[name=started]")["value"]
    assert check_form_stamp(new_stamp).problem in ("", "too_fast")


def test_a_stamp_from_days_ago_is_refused(client, request_site):
    response = post(
        client, request_site.url(), submission(started=aged_stamp(3 * 24 * 3600))
    )

    assert response.status_code == 400
    assert "open for a long time" in response.content.decode()


def test_the_rate_limit_stops_a_flood(client, request_site):
    for _ in range(guards.SUBMISSIONS_PER_HOUR):
        post(client, request_site.url(), submission(contact_name=""))

    response = post(client, request_site.url(), submission())

    assert response.status_code == 429
    assert TrainingRequest.objects.count() == 0
    assert_valid_html(response.content)


def test_an_oversized_body_is_refused_before_it_is_read(client, request_site):
    response = post(client, request_site.url(), submission(notes="x" * 40_000))

    assert response.status_code == 413
    assert TrainingRequest.objects.count() == 0
    assert_valid_html(response.content)


def test_a_lying_content_length_is_refused(client, request_site):
    response = post(client, request_site.url(), submission(), CONTENT_LENGTH=str(10**9))

    assert response.status_code == 413


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param("contact_name=Rosa%00M.", id="NUL urlencoded"),
        pytest.param("contact_name=Rosa%FF%FE", id="invalid UTF-8"),
        pytest.param("contact_name=%ED%A0%80", id="surrogate"),
    ],
)
def test_nul_and_invalid_unicode_are_refused_cleanly(client, request_site, raw):
    body = urlencode(submission(contact_name="placeholder"), doseq=True)
    body = body.replace("contact_name=placeholder", raw)

    response = client.post(request_site.url(), body, content_type=URLENCODED)

    assert response.status_code == 400
    assert TrainingRequest.objects.count() == 0
    assert_valid_html(response.content)


def test_nul_in_a_multipart_form_is_refused(client, request_site):
    response = client.post(request_site.url(), submission(notes="a\x00b"))

    assert response.status_code == 400
    assert TrainingRequest.objects.count() == 0


@pytest.mark.parametrize(
    "field", ["contact_name", "organization_name", "notes", "city", "phone"]
)
def test_very_long_fields_are_refused_with_a_message(client, request_site, field):
    response = post(client, request_site.url(), submission(**{field: "a" * 5000}))

    assert response.status_code == 400
    assert TrainingRequest.objects.count() == 0
    assert any("at most" in message for message in errors_of(response))


def test_nothing_personal_is_logged_or_put_in_a_url(
    client, request_site, caplog, django_capture_on_commit_callbacks
):
    caplog.set_level(logging.DEBUG)
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, request_site.url(), submission())
    post(client, request_site.url(), submission(started=None))
    thanks = client.get(response["Location"])

    personal = ["Rosa", "rosa@example.org", "555-0142", "wheelchair", "6 pm"]
    for text in personal:
        assert text not in caplog.text
        assert text not in response["Location"]
        for link in soup(thanks).find_all(["a", "form", "link"]):
            assert text not in (link.get("href") or link.get("action") or "")
    assert TrainingRequest.objects.get().reference in caplog.text


def test_error_reports_would_not_carry_what_was_typed(client, request_site):
    response = post(client, request_site.url(), submission(contact_name=""))

    filtered = SafeExceptionReporterFilter().get_post_parameters(response.wsgi_request)
    assert "Rosa" not in str(dict(filtered))
    assert "rosa@example.org" not in str(dict(filtered))


def test_the_size_cap_comes_before_csrf_parses_the_body(request_site):
    """Through the whole middleware stack, as deployed: an oversized POST is refused
    before Django reads the form; a small one reaches the usual CSRF refusal."""
    strict = Client(enforce_csrf_checks=True)

    big = post(strict, request_site.url(), submission(notes="x" * 40_000))
    small = post(strict, request_site.url(), submission())

    assert big.status_code == 413
    assert soup(big).h1.get_text(strip=True) == "Your request is too long"
    assert small.status_code == 403  # no CSRF token: the usual refusal
    assert TrainingRequest.objects.count() == 0


BEHIND_THE_PROXY = {"REMOTE_ADDR": "127.0.0.1"}


def from_client(address):
    """What nginx sends on: the client's address appended to X-Forwarded-For."""
    return {**BEHIND_THE_PROXY, "HTTP_X_FORWARDED_FOR": address}


@pytest.fixture
def one_trusted_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = settings.XFF_TRUSTED_PROXY_DEPTH = 1
    settings.MIDDLEWARE = [
        "xff.middleware.XForwardedForMiddleware",
        *settings.MIDDLEWARE,
    ]


def test_behind_the_proxy_each_partner_has_its_own_limit(
    client, request_site, one_trusted_proxy
):
    flood = from_client("203.0.113.7")
    for _ in range(guards.SUBMISSIONS_PER_HOUR):
        post(client, request_site.url(), submission(contact_name=""), **flood)

    refused = post(client, request_site.url(), submission(), **flood)
    # A client that sends its own header cannot hide behind it: nginx appends the
    # address it really came from.
    spoofed = post(
        client,
        request_site.url(),
        submission(),
        **from_client("198.51.100.20, 203.0.113.7"),
    )
    another = post(client, request_site.url(), submission(), **from_client("192.0.2.4"))

    assert (refused.status_code, spoofed.status_code) == (429, 429)
    assert another.status_code == 303
    assert TrainingRequest.objects.count() == 1


def test_without_a_trusted_proxy_the_header_is_ignored(client, request_site):
    for number in range(guards.SUBMISSIONS_PER_HOUR):
        post(
            client,
            request_site.url(),
            submission(contact_name=""),
            **from_client(f"192.0.2.{number}"),
        )

    response = post(
        client, request_site.url(), submission(), **from_client("192.0.2.99")
    )

    assert response.status_code == 429
    assert TrainingRequest.objects.count() == 0
