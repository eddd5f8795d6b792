"""The command line: `python -m upgrade_check COMMAND ...`, see __init__.py."""

import sys

from .behave import behave
from .compare import compare
from .extras import extras
from .intended import expect
from .snapshot import dump


def main(argv):
    usage = (
        "usage: python -m upgrade_check"
        " extras | dump FILE | behave FILE | compare OLD NEW | expect OLD EXPECTED"
    )
    commands = {"extras": (extras, 0), "dump": (dump, 1), "behave": (behave, 1)}
    commands["compare"] = (compare, 2)
    commands["expect"] = (expect, 2)
    if len(argv) < 2 or argv[1] not in commands:
        sys.exit(usage)
    function, arity = commands[argv[1]]
    if len(argv) != arity + 2:
        sys.exit(usage)
    return function(*argv[2:])


if __name__ == "__main__":
    sys.exit(main(sys.argv) or 0)
