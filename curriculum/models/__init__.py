"""The curriculum app's models, one module per concept."""

from .catalog import ModuleIndexPage
from .curricula import CurriculumIndexPage, CurriculumPage, CurriculumSession
from .module_parts import ModuleMaterial, ModulePrerequisite
from .modules import TrainingModulePage

__all__ = [
    "CurriculumIndexPage",
    "CurriculumPage",
    "CurriculumSession",
    "ModuleIndexPage",
    "ModuleMaterial",
    "ModulePrerequisite",
    "TrainingModulePage",
]
