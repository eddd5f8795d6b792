"""What `scripts/upgrade-check` records of a database, and how it compares two records.

`python -m upgrade_check COMMAND`, the command one of:

    extras           add rows a site in use has and the demo lacks
    dump FILE        write a snapshot of the database (JSON)
    behave FILE      check pages and staff access, write outcomes
    compare OLD NEW  list every difference; exit 1 on a loss
    expect OLD EXP   the old behaviour as this release means it (intended.py)

Run it from a checkout's directory with the directory holding this package on
PYTHONPATH: `extras`, `dump` and `behave` run Django from the checkout in the current
directory (old or new code), with DJANGO_SETTINGS_MODULE and DATABASE_URL from the
environment. `compare` needs no Django: it applies MODEL_MOVES to the old snapshot,
each label resolved against the models the new snapshot's code had installed.

    labels    MODEL_MOVES, label mapping and the helpers the commands share
    snapshot  dump
    extras    extras
    behave    behave
    compare   compare
    __main__  the command line

Django is imported inside functions only, so that `compare` runs without it.
"""
