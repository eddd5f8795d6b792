"""How the demo's parts are put together by `manage.py seed_demo`.

Each module of demo/seeders registers its seeders with `@demo_seeder(order=...)`;
the command imports them all and runs the seeders in the declared order.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import import_module


@dataclass(frozen=True, order=True)
class Seeder:
    order: int
    name: str
    seed: Callable = field(compare=False)
    reset: Callable | None = field(default=None, compare=False)
    clear: Callable | None = field(default=None, compare=False)


_seeders: dict[str, Seeder] = {}


def demo_seeder(
    *, order: int, reset: Callable | None = None, clear: Callable | None = None
):
    """Register a function that builds one part of the demo site.

    It must be idempotent: running it again finds what it made and adds nothing.
    `reset` removes what it made that deleting the page tree does not; `clear`,
    run before the page tree is deleted, what would keep a page from being
    deleted (records that protect the page they point at).
    """

    def register(func):
        name = f"{func.__module__}.{func.__name__}"
        _seeders[name] = Seeder(
            order=order, name=name, seed=func, reset=reset, clear=clear
        )
        return func

    return register


SEEDER_MODULES = [
    "demo.seeders.site",
    "demo.seeders.partners",
    "demo.seeders.curriculum",
    "demo.seeders.training_requests",
    "demo.seeders.convening_gathering",
    "demo.seeders.involvement",
]


def discover_seeders() -> list[Seeder]:
    for module in SEEDER_MODULES:
        import_module(module)
    return sorted(_seeders.values())
