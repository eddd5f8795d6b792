"""Factories for focused tests; `seed_demo` is the big fixture."""

from .home import HomePageFactory, StandardPageFactory

__all__ = ["HomePageFactory", "StandardPageFactory"]
