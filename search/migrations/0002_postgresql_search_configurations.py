"""On PostgreSQL: accent-insensitive text search configurations, one per Snowball
stemmer the server has (hub_spanish = unaccent, then Spanish stems) and hub_simple
for languages without one; the index that finds documents by their words; and the
trigram index that finds words spelled nearly alike. Other databases need none."""

from django.db import migrations

WORDS_INDEX = "search_document_words_gin"
SPELLING_INDEX = "search_word_trigram_gist"
MAPPED = "asciiword, asciihword, hword_asciipart, word, hword, hword_part"


def configurations(schema_editor):
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT dictname FROM pg_ts_dict WHERE dictname LIKE '%\\_stem'"
        )
        return [row[0][: -len("_stem")] for row in cursor.fetchall()]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    run = schema_editor.execute
    run("CREATE EXTENSION IF NOT EXISTS unaccent")
    run("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for stemmer in [*configurations(schema_editor), "simple"]:
        name = f"hub_{stemmer}"
        dictionary = "simple" if stemmer == "simple" else f"{stemmer}_stem"
        run(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")
        run(f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = simple)")
        run(
            f"ALTER TEXT SEARCH CONFIGURATION {name} "
            f"ALTER MAPPING FOR {MAPPED} WITH unaccent, {dictionary}"
        )
    run(
        f"CREATE INDEX IF NOT EXISTS {WORDS_INDEX} "
        "ON search_searchdocument USING GIN (words)"
    )
    run(
        f"CREATE INDEX IF NOT EXISTS {SPELLING_INDEX} "
        "ON search_searchword USING GIST (word gist_trgm_ops)"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {SPELLING_INDEX}")
    schema_editor.execute(f"DROP INDEX IF EXISTS {WORDS_INDEX}")
    for stemmer in [*configurations(schema_editor), "simple"]:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS hub_{stemmer}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_search_index_and_query_counts")]

    operations = [migrations.RunPython(create, drop)]
