"""The training requests app's models: the requests and their history, and the
page partners send them from. Import them from here."""

from .pages import TrainingRequestPage
from .requests import (
    DEFAULT_CONSENT,
    WAITING_DAYS,
    TrainingRequest,
    TrainingRequestQuerySet,
    TrainingRequestStatusChange,
    WantedTitle,
)

__all__ = [
    "DEFAULT_CONSENT",
    "WAITING_DAYS",
    "TrainingRequest",
    "TrainingRequestPage",
    "TrainingRequestQuerySet",
    "TrainingRequestStatusChange",
    "WantedTitle",
]
