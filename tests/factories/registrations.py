"""Factories and helpers for registrations: a convening that takes them, and a valid
submission of its form."""

import factory

from registrations.choices import Status
from registrations.models import Registration, RegistrationSettings
from tests.factories.training_requests import aged_stamp


class RegistrationSettingsFactory(factory.django.DjangoModelFactory):
    registration_open = True
    capacity = None

    class Meta:
        model = RegistrationSettings


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration; pass convening= (the English page)."""

    status = Status.CONFIRMED
    name = factory.Sequence(lambda n: f"Marie J. {n}")
    email = factory.Sequence(lambda n: f"marie{n}@example.org")
    phone = ""
    organization = "Workers' Center of Central New York"
    language = "en"

    class Meta:
        model = Registration


def registration_data(**overrides):
    """A complete, valid submission (as POST data) asking for Spanish
    interpretation and childcare for two children."""
    data = {
        "name": "Rosa M.",
        "email": "rosa@example.org",
        "phone": "315-555-0142",
        "organization": "Comité de Trabajadores de Geneva",
        "language": "es",
        "interpretation": "es",
        "interpretation_other": "",
        "children": "2",
        "children_ages": "4 and 7",
        "accessibility": "I use a wheelchair.",
        "dietary": "Vegetarian",
        "transport": "",
        "consent": "on",
        "website": "",
        "started": aged_stamp(),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
