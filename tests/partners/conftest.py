"""Fixtures for the partners app: the directory and the convenings index under the
English home page of the shared site tree."""

from dataclasses import dataclass

import pytest

from home.locales import synchronize_all_trees
from partners.models import ConveningIndexPage, PartnerIndexPage
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
