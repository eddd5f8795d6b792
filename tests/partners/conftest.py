"""Fixtures for the partners app: the directory and the convenings index under the
English home page of the shared site tree, and the sectors partners organize in."""

from dataclasses import dataclass

import pytest

from curriculum.models import Sector
from home.locales import synchronize_all_trees
from partners.models import ConveningIndexPage, PartnerIndexPage
from tests.factories.curriculum import SectorFactory
from tests.factories.partners import (
    ConveningIndexPageFactory,
    PartnerIndexPageFactory,
)


@dataclass
class PartnersTree:
    site_tree: object
    directory: PartnerIndexPage
    convenings: ConveningIndexPage


@pytest.fixture
def partners_tree(site_tree) -> PartnersTree:
    directory = PartnerIndexPageFactory(parent=site_tree.home)
    convenings = ConveningIndexPageFactory(parent=site_tree.home)
    synchronize_all_trees()
    return PartnersTree(site_tree=site_tree, directory=directory, convenings=convenings)


@pytest.fixture
def sectors(db) -> dict[str, Sector]:
    """Sectors as editors keep them under Topics and sectors (in English), by slug."""
    return {
        slug: SectorFactory(name=name, slug=slug)
        for slug, name in [
            ("farm-work", "Farm work"),
            ("factory-and-food-processing", "Factory and food processing"),
            ("care-work", "Care work"),
            ("domestic-work", "Domestic work"),
            ("construction", "Construction"),
        ]
    }
