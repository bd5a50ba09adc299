from .glossary import GlossaryPage, GlossaryTerm
from .pages import (
    LearningAudience,
    LearningFormat,
    LearningIndexPage,
    ModulePage,
    ModuleResource,
    ProgrammePage,
    ProgrammeWorkshop,
)
from .progress import ModuleProgress, SavedPlanner

__all__ = [
    "GlossaryPage",
    "GlossaryTerm",
    "LearningAudience",
    "LearningFormat",
    "LearningIndexPage",
    "ModulePage",
    "ModuleProgress",
    "ModuleResource",
    "ProgrammePage",
    "ProgrammeWorkshop",
    "SavedPlanner",
]
