"""Site words: what a site's coordinator marks as identifying, or as safe.

A site folder (``biy --curriculum DIR``) may hold ``site.toml``::

    [privacy]
    neighbourhoods = ["Forest Lawn", "Bowness"]
    facilities = ["Rosewood House", "Mustard Seed", "Sunrise Motel"]
    streets = ["Macleod Trail", "17th Ave", "the Deerfoot"]
    nicknames = ["Peaches", "Little Dre"]
    identifying = ["corner of Main and 5th", "Dollarama on King"]
    not_identifying = ["Willow Room", "Sage"]

Every word or phrase of the first five lists is flagged as ``site_term``
wherever it appears (any case, whole words, a hyphen written as a space or
not), in every note, report and import: they are the area's own places and
street names, which the guard cannot know. ``not_identifying`` words are never
flagged, like the program's own words. The file is optional; a missing
``[privacy]`` table means no site words. A documented Calgary example is in
``curriculum/README.md`` (it is not shipped as defaults: a list from elsewhere
gives false comfort).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypedDict

SITE_FILE = "site.toml"


class GuardKwargs(TypedDict, total=False):
    """The site's and the program's words, as keyword arguments for the guard's functions."""

    site_terms: tuple[str, ...]
    program_terms: tuple[str, ...]


SITE_LISTS = (
    "identifying",
    "neighbourhoods",
    "facilities",
    "streets",
    "nicknames",
    "not_identifying",
)
"""The lists a ``[privacy]`` table may hold."""


class SiteTermsError(ValueError):
    """``site.toml`` could not be used; the message is one sentence for people."""


@dataclass(frozen=True, slots=True)
class SiteTerms:
    """The words a site lists in its ``site.toml`` ``[privacy]`` table."""

    identifying: tuple[str, ...] = ()
    not_identifying: tuple[str, ...] = ()
    path: Path | None = field(default=None, compare=False)
    neighbourhoods: tuple[str, ...] = ()
    facilities: tuple[str, ...] = ()
    streets: tuple[str, ...] = ()
    nicknames: tuple[str, ...] = ()

    @property
    def all_identifying(self) -> tuple[str, ...]:
        """Every identifying word of the site, from all five lists."""
        return (
            *self.identifying,
            *self.neighbourhoods,
            *self.facilities,
            *self.streets,
            *self.nicknames,
        )

    def guard_kwargs(self, program_terms: tuple[str, ...] = ()) -> GuardKwargs:
        """Return keyword arguments for :func:`biy_tui.core.privacy.find` and friends.

        Args:
            program_terms: the program's own words (week and activity titles,
                theme labels); the site's ``not_identifying`` words are added.
        """
        return {
            "site_terms": self.all_identifying,
            "program_terms": (*program_terms, *self.not_identifying),
        }


def _strings(value: object, key: str, path: Path) -> tuple[str, ...]:
    from biy_tui.core.text import messages

    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise SiteTermsError(messages.PRIVACY_SITE_FIELD.format(file=path, key=key))
    return tuple(v.strip() for v in value if v.strip())


def load_site_terms(folder: str | Path | None) -> SiteTerms:
    """Read the ``[privacy]`` table of ``folder/site.toml``.

    Args:
        folder: a site folder, or None for no site.

    Returns:
        The site's words; empty when there is no folder, file or table.

    Raises:
        SiteTermsError: the file exists but cannot be read or is not valid.
    """
    from biy_tui.core.text import messages

    if folder is None:
        return SiteTerms()
    path = Path(folder) / SITE_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return SiteTerms()
    except OSError as exc:
        raise SiteTermsError(
            messages.PRIVACY_SITE_UNREADABLE.format(
                file=path, why=exc.strerror or type(exc).__name__
            )
        ) from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        why = "not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else str(exc)
        raise SiteTermsError(messages.PRIVACY_SITE_INVALID.format(file=path, why=why)) from None
    table = data.get("privacy")
    if table is None:
        return SiteTerms(path=path)
    if not isinstance(table, dict):
        raise SiteTermsError(messages.PRIVACY_SITE_FIELD.format(file=path, key="privacy"))
    unknown = sorted(set(table) - set(SITE_LISTS))
    if unknown:
        raise SiteTermsError(messages.PRIVACY_SITE_FIELD.format(file=path, key=unknown[0]))
    lists = {key: _strings(table.get(key), key, path) for key in SITE_LISTS}
    return SiteTerms(path=path, **lists)
