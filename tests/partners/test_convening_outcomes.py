"""A convening report lists the modules and curricula that came out of it."""

from partners.models import ConveningOutcome
from tests.factories.curriculum import ModuleIndexPageFactory, TrainingModulePageFactory
from tests.factories.partners import ConveningPageFactory
from tests.html import soup


def test_report_links_the_trainings_that_came_out_of_it(client, partners_tree):
    catalog = ModuleIndexPageFactory(parent=partners_tree.site_tree.home)
    module = TrainingModulePageFactory(parent=catalog, title="Building coalitions")
    convening = ConveningPageFactory(parent=partners_tree.convenings, title="Syracuse")
    ConveningOutcome.objects.create(page=convening, training=module)

    response = client.get(convening.url)

    section = soup(response).find("section", class_="convening-outcomes")
    link = section.find("a", string="Building coalitions")
    assert link["href"] == module.url
