"""Records opened before the interface is up (as ``biy`` does): the overview's first frame
has their marks, and every way opening can go still goes as it did after the first frame."""

from __future__ import annotations

import datetime as dt
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import OptionList

from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.startup import Background, EarlyRecords, close_untaken, open_records_early
from biy_tui.core.store import Debrief, Store, StoreLocked
from biy_tui.core.store.convert import change_encryption
from biy_tui.ui.app import BiyApp, build_app
from biy_tui.ui.dialogs.opening import LockedScreen, PassphraseScreen
from biy_tui.ui.screens.program import ProgramScreen
from tests.shipped import shipped
from tests.ui.conftest import wait_for

SECRET = "correct horse battery"


def logged_week_3(folder: Path) -> None:
    with Store.open(folder) as store:
        store.save_debrief(
            Debrief(week=3, date=dt.date.today(), what_worked=mark_reviewed("Calm."))
        )


def early_app(
    folder: Path, work: Callable[[], EarlyRecords] | None = None, wait: bool = True
) -> tuple[BiyApp, Background[EarlyRecords]]:
    curriculum = shipped()
    pending = Background(
        work or (lambda: open_records_early(folder, 3, lambda: curriculum)), name="test-records"
    ).start()
    if wait:
        assert pending.wait(10)
    return build_app(curriculum, data_dir=folder, records_loader=pending), pending


def week_line(app: BiyApp, week: int) -> str:
    weeks = app.screen.query_one("#weeks", OptionList)
    return str(weeks.get_option(f"week-{week}").prompt)


async def test_the_first_frame_has_the_marks(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    logged_week_3(folder)
    app, _ = early_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        # No pause: what the first screen was built with, before any worker ran.
        assert isinstance(app.screen, ProgramScreen)
        assert "✓" in week_line(app, 3)
        assert "✓" not in week_line(app, 4)
        await wait_for(pilot, lambda: app.store is not None)
        assert app.store is not None and not app.read_only
        await pilot.press("d")  # the records work as ever: week 3's debrief opens to edit
        await wait_for(pilot, lambda: not isinstance(app.screen, ProgramScreen))


async def test_a_slow_opening_gives_its_marks_when_it_ends(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    logged_week_3(folder)
    go = threading.Event()
    curriculum = shipped()

    def slow() -> EarlyRecords:
        go.wait(10)
        return open_records_early(folder, 3, lambda: curriculum)

    app, pending = early_app(folder, slow, wait=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, ProgramScreen)
        assert app.store is None and "✓" not in week_line(app, 3)
        go.set()  # the history was long: the marks come once it is open
        await wait_for(pilot, lambda: app.store is not None and "✓" in week_line(app, 3))
    assert pending.ready() is not None and pending.ready().taken  # type: ignore[union-attr]


async def test_an_opening_just_behind_the_first_frame_still_gives_it_the_marks(
    tmp_path: Path,
) -> None:
    # The opening ends a moment after the overview is about to be built (the interface and
    # the records share one interpreter lock): the first frame waits that moment for it, so
    # the overview is laid out once, with its marks, instead of twice.
    folder = tmp_path / "data"
    logged_week_3(folder)
    building = threading.Event()
    curriculum = shipped()

    def just_behind() -> EarlyRecords:
        building.wait(10)
        time.sleep(0.05)
        return open_records_early(folder, 3, lambda: curriculum)

    app, _ = early_app(folder, just_behind, wait=False)
    before = app.records.overview_before_first_frame

    def about_to_build() -> None:
        building.set()
        before()

    app.records.overview_before_first_frame = about_to_build  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)):
        # No pause: what the first screen was built with, before any worker ran.
        assert isinstance(app.screen, ProgramScreen)
        assert "✓" in week_line(app, 3)


async def test_a_locked_folder_offers_read_only_as_before(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    Store.open(folder).close()
    locked = StoreLocked(folder)
    app, _ = early_app(folder, lambda: EarlyRecords(None, locked))
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, LockedScreen))
        await pilot.press("r")
        await wait_for(pilot, lambda: app.store is not None)
        assert app.read_only


async def test_an_encrypted_folder_asks_for_its_passphrase_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "data"
    logged_week_3(folder)
    change_encryption(folder, None, SECRET)
    app, _ = early_app(folder)
    async with app.run_test(size=(80, 24)) as pilot:
        await wait_for(pilot, lambda: isinstance(app.screen, PassphraseScreen))
        app.screen.query_one("Input").value = SECRET  # type: ignore[attr-defined]
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.store is not None)
        assert app.store is not None and app.store.encrypted
        await wait_for(pilot, lambda: "✓" in week_line(app, 3))


def test_the_passphrase_handed_over_opens_early_and_leaves_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    from biy_tui.core.store.envpass import forget

    folder = tmp_path / "data"
    logged_week_3(folder)
    change_encryption(folder, None, SECRET)
    forget()
    monkeypatch.setenv("BIY_PASSPHRASE", SECRET)
    try:
        early = open_records_early(folder, 3, shipped)
        assert early.store is not None and early.error is None
        assert early.overview is not None and 3 in early.overview.logged
        assert "BIY_PASSPHRASE" not in os.environ
        early.store.close()
    finally:
        forget()


def test_records_the_app_never_took_are_closed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    pending = Background(lambda: open_records_early(folder, 3, shipped)).start()
    close_untaken(pending)
    Store.open(folder).close()  # let go: opening again is not refused as "already open"


def test_records_the_app_took_are_left_to_it(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    pending = Background(lambda: open_records_early(folder, 3, shipped)).start()
    assert pending.wait(10)
    early = pending.ready()
    assert early is not None and early.store is not None
    early.taken = True
    close_untaken(pending)
    with pytest.raises(StoreLocked):
        Store.open(folder)  # still the app's
    early.store.close()


def test_a_curriculum_that_cannot_be_read_still_opens_the_records(tmp_path: Path) -> None:
    from biy_tui.core.curriculum import CurriculumError

    def broken() -> object:
        raise CurriculumError([])

    early = open_records_early(tmp_path / "data", 3, broken)  # type: ignore[arg-type]
    assert early.store is not None and early.overview is None
    early.store.close()


async def test_after_a_slow_curriculum_the_overview_opens_with_its_marks(tmp_path: Path) -> None:
    from biy_tui.core.curriculum.background import BackgroundLoad

    folder = tmp_path / "data"
    logged_week_3(folder)
    go = threading.Event()
    curriculum = shipped()

    def slow_curriculum():  # type: ignore[no-untyped-def]
        go.wait(10)
        return curriculum

    reading = BackgroundLoad(slow_curriculum).start()
    records = Background(lambda: open_records_early(folder, 3, reading)).start()
    app = build_app(None, data_dir=folder, curriculum_loader=reading, records_loader=records)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not isinstance(app.screen, ProgramScreen)  # the calm loading screen
        go.set()
        assert records.wait(10)
        await wait_for(pilot, lambda: isinstance(app.screen, ProgramScreen))
        assert "✓" in week_line(app, 3)  # built with the marks, not redrawn after
