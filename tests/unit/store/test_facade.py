"""The Store facade: saving, reading, reviewing text, history, search, drafts."""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path

import msgspec
import pytest

from biy_tui.core.privacy.reviewed import mark_reviewed
from biy_tui.core.store import (
    KINDS,
    CheckIn,
    Debrief,
    GroupChoice,
    Plan,
    RecordInvalid,
    SelfCare,
    Store,
    StoreReadOnly,
    TextNotReviewed,
    folder,
    records,
)
from tests.unit.store.conftest import DAY, check_in, debrief, plan, self_care


def test_save_and_read_back_every_kind(store: Store, data_dir: Path) -> None:
    saved = [
        store.save_plan(plan()),
        store.save_check_in(check_in()),
        store.save_debrief(debrief()),
        store.save_self_care(self_care()),
    ]
    for record in saved:
        assert record.id and record.saved_at is not None
        assert store.get(record.id) == record
    store.close()
    with Store.open(data_dir) as again:
        assert again.notices == []
        assert {r.id for r in again.records()} == {r.id for r in saved}
        assert again.counts() == {"plan": 1, "checkin": 1, "debrief": 1, "selfcare": 1, "drafts": 0}


def test_plain_text_is_refused_and_nothing_is_written(store: Store, data_dir: Path) -> None:
    unreviewed = Debrief(week=1, date=DAY, what_worked="a sentence nobody checked")
    with pytest.raises(TextNotReviewed) as caught:
        store.save_debrief(unreviewed)
    assert caught.value.field == "what_worked"
    assert "nobody checked" not in str(caught.value)
    assert "privacy check" in str(caught.value)
    assert store.counts()["debrief"] == 0
    assert not list(data_dir.glob("debrief-*.json"))


def test_changed_text_becomes_plain_and_is_refused(store: Store) -> None:
    reviewed = mark_reviewed("We made collages")
    with pytest.raises(TextNotReviewed):
        store.save_debrief(Debrief(week=1, date=DAY, what_worked=reviewed.strip() + "!"))


def test_empty_text_is_fine_and_overrides_are_summed(store: Store) -> None:
    saved = store.save_debrief(
        Debrief(
            week=2,
            date=DAY,
            what_worked=mark_reviewed("good", overrides=2),
            safety_concerns=mark_reviewed("none today", overrides=1),
        )
    )
    assert saved.privacy_overrides == 3
    assert saved.overrides_by_field == {"what_worked": 2, "safety_concerns": 1}
    assert type(saved.what_worked) is str  # stored as plain text


def test_update_keeps_unchanged_text_and_its_overrides(store: Store) -> None:
    first = store.save_debrief(debrief())
    loaded = store.get(first.id)
    assert isinstance(loaded, Debrief)
    changed = msgspec.structs.replace(loaded, what_to_change=mark_reviewed("shorter break"))
    second = store.save_debrief(changed)
    assert second.id == first.id
    assert second.privacy_overrides == first.privacy_overrides == 1
    assert store.counts()["debrief"] == 1
    tampered = msgspec.structs.replace(loaded, follow_ups="typed over without review")
    with pytest.raises(TextNotReviewed):
        store.save_debrief(tampered)


@pytest.mark.parametrize(
    "bad",
    [
        CheckIn(week=1, date=DAY, opening={"mood": [-1, 2]}),
        CheckIn(week=1, date=DAY, themes=["Not A Slug"]),
        CheckIn(week=-3, date=DAY),
        SelfCare(date=DAY, energy=11, stress=0),
        Plan(
            week=1,
            date=DAY,
            session_minutes=90,
            choices=[GroupChoice(options=["a", "b"], tally=[1])],
        ),
        Plan(
            week=1,
            date=DAY,
            session_minutes=90,
            choices=[GroupChoice(options=["a", "b"], chosen="c")],
        ),
        CheckIn(week=1, date=DAY, plan_id="debrief-2026-000000000000"),
        CheckIn(week=1, date=DAY, id="nonsense"),
    ],
)
def test_invalid_records_are_refused_with_one_sentence(store: Store, bad: records.Record) -> None:
    with pytest.raises(RecordInvalid) as caught:
        store.save(bad)
    text = str(caught.value)
    assert text.count("\n") == 0 and text.endswith(".")
    assert store.counts()[records.kind_of(bad)] == 0


def test_no_field_for_a_participant() -> None:
    """The data model has nowhere to put a person: no name, contact or birth date."""
    forbidden = ("name", "phone", "email", "mail", "address", "birth", "contact", "participant")
    types = [*records.RECORD_TYPES.values(), records.Draft, records.Attendance]
    for cls in types:
        for field in msgspec.structs.fields(cls):
            assert not any(word in field.name for word in forbidden), (cls, field.name)
    with pytest.raises(msgspec.ValidationError):
        msgspec.convert({"week": 1, "date": "2026-01-01", "name": "x"}, records.CheckIn)


def test_history_pages_newest_first(store: Store) -> None:
    for n in range(25):
        store.save_debrief(debrief(n, day=DAY - dt.timedelta(days=n)))
    first = store.history("debrief", page=0, per_page=10)
    assert (first.total, first.pages, len(first.records)) == (25, 3, 10)
    assert [r.date for r in first.records] == sorted((r.date for r in first.records), reverse=True)
    assert first.records[0].date == DAY
    last = store.history("debrief", page=2, per_page=10)
    assert len(last.records) == 5 and last.records[-1].date == DAY - dt.timedelta(days=24)
    assert store.history(page=99).page == store.history(page=99).pages - 1


def test_search_across_kinds_any_case(store: Store) -> None:
    store.save_debrief(debrief(1, text="Collage went well"))
    store.save_self_care(self_care())
    store.save_check_in(check_in())
    assert [r.id for r in store.search("COLLAGE")] == [r.id for r in store.records("debrief")]
    assert len(store.search("water")) == 1
    assert len(store.search("shame")) == 1  # a theme id
    assert store.search("   ") == []


def test_plans_for_week_two_groups(store: Store) -> None:
    store.save_plan(plan(4, label="Tuesday group"))
    store.save_plan(plan(4, label="Thursday group"))
    store.save_plan(plan(5))
    assert {p.label for p in store.plans_for_week(4)} == {"Tuesday group", "Thursday group"}
    assert len(store.for_week(5)) == 1


def test_delete(store: Store) -> None:
    saved = store.save_check_in(check_in())
    assert store.delete(saved.id) is True
    assert store.get(saved.id) is None
    assert store.delete(saved.id) is False
    assert store.delete("nonsense") is False


def test_drafts_are_kept_replaced_and_discarded(store: Store, data_dir: Path) -> None:
    store.save_draft("debrief:new", {"what_worked": "half a thought"})
    store.save_draft("debrief:new", {"what_worked": "half a thought, finished"})
    assert store.counts()["drafts"] == 1
    draft = store.draft("debrief:new")
    assert draft is not None and draft.fields["what_worked"].endswith("finished")
    saved = store.save_debrief(debrief(), draft_key="debrief:new")
    assert store.draft("debrief:new") is None and store.get(saved.id) is not None
    store.save_draft("selfcare:new", {"my_plan": "rest"})
    assert store.discard_draft("selfcare:new") is True
    assert store.discard_draft("selfcare:new") is False
    assert (data_dir / folder.DRAFTS).exists()


def test_read_only_store_refuses_to_save(store: Store, data_dir: Path) -> None:
    store.save_debrief(debrief())
    with Store.open(data_dir, read_only=True) as viewer:
        assert viewer.read_only
        assert len(viewer.records()) == 1
        for attempt in (
            lambda: viewer.save_debrief(debrief(2)),
            lambda: viewer.save_draft("k", {"a": "b"}),
            lambda: viewer.delete(store.records()[0].id),
        ):
            with pytest.raises(StoreReadOnly):
                attempt()


def test_read_only_open_of_missing_folder_creates_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path / "nowhere", read_only=True) as viewer:
        assert viewer.records() == []
    assert not (tmp_path / "nowhere").exists()


def test_saves_split_into_small_files(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    from biy_tui.core.store import core

    monkeypatch.setattr(core, "CHUNK", 3)
    saved = [store.save_debrief(debrief(n)) for n in range(7)]
    files = sorted(p.name for p in store.path.glob("debrief-*.json"))
    assert files == ["debrief-2026.2.json", "debrief-2026.3.json", "debrief-2026.json"]
    assert all(store.get(r.id) == r for r in saved)
    store.save_debrief(debrief(9, day=dt.date(2025, 3, 1)))
    assert (store.path / "debrief-2025.json").exists()


def test_threads_can_save_at_once(store: Store) -> None:
    errors: list[BaseException] = []

    def work(base: int) -> None:
        try:
            for n in range(10):
                store.save_check_in(check_in(base + n))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(i * 100,)) for i in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and store.counts()["checkin"] == 40


def test_kinds_and_text_fields_are_complete() -> None:
    assert set(KINDS) == set(records.TEXT_FIELDS) == set(records.RECORD_TYPES)
    for kind, names in records.TEXT_FIELDS.items():
        cls = records.RECORD_TYPES[kind]
        fields = {f.name for f in msgspec.structs.fields(cls)}
        assert set(names) <= fields
        assert ("privacy_overrides" in fields) == bool(names)


def test_recent_reads_only_the_recent_records(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from biy_tui.core.store import CheckIn, Store

    with Store.open(tmp_path / "data") as store:
        for year, week in ((2019, 1), (2026, 2), (2026, 3)):
            store.save_check_in(CheckIn(week=week, date=dt.date(year, 6, week)))
        recent = store.recent("checkin", dt.date(2026, 1, 1))
        assert [r.week for r in recent] == [3, 2]
        assert store.recent("checkin", dt.date(2026, 6, 3)) == recent[:1]
        assert len(store.records("checkin")) == 3
