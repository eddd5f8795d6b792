"""Labels of models moved between apps, and what the commands share."""

import os
import sys

# Models moved between apps by the restructuring: old label -> new label. A label
# whose new form is not installed in the new code yet is compared under its old one.
MODEL_MOVES = {
    "curriculum.Topic": "taxonomy.Topic",
    "curriculum.Sector": "taxonomy.Sector",
    "partners.Region": "taxonomy.Region",
    "curriculum.TrainingRequest": "training_requests.TrainingRequest",
    "curriculum.TrainingRequestStatusChange": (
        "training_requests.TrainingRequestStatusChange"
    ),
    "curriculum.TrainingRequestPage": "training_requests.TrainingRequestPage",
    "home.TranslationWish": "translations.TranslationWish",
}

# Their counts may grow (new models bring content types and permissions) and are
# checked by meaning below (content type ids, group and user permissions).
CHECKED_BY_MEANING = {
    "contenttypes.ContentType",
    "auth.Permission",
    "auth.Group_permissions",
    "auth.User_user_permissions",
}
# Foreign keys to content types whose ids are not checked one by one.
UNCHECKED_CT_REFERENCES = {"auth.Permission.content_type"}

DEMO_USERS = {
    "coordinator": "Training coordinators",
    "translator": "Translators",
    "editor": "Editors",
}
MARK = "upgrade-check"


def say(text=""):
    sys.stdout.write(f"{text}\n")


# Labels ---------------------------------------------------------------------------
def canonical(label):
    """The label a model has after the restructuring, whatever the code installed."""
    if label in MODEL_MOVES:
        return MODEL_MOVES[label]
    app, _dot, name = label.partition(".")
    owner = f"{app}.{name.split('_', 1)[0]}"  # an auto-created m2m: Model_field
    if "_" in name and owner in MODEL_MOVES:
        return MODEL_MOVES[owner] + name[name.index("_") :]
    lowered = {old.lower(): new.lower() for old, new in MODEL_MOVES.items()}
    return lowered.get(label, label)


class Mapper:
    """Turns the old code's labels into the new code's: moved when the new code has
    the new label installed, unchanged otherwise."""

    def __init__(self, new_models):
        self.models = set(new_models)
        self.lower = {label.lower() for label in new_models}
        self.moved, self.waiting = set(), set()

    def model(self, label):
        new = canonical(label)
        if new == label:
            return label
        if new in self.models or new.lower() in self.lower:
            self.moved.add(label)
            return new
        self.waiting.add(label)
        return label

    def content_type(self, label):
        return self.model(label) if label else label

    def field(self, reference):
        """ "app.Model.field" -> the mapped model's "app.Model.field"."""
        model, _dot, field = reference.rpartition(".")
        return f"{self.model(model)}.{field}"

    def permission(self, perm, models):
        """ "app.codename": the app label is the one of the permission's model."""
        model = models.get(perm)
        if model is None:
            return perm
        app = self.content_type(model).split(".")[0]
        return f"{app}.{perm.split('.', 1)[1]}"


# Django ---------------------------------------------------------------------------
def setup_django():
    sys.path.insert(0, os.getcwd())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hub.settings.dev")
    import django

    django.setup()


def model_for(old_label):
    """The installed model for an old label: under its new label once moved."""
    from django.apps import apps

    for label in (MODEL_MOVES.get(old_label), old_label):
        if label:
            try:
                return apps.get_model(label)
            except LookupError:
                continue
    raise LookupError(f"neither {old_label} nor {MODEL_MOVES.get(old_label)} exists")


def ct_label(content_type):
    if content_type is None:
        return None
    return f"{content_type.app_label}.{content_type.model}"
