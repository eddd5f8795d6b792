"""Looking into the deployment's database directly (psycopg), as an operator would:
which references are stored, how many rows the public forms added."""

import psycopg

REQUESTS = "training_requests_trainingrequest"
WISHES = "translations_translationwish"


def connect(url: str):
    return psycopg.connect(url, connect_timeout=5, autocommit=True)


def stored_references(url: str, references) -> set[str]:
    with connect(url) as connection:
        rows = connection.execute(
            f"SELECT reference FROM {REQUESTS} WHERE reference = ANY(%s)",  # noqa: S608
            (list(references),),
        ).fetchall()
    return {row[0] for row in rows}


def public_rows(url: str) -> dict[str, int]:
    """Rows the public site can add: training requests and translation wishes."""
    with connect(url) as connection:
        return {
            table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: S608
            for table in (REQUESTS, WISHES)
        }


def table_counts(url: str) -> dict[str, int]:
    """Rows in every table of the public schema."""
    with connect(url) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
            )
        ]
        return {
            table: connection.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]  # noqa: S608
            for table in sorted(tables)
        }
