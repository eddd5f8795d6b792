"""A module credits the partner that developed it, and the partner lists it."""

from tests.factories.curriculum import ModuleIndexPageFactory, TrainingModulePageFactory
from tests.factories.partners import PartnerPageFactory
from tests.html import soup


def test_module_and_partner_profile_point_at_each_other(client, partners_tree):
    partner = PartnerPageFactory(
        parent=partners_tree.directory, title="North Country Dairy Workers Center"
    )
    catalog = ModuleIndexPageFactory(parent=partners_tree.site_tree.home)
    module = TrainingModulePageFactory(
        parent=catalog, title="Heat stress in the fields", developed_by=partner
    )

    module_page = soup(client.get(module.url))
    profile = soup(client.get(partner.url))

    credit = module_page.find("p", class_="module-developed-by")
    assert credit.find("a")["href"] == partner.url
    section = profile.find("section", class_="partner-modules")
    assert section.find("a", string="Heat stress in the fields")["href"] == module.url
