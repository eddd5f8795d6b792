"""Moving a model to another app without losing its rows, for migrations.

The table stays (and is renamed by an AlterModelTable in a later migration); what
must follow the model is its content type. It is renamed in place, keeping its id,
so pages, revisions, wagtail-localize's translation sources, log entries, the
search and reference indexes and group permissions still point at the same rows.
"""


def content_type_mover(moves):
    """RunPython forwards and backwards functions for `moves`, a list of
    (from_app, to_app, model_name) with the model name in lower case."""

    def rename(apps, from_index, to_index):
        content_type = apps.get_model("contenttypes", "ContentType")
        for move in moves:
            model = move[2]
            old, new = move[from_index], move[to_index]
            # On a new database nothing exists yet: migrate creates the content
            # types afterwards, under the new name.
            if content_type.objects.filter(app_label=new, model=model).exists():
                continue
            content_type.objects.filter(app_label=old, model=model).update(
                app_label=new
            )
        content_type.objects.clear_cache()

    def forwards(apps, schema_editor):
        rename(apps, 0, 1)

    def backwards(apps, schema_editor):
        rename(apps, 1, 0)

    return forwards, backwards
