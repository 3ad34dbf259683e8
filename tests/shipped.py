"""The shipped curriculum, read from disk once per test process (each xdist worker).

Loading it takes about a tenth of a second, and hundreds of tests build an app on it.
``shipped()`` hands every caller its own deep copy (a few milliseconds), so a test that
changes its curriculum changes nothing for the next one: each test still gets a fresh
object, as if it had loaded the files itself. Tests of the loader keep calling
``load_curriculum`` on their own folders.
"""

from __future__ import annotations

import copy
import functools

from biy_tui.core import paths
from biy_tui.core.curriculum import Curriculum, load_curriculum


@functools.cache
def _loaded_once() -> Curriculum:
    return load_curriculum(paths.shipped_curriculum_dir())


def shipped() -> Curriculum:
    """A fresh copy of the shipped curriculum (no site folder)."""
    return copy.deepcopy(_loaded_once())
