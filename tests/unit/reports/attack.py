"""An attacker who holds every report biy can make and solves for what they hide.

Every published figure becomes a linear fact about the true counts (an exact
value, or the range a hidden count is shown as), together with what any reader
knows anyway (counts are zero or more, a week with three sessions had at least
three people, hands never exceed the people present, a level sum lies between
the hands and the hands times the levels). Interval bounds of each true count
are then found by linear programming (``scipy.optimize.linprog``): a count is
*pinned* when its bounds leave one whole number.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csr_matrix, vstack

from biy_tui.core.reports.model import Cell, Hidden, MeanSeries, Report
from biy_tui.core.reports.tallies import combine
from biy_tui.core.store.records import CheckIn, Debrief, Record

Var = tuple[object, ...]


class Attack:
    """Linear facts about unknown counts, and the bounds they leave."""

    def __init__(self) -> None:
        self.index: dict[Var, int] = {}
        self.eq: list[tuple[dict[int, float], float]] = []
        self.le: list[tuple[dict[int, float], float]] = []

    def var(self, name: Var) -> int:
        return self.index.setdefault(name, len(self.index))

    def _coefs(self, terms: Iterable[tuple[Var, float]]) -> dict[int, float]:
        out: dict[int, float] = defaultdict(float)
        for name, coef in terms:
            out[self.var(name)] += coef
        return dict(out)

    def fact(self, terms: Iterable[tuple[Var, float]], cell: Cell | None) -> None:
        """``sum(coef * var) == cell`` (exact) or within the range it is shown as."""
        if cell is None:
            return
        coefs = self._coefs(terms)
        if isinstance(cell, int):
            self.eq.append((coefs, cell))
            return
        assert isinstance(cell, Hidden)
        self.le.append(({i: -c for i, c in coefs.items()}, -cell.lo))
        if cell.hi is not None:
            self.le.append((coefs, cell.hi))

    def at_most(self, terms: Iterable[tuple[Var, float]], value: float) -> None:
        self.le.append((self._coefs(terms), value))

    def _matrices(
        self, extra: Sequence[tuple[dict[int, float], float]] = ()
    ) -> tuple[np.ndarray | None, ...]:
        """The facts as sparse matrices, built once per set of facts; ``extra`` rows go below."""
        n = len(self.index)

        def build(rows: Sequence[tuple[dict[int, float], float]]) -> tuple[object, np.ndarray]:
            unique = list(dict.fromkeys((tuple(sorted(c.items())), rhs) for c, rhs in rows))
            data, ii, jj = [], [], []
            b = np.zeros(len(unique))
            for k, (coefs, rhs) in enumerate(unique):
                for i, c in coefs:
                    data.append(c)
                    ii.append(k)
                    jj.append(i)
                b[k] = rhs
            return csr_matrix((data, (ii, jj)), shape=(len(unique), n)), b

        key = (n, len(self.eq), len(self.le))
        if getattr(self, "_cache_key", None) != key:
            a_eq, b_eq = build(self.eq) if self.eq else (None, None)
            a_le, b_le = build(self.le) if self.le else (None, None)
            self._cache_key, self._cache = key, (a_eq, b_eq, a_le, b_le)
        a_eq, b_eq, a_ub, b_ub = self._cache
        if extra:  # the facts' rows are reused as they are; only the extra ones are built
            a_ex, b_ex = build(extra)
            if a_ub is None:
                a_ub, b_ub = a_ex, b_ex
            else:
                a_ub = vstack([a_ub, a_ex], format="csr")
                b_ub = np.concatenate([b_ub, b_ex])
        return a_eq, b_eq, a_ub, b_ub

    def _extreme(self, c: np.ndarray, sign: int) -> float:
        """The lowest (sign 1) or highest (sign -1) value of ``c @ x`` the facts allow."""
        a_eq, b_eq, a_ub, b_ub = self._matrices()
        res = linprog(
            sign * c,
            A_ub=a_ub,
            b_ub=b_ub,
            A_eq=a_eq,
            b_eq=b_eq,
            bounds=(0, None),
            method="highs",
        )
        if res.status == 3:  # unbounded
            return -sign * math.inf
        assert res.status == 0, res.message  # the facts must be consistent
        return float(sign * res.fun)

    def _objective(self, terms: Iterable[tuple[Var, float]]) -> np.ndarray:
        coefs = self._coefs(terms)
        c = np.zeros(len(self.index))
        for i, v in coefs.items():
            c[i] = v
        return c

    def bounds(self, terms: Iterable[tuple[Var, float]]) -> tuple[float, float]:
        """The lowest and highest value of ``sum(coef * var)`` consistent with every fact."""
        c = self._objective(terms)
        return self._extreme(c, 1), self._extreme(c, -1)

    def pinned_at(self, terms: Iterable[tuple[Var, float]], value: int) -> bool:
        """Whether the facts leave ``sum(coef * var)`` one whole number (they allow ``value``).

        Exactly :func:`pinned` of :meth:`bounds`, with one linear program instead of two
        when the highest value allowed is ``value + 1`` or more (then two whole numbers
        are left). Only for a ``value`` the facts are known to allow (:meth:`allows`).
        """
        c = self._objective(terms)
        hi = self._extreme(c, -1)
        if hi >= value + 1 - 1e-6:
            return False
        return pinned((self._extreme(c, 1), hi))

    def allows(self, values: dict[Var, float]) -> bool:
        """Whether the facts allow every one of these variables at its value, all together."""
        if not values:
            return True  # nothing counted: nothing to agree with
        rows = [(([(name, 1.0)], v), ([(name, -1.0)], -v)) for name, v in values.items()]
        return self.feasible([row for pair in rows for row in pair])

    def feasible(self, extra: Iterable[tuple[Iterable[tuple[Var, float]], float]]) -> bool:
        """Whether the facts allow ``sum(coef * var) <= value`` for each extra (all at once)."""
        rows = [(self._coefs(terms), value) for terms, value in extra]
        a_eq, b_eq, a_ub, b_ub = self._matrices(rows)
        res = linprog(
            np.zeros(len(self.index)),
            A_ub=a_ub,
            b_ub=b_ub,
            A_eq=a_eq,
            b_eq=b_eq,
            bounds=(0, None),
            method="highs",
        )
        return bool(res.status == 0)


def pinned(bounds: tuple[float, float]) -> bool:
    """Whether the bounds leave a single whole number."""
    lo, hi = bounds
    if math.isinf(lo) or math.isinf(hi):
        return False
    return math.ceil(lo - 1e-6) >= math.floor(hi + 1e-6)


# --- reading reports as facts ------------------------------------------------------


def _series_facts(attack: Attack, sites: Sequence[str], series: MeanSeries, kind: str) -> None:
    def n(week: int) -> list[tuple[Var, float]]:
        return [(("n", s, week, series.scale), 1.0) for s in sites]

    def total(week: int) -> list[tuple[Var, float]]:
        return [(("S", s, week, series.scale), 1.0) for s in sites]

    shown: dict[str, list[int]] = defaultdict(list)
    for w in series.weeks:
        attack.fact(n(w.week), w.mean.n)
        if w.mean.sum is not None:
            attack.fact(total(w.week), w.mean.sum)
            shown[w.part].append(w.week)
    for p in series.parts:
        attack.fact([t for w in shown[p.part] for t in n(w)], p.mean.n)
        attack.fact([t for w in shown[p.part] for t in total(w)], p.mean.sum)
    every = [w for weeks in shown.values() for w in weeks]
    attack.fact([t for w in every for t in n(w)], series.overall.n)
    attack.fact([t for w in every for t in total(w)], series.overall.sum)


def add_report(attack: Attack, report: Report, sites: Sequence[str]) -> None:
    """Every figure of one report (a site's, or a merge of ``sites``) as facts."""

    def over(kind: str, *key: object) -> list[tuple[Var, float]]:
        return [((kind, s, *key), 1.0) for s in sites]

    att = report.attendance
    for row in att.rows:
        w = int(row.key)
        attack.fact(over("f", w), row.cells[0])
        attack.fact(over("r", w), row.cells[1])
        attack.fact([*over("f", w), *over("r", w)], row.total)
    weeks = [int(r.key) for r in att.rows]
    if att.totals is not None:
        attack.fact([t for w in weeks for t in over("f", w)], att.totals[0])
        attack.fact([t for w in weeks for t in over("r", w)], att.totals[1])
    attack.fact([t for w in weeks for k in "fr" for t in over(k, w)], att.grand)
    for row in report.sessions.rows:  # each session had someone present
        held = row.cells[0]
        assert isinstance(held, int)
        w = int(row.key)
        attack.at_most([((k, s, w), -1.0) for s in sites for k in "fr"], -held)
    for row in report.themes.rows:
        attack.fact(over("c", row.key), row.cells[0])
        attack.fact(over("d", row.key), row.cells[1])
        attack.fact([*over("c", row.key), *over("d", row.key)], row.total)
        attack.at_most(
            [
                *((t[0], -1.0) for t in over("c", row.key)),
                *((t[0], -1.0) for t in over("d", row.key)),
            ],
            -1,
        )
    for kind, group in (("mood", report.mood), ("feedback", report.feedback)):
        for series in group:
            _series_facts(attack, sites, series, kind)
            for s in sites:
                for w in weeks:
                    hands, total = ("n", s, w, series.scale), ("S", s, w, series.scale)
                    attack.at_most([(hands, 1.0), (("f", s, w), -1.0), (("r", s, w), -1.0)], 0)
                    attack.at_most([(hands, 1.0), (total, -1.0)], 0)
                    attack.at_most([(total, 1.0), (hands, -float(series.levels))], 0)


# --- the truth ---------------------------------------------------------------------


def truth(records: Sequence[Record], unit_id: object) -> dict[Var, int]:
    """The exact value of every attacked count of one site (site name ``s``)."""
    out: dict[Var, int] = defaultdict(int)
    tallies: dict[tuple[int, str], list[list[int]]] = defaultdict(list)
    for r in records:
        if isinstance(r, CheckIn):
            first = min(r.attendance.first_time, r.attendance.present)
            out[("f", r.week)] += first
            out[("r", r.week)] += r.attendance.present - first
            for group in (r.opening, r.closing, r.feedback):
                for scale, tally in group.items():
                    tallies[(r.week, scale)].append(tally)
            for t in set(r.themes):
                out[("c", unit_id(r.week, t))] += 1  # type: ignore[operator]
        elif isinstance(r, Debrief):
            for t in set(r.themes):
                out[("d", unit_id(r.week, t))] += 1  # type: ignore[operator]
    for (week, scale), found in tallies.items():
        joined = combine(found)
        out[("tally", week, scale)] = tuple(joined)  # type: ignore[assignment]
    return dict(out)
