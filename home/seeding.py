"""How each app contributes demo content to `manage.py seed_demo`.

An app's `demo.py` registers its seeders with `@demo_seeder(order=...)`; the command
imports every app's `demo` module (as the admin finds `admin.py`) and runs them in
the declared order, so `home` never imports the other apps.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.module_loading import autodiscover_modules


@dataclass(frozen=True, order=True)
class Seeder:
    order: int
    name: str
    seed: Callable = field(compare=False)
    reset: Callable | None = field(default=None, compare=False)


_seeders: dict[str, Seeder] = {}


def demo_seeder(*, order: int, reset: Callable | None = None):
    """Register a function that builds one part of the demo site.

    It must be idempotent: running it again finds what it made and adds nothing.
    `reset` removes what it made that deleting the page tree does not.
    """

    def register(func):
        name = f"{func.__module__}.{func.__name__}"
        _seeders[name] = Seeder(order=order, name=name, seed=func, reset=reset)
        return func

    return register


def discover_seeders() -> list[Seeder]:
    autodiscover_modules("demo")
    return sorted(_seeders.values())
