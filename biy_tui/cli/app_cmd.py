"""Opening the app: load settings and curriculum, then hand over to Textual.

Everything that can fail with a clear message (settings, curriculum) is
checked here first, so the user sees one sentence instead of a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys


def open_app(args: argparse.Namespace) -> int:
    """Open the app with the command line's options; return the exit code."""
    from biy_tui import messages, paths
    from biy_tui.cli.curriculum_cmds import resolve_site
    from biy_tui.curriculum import CurriculumError
    from biy_tui.curriculum.cache import load_curriculum_cached
    from biy_tui.curriculum.loader import notice_for
    from biy_tui.settings import Settings, SettingsError, load_settings

    notices: list[str] = []
    try:
        settings = load_settings()
    except SettingsError as exc:
        settings = Settings()
        notices.append(messages.STARTUP_SETTINGS_FAILED.format(why=exc))
    site = resolve_site(args.curriculum, settings)
    try:
        curriculum = load_curriculum_cached(paths.shipped_curriculum_dir(), site)
    except CurriculumError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print(messages.STARTUP_CURRICULUM_FAILED, file=sys.stderr)
        return 1
    notice = notice_for(curriculum)
    if notice:
        notices.append(notice)

    from biy_tui.app import build_app

    benchmark = os.environ.get("BIY_BENCHMARK_EXIT")  # "frame" or "records"; benchmarks only
    first_frame_only = benchmark if benchmark in ("frame", "records") else None
    app = build_app(
        curriculum=curriculum,
        settings=settings,
        data_dir=paths.data_dir(args.data_dir),
        notices=notices,
        exit_after_first_frame=first_frame_only,
        site_dir=site,
    )
    if first_frame_only:
        app.run(headless=True, size=(120, 40))
    else:
        app.run()
    return app.return_code or 0
