"""Loaded before every other plugin (``-p tests._bytecode`` in the pytest addopts).

The project's machines set PYTHONDONTWRITEBYTECODE, so nothing imported before
tests/conftest.py (the pytest plugins and their libraries: faker, syrupy, xdist, hypothesis)
was ever cached: every process of every run (the main one and each xdist worker) compiled
about 150 modules from source and rewrote the asserts of 160 plugin modules again, about 3 s
of CPU per process. Allowing bytecode here, before the plugins load, caches them once.
"""

from __future__ import annotations

import sys

sys.dont_write_bytecode = False
