"""The curriculum app's models, one module per concept."""

from .catalog import ModuleIndexPage
from .curricula import CurriculumIndexPage, CurriculumPage, CurriculumSession
from .modules import (
    ModuleMaterial,
    ModulePrerequisite,
    TrainingModulePage,
    request_training_url,
)
from .taxonomy import Sector, Topic
from .training_requests import (
    TrainingRequest,
    TrainingRequestPage,
    TrainingRequestStatusChange,
)

__all__ = [
    "CurriculumIndexPage",
    "CurriculumPage",
    "CurriculumSession",
    "ModuleIndexPage",
    "ModuleMaterial",
    "ModulePrerequisite",
    "Sector",
    "Topic",
    "TrainingModulePage",
    "TrainingRequest",
    "TrainingRequestPage",
    "TrainingRequestStatusChange",
    "request_training_url",
]
