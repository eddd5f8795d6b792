"""Importing training modules from files: one Markdown file per module per language.

`import_modules()` reads every file, checks them all against the site, and only
then writes, in one transaction: a bad file means nothing of the run is stored.
`manage.py import_modules` and the demo's seed_demo both use it. The format is
described in the README ("Importing modules").
"""

from pathlib import Path

from django.db import transaction

from wagtail.models import Locale

from ..models import ModuleIndexPage
from .checks import Checker
from .parser import Problem, read_module_file
from .writer import Summary, Writer

__all__ = ["ImportProblems", "Summary", "find_catalog", "import_modules"]


class ImportProblems(Exception):
    """The files have problems: nothing was imported."""

    def __init__(self, problems, warnings=()):
        super().__init__(f"{len(problems)} problems in the module files")
        self.problems = list(problems)
        self.warnings = list(warnings)


def module_paths(paths):
    """The Markdown files named, and those in the folders named (recursively)."""
    found, problems = [], []
    for path in map(Path, paths):
        if path.is_dir():
            found += sorted(path.rglob("*.md"))
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Problem(path, None, "", "no such file or folder"))
    return found, problems


def find_catalog(parent=None, locale=None):
    """The catalog modules go under: the source language's, or the one named by
    slug or URL path (like "trainings" or "/en/trainings/")."""
    locale = locale or Locale.get_default()
    catalogs = ModuleIndexPage.objects.filter(locale=locale).order_by("path")
    if not parent:
        return catalogs.first()
    wanted = parent.strip("/")
    for catalog in catalogs:
        url = (catalog.get_url() or "").strip("/")
        if wanted in (catalog.slug, url, url.partition("/")[2]):
            return catalog
    return None


def import_modules(
    paths,
    *,
    parent=None,
    read_handout=Path.read_bytes,
    keep_existing=False,
    dry_run=False,
    user=None,
):
    """Import the module files at `paths` (files or folders) and return a Summary.

    Raises ImportProblems, having written nothing, if any file has a problem.
    `keep_existing` leaves modules and translations already there as they are (the
    demo's way of running again); `read_handout` reads a handout's bytes."""
    files, problems = module_paths(paths)
    source = Locale.get_default()
    modules = [read_module_file(path, source.language_code) for path in files]
    catalog = find_catalog(parent, source)
    if catalog is None:
        where = f"named {parent!r}" if parent else f"in {source.language_code!r}"
        problems.append(
            Problem(
                Path(parent or "."),
                None,
                "parent",
                f"no catalog (training module index page) {where}; create one in "
                "the admin or name one with --parent",
            )
        )
        raise ImportProblems(problems + [p for m in modules for p in m.problems])
    checker = Checker(modules, catalog, read_handout)
    problems += checker.run()
    if problems:
        raise ImportProblems(problems, checker.warnings)
    if dry_run:
        return Summary(warnings=checker.warnings)
    writer = Writer(catalog, read_handout, keep_existing=keep_existing, user=user)
    with transaction.atomic():
        summary = writer.write(modules)
    summary.warnings = checker.warnings
    return summary
