"""`dump`: a snapshot of the database, written as JSON."""

import hashlib
import json
from collections import Counter, defaultdict
from pathlib import Path

from .labels import UNCHECKED_CT_REFERENCES, ct_label, model_for, say, setup_django


def page_path(page_id, paths):
    return paths.get(page_id) if page_id else None


def digest(value):
    if isinstance(value, memoryview):
        value = bytes(value)
    return hashlib.sha256(repr(value).encode()).hexdigest()[:10]


def all_models():
    from django.apps import apps

    return [
        model
        for model in apps.get_models(include_auto_created=True)
        if not model._meta.proxy and model._meta.managed
    ]


def table_facts(model, tables, connection):
    """Its rows, read with plain SQL: a digest of each value, by primary key."""
    meta = model._meta
    if meta.db_table not in tables:
        return {"count": None, "columns": [], "rows": {}}
    quote = connection.ops.quote_name
    fields = list(meta.local_concrete_fields)
    pk = fields.index(meta.pk) if meta.pk in fields else None  # else a composite key
    columns = ", ".join(quote(field.column) for field in fields)
    sql = f"SELECT {columns} FROM {quote(meta.db_table)}"  # noqa: S608 - model names
    with connection.cursor() as cursor:
        cursor.execute(sql)
        rows = cursor.fetchall()
    return {
        "count": len(rows),
        "columns": [field.attname for field in fields],
        "rows": {
            str(row[pk]) if pk is not None else digest(row): [digest(v) for v in row]
            for row in rows
        },
    }


# dump -----------------------------------------------------------------------------
def dump(outfile):
    setup_django()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import (
        GroupCollectionPermission,
        GroupPagePermission,
        Page,
        Revision,
    )
    from wagtail_localize.models import TranslatableObject, TranslationSource

    tables = set(connection.introspection.table_names())
    models = all_models()
    snapshot = {"format": 1, "models": {}}
    for model in models:
        snapshot["models"][model._meta.label] = table_facts(model, tables, connection)

    content_types = {ct.pk: ct for ct in ContentType.objects.all()}
    snapshot["content_types"] = {
        str(pk): {"label": ct_label(ct), "installed": ct.model_class() is not None}
        for pk, ct in sorted(content_types.items())
    }
    references, referenced = {}, {}
    for model in models:
        if snapshot["models"][model._meta.label]["count"] is None:
            continue
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model is ContentType:
                reference = f"{model._meta.label}.{field.name}"
                counts = Counter(
                    model._base_manager.values_list(field.attname, flat=True)
                )
                labels = {
                    ct_label(content_types.get(pk)) or f"#{pk}": n
                    for pk, n in counts.items()
                    if pk is not None
                }
                references[reference] = dict(sorted(labels.items()))
                if reference not in UNCHECKED_CT_REFERENCES:
                    for pk in counts:
                        if pk is not None:
                            referenced[str(pk)] = ct_label(content_types.get(pk))
    snapshot["content_type_references"] = references
    snapshot["referenced_content_types"] = dict(sorted(referenced.items()))

    paths = dict(Page.objects.values_list("pk", "url_path"))
    snapshot["pages"] = {
        page.url_path: {
            "locale": page.locale.language_code,
            "title": page.title,
            "type": ct_label(content_types.get(page.content_type_id)),
            "live": page.live,
            "alias_of": page_path(page.alias_of_id, paths),
            "translation_key": str(page.translation_key),
            "latest_revision": page.latest_revision_id,
            "live_revision": page.live_revision_id,
            "unpublished_changes": page.has_unpublished_changes,
        }
        for page in Page.objects.select_related("locale").order_by("path")
    }
    revisions = Counter(
        f"{ct_label(content_types.get(ct))}#{object_id}"
        for ct, object_id in Revision.objects.values_list("content_type", "object_id")
    )
    snapshot["revisions"] = dict(sorted(revisions.items()))
    snapshot["translatable_objects"] = {
        str(key): ct_label(content_types.get(ct))
        for key, ct in TranslatableObject.objects.values_list(
            "translation_key", "content_type"
        ).order_by("translation_key")
    }
    snapshot["translation_sources"] = {
        f"{key}@{code}": ct_label(content_types.get(ct))
        for key, code, ct in TranslationSource.objects.values_list(
            "object__translation_key", "locale__language_code", "specific_content_type"
        ).order_by("object__translation_key", "locale__language_code")
    }

    snapshot["training_requests"] = training_requests(paths)
    snapshot["taxonomy"] = {}
    for old_label in ("curriculum.Topic", "curriculum.Sector", "partners.Region"):
        model = model_for(old_label)
        snapshot["taxonomy"][model._meta.label] = sorted(
            f"{slug}@{code}: {name}"
            for slug, code, name in model.objects.values_list(
                "slug", "locale__language_code", "name"
            )
        )
    snapshot["documents"] = files(get_document_model())
    snapshot["images"] = files(get_image_model())

    permission_models = {}

    def perm(permission):
        name = f"{permission.content_type.app_label}.{permission.codename}"
        permission_models[name] = ct_label(permission.content_type)
        return name

    collections = {}
    snapshot["groups"] = {}
    for group in Group.objects.order_by("name"):
        page_perms = GroupPagePermission.objects.filter(group=group).select_related(
            "permission__content_type"
        )
        collection_perms = GroupCollectionPermission.objects.filter(
            group=group
        ).select_related("permission__content_type", "collection")
        for row in collection_perms:
            collections.setdefault(row.collection_id, collection_path(row.collection))
        snapshot["groups"][group.name] = {
            "permissions": sorted(
                perm(p)
                for p in Permission.objects.filter(group=group).select_related(
                    "content_type"
                )
            ),
            "page_permissions": sorted(
                f"{paths[row.page_id]} {perm(row.permission)}" for row in page_perms
            ),
            "collection_permissions": sorted(
                f"{collections[row.collection_id]} {perm(row.permission)}"
                for row in collection_perms
            ),
        }
    snapshot["users"] = {
        user.username: {
            "active": user.is_active,
            "staff": user.is_staff,
            "superuser": user.is_superuser,
            "groups": sorted(user.groups.values_list("name", flat=True)),
            "permissions": sorted(
                perm(p) for p in user.user_permissions.select_related("content_type")
            ),
        }
        for user in get_user_model().objects.order_by("pk")
    }
    snapshot["permission_models"] = dict(sorted(permission_models.items()))
    Path(outfile).write_text(json.dumps(snapshot, indent=1, ensure_ascii=False))
    total = sum(facts["count"] or 0 for facts in snapshot["models"].values())
    say(
        f"snapshot: {len(snapshot['models'])} models, {total} rows, "
        f"{len(snapshot['pages'])} pages -> {outfile}"
    )


def collection_path(collection):
    return "/".join(c.name for c in collection.get_ancestors(inclusive=True))


def files(model):
    found = {}
    for item in model.objects.order_by("pk"):
        storage, name = item.file.storage, item.file.name
        if storage.exists(name):
            with storage.open(name) as handle:
                content = handle.read()
            facts = (
                f"{len(content)} bytes, sha256 {hashlib.sha256(content).hexdigest()}"
            )
        else:
            facts = "file missing"
        tags = sorted(item.tags.names()) if hasattr(item, "tags") else []
        found[str(item.pk)] = {
            "title": item.title,
            "file": name,
            "file_facts": facts,
            "tags": tags,
        }
    return found


def training_requests(paths):
    model = model_for("curriculum.TrainingRequest")
    history = model_for("curriculum.TrainingRequestStatusChange")
    changes = defaultdict(list)
    for request_id, before, after, by in history.objects.order_by(
        "changed_at", "pk"
    ).values_list("request_id", "from_status", "to_status", "changed_by__username"):
        changes[request_id].append(f"{before or '-'}>{after} by {by or '-'}")

    def term(obj):
        return f"{obj.slug}@{obj.locale.language_code}" if obj else None

    found = {}
    for request in model.objects.order_by("reference").prefetch_related(
        "modules", "curricula"
    ):
        organization = getattr(request, "organization_id", None)
        found[request.reference] = {
            "status": request.status,
            "status_changes": len(changes[request.pk]),
            "history": changes[request.pk],
            "organization": page_path(organization, paths)
            or getattr(request, "organization_name", None),
            "region": term(getattr(request, "region", None)),
            "sector": term(getattr(request, "sector", None)),
            "modules": sorted(paths[m.pk] for m in request.modules.all()),
            "curricula": sorted(paths[c.pk] for c in request.curricula.all()),
            "locale": request.locale.language_code if request.locale_id else None,
            "assigned_to": getattr(request.assigned_to, "username", None),
        }
    return found
