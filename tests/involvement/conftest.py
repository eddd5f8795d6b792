import pytest

from tests.factories.involvement import build_involvement_site


@pytest.fixture
def involvement_site(site_tree):
    return build_involvement_site(site_tree)
