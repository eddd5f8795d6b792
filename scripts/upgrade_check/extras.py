"""`extras`: rows a site in use has and the demo may lack."""

from .labels import DEMO_USERS, MARK, model_for, say, setup_django


def extras():
    """Add what a site in use has and the demo may not; each only if missing."""
    setup_django()
    from io import BytesIO

    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission
    from django.contrib.contenttypes.models import ContentType
    from django.core.files.images import ImageFile
    from django.db import transaction

    from wagtail.contrib.redirects.models import Redirect
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.log_actions import log
    from wagtail.models import Locale, ModelLogEntry, Page

    from PIL import Image as PILImage

    User = get_user_model()
    users = {user.username: user for user in User.objects.all()}
    admin = User.objects.filter(is_superuser=True).order_by("pk").first()
    coordinator = users.get("coordinator", admin)
    request_model = model_for("curriculum.TrainingRequest")
    history = model_for("curriculum.TrainingRequestStatusChange")
    wish_model = model_for("home.TranslationWish")
    added = []
    with transaction.atomic():
        request = request_model.objects.order_by("reference").first()
        by_coordinator = history.objects.filter(
            changed_by__groups__name=DEMO_USERS["coordinator"]
        )
        if request and not by_coordinator.exists():
            history.objects.create(
                request=request,
                from_status=request.status,
                to_status=request.status,
                changed_by=coordinator,
                note="Called the organizer back.",
            )
            added.append("a status change by a coordinator")

        if not ModelLogEntry.objects.exists():
            logged = [(request, coordinator)]
            for old_label in (
                "curriculum.Topic",
                "curriculum.Sector",
                "partners.Region",
            ):
                logged.append(
                    (model_for(old_label).objects.order_by("pk").first(), admin)
                )
            for instance, user in logged:
                if instance is not None:
                    log(instance, "wagtail.edit", user=user)
            added.append("edit log entries for a request, a topic, a sector, a region")

        if not wish_model.objects.exists():
            page = Page.objects.filter(depth=3, locale=Locale.get_default()).first()
            for locale in Locale.objects.exclude(pk=Locale.get_default().pk):
                wish_model.objects.create(page=page, locale=locale, count=3)
            added.append("translation wishes")

        Image = get_image_model()
        if not Image.objects.exists():
            buffer = BytesIO()
            PILImage.new("RGB", (8, 6), (200, 80, 40)).save(buffer, "PNG")
            image = Image(
                title="Workshop in Rochester",
                file=ImageFile(buffer, name=f"{MARK}-workshop.png"),
                uploaded_by_user=admin,
            )
            image.save()
            image.tags.add("workshop", "rochester")
            added.append("a tagged image")

        document = get_document_model().objects.order_by("pk").first()
        if document is not None and not document.tags.exists():
            document.tags.add("handout")
            added.append("a document tag")

        if not User.objects.filter(user_permissions__isnull=False).exists():
            viewer, _ = User.objects.get_or_create(
                username=f"{MARK}-report-viewer",
                defaults={"email": f"{MARK}@example.org"},
            )
            viewer.user_permissions.add(
                Permission.objects.get(
                    content_type=ContentType.objects.get_for_model(request_model),
                    codename=f"view_{request_model._meta.model_name}",
                )
            )
            added.append("a user with a permission of their own")

        request_page = model_for("curriculum.TrainingRequestPage")
        target = request_page.objects.filter(locale=Locale.get_default()).first()
        if target and not Redirect.objects.filter(redirect_page=target).exists():
            Redirect.add_redirect("/ask-for-a-training", redirect_to=target)
            added.append("a redirect to the request page")
    say(f"extras: {', '.join(added) or 'nothing missing'}")
