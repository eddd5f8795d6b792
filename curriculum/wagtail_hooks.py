from django.contrib import messages

from wagtail import hooks

from .models import TrainingModulePage


@hooks.register("after_create_page")
@hooks.register("after_edit_page")
def warn_when_session_time_differs(request, page):
    """Say so after saving when the steps do not add up to the stated duration;
    the save itself goes through."""
    if not isinstance(page, TrainingModulePage) or not request.accepts("text/html"):
        return
    if warning := page.duration_warning:
        messages.warning(request, warning)
