"""Opening the app: load settings and curriculum, then hand over to Textual.

Settings are checked here first, so the user sees one sentence instead of a
traceback. The curriculum is read, and the records opened, in threads started before the
interface is imported, so both overlap its start; a huge or slow folder never blocks
quick hide or a signal (the app waits in workers); if the curriculum cannot be
loaded, the app says why and, once closed, so does this command.
"""

from __future__ import annotations

import argparse
import os
import sys


def open_app(args: argparse.Namespace) -> int:
    """Open the app with the command line's options; return the exit code."""
    from biy_tui.cli.curriculum_cmds import resolve_site
    from biy_tui.core import paths
    from biy_tui.core.curriculum import Curriculum
    from biy_tui.core.curriculum.background import BackgroundLoad
    from biy_tui.core.curriculum.cache import load_curriculum_cached
    from biy_tui.core.settings import Settings, SettingsError, load_settings
    from biy_tui.core.startup import Background, close_untaken, open_records_early
    from biy_tui.core.text import messages

    notices: list[str] = []
    try:
        settings = load_settings()
    except SettingsError as exc:
        settings = Settings()
        notices.append(messages.STARTUP_SETTINGS_FAILED.format(why=exc))
    site = resolve_site(args.curriculum, settings)
    shipped = paths.shipped_curriculum_dir()

    def read_curriculum() -> Curriculum:
        return load_curriculum_cached(shipped, site)

    # Started before the interface is even imported, so the two overlap; the app waits
    # for it in a worker, never on its event loop (quick hide works whatever the files).
    pending = BackgroundLoad(read_curriculum).start()
    data_dir = paths.data_dir(args.data_dir)
    # The records too: opened and counted while the interface is imported, so on a warm
    # start the overview's first frame already has its marks.
    records = Background(
        lambda: open_records_early(data_dir, settings.backups_kept, pending), name="biy-records"
    ).start()

    from biy_tui.ui.app import build_app

    benchmark = os.environ.get("BIY_BENCHMARK_EXIT")  # "frame", "records", "usable": benchmarks
    first_frame_only = benchmark if benchmark in ("frame", "records", "usable") else None
    app = build_app(
        curriculum=None,
        curriculum_loader=pending,
        settings=settings,
        data_dir=data_dir,
        notices=notices,
        exit_after_first_frame=first_frame_only,
        site_dir=site,
        records_loader=records,
    )
    try:
        if first_frame_only:
            app.run(headless=True, size=(120, 40))
        else:
            app.run()
    finally:
        close_untaken(records, timeout=1.0)  # closed before its first screen: let go
    if app.curriculum_problems:
        from biy_tui.core.inert import clean

        for problem in app.curriculum_problems:
            print(clean(problem), file=sys.stderr)  # it names folders: never raw
        return 1
    return app.return_code or 0
