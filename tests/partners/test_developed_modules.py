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


def test_a_partner_with_many_trainings_lists_them_a_page_at_a_time(
    client, partners_tree
):
    partner = PartnerPageFactory(
        parent=partners_tree.directory, title="Genesee Valley Workers Assembly"
    )
    catalog = ModuleIndexPageFactory(parent=partners_tree.site_tree.home)
    for number in range(1, 16):
        TrainingModulePageFactory(
            parent=catalog, title=f"Training {number:02d}", developed_by=partner
        )

    first = soup(client.get(partner.url)).find("section", class_="partner-modules")
    second = soup(client.get(partner.url + "?page=2")).find(
        "section", class_="partner-modules"
    )

    assert len(first.find_all("li", class_="card")) == 12
    assert first.find("a", rel="next")["href"] == "?page=2"
    titles = [a.get_text() for a in second.select("li.card h3 a")]
    assert titles == ["Training 13", "Training 14", "Training 15"]
    assert second.find("a", rel="prev")
