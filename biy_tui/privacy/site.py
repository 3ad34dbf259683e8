"""Site words: what a site's coordinator marks as identifying, or as safe.

A site folder (``biy --curriculum DIR``) may hold ``site.toml``::

    [privacy]
    identifying = ["Rosewood House", "corner of Main and 5th", "Dollarama on King"]
    not_identifying = ["Willow Room", "Sage"]

``identifying`` words are flagged as ``site_term`` wherever they appear (any
case, whole words). ``not_identifying`` words are never flagged, like the
program's own words. The file is optional; a missing ``[privacy]`` table means
no site words.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

SITE_FILE = "site.toml"


class SiteTermsError(ValueError):
    """``site.toml`` could not be used; the message is one sentence for people."""


@dataclass(frozen=True, slots=True)
class SiteTerms:
    """The words a site lists in its ``site.toml`` ``[privacy]`` table."""

    identifying: tuple[str, ...] = ()
    not_identifying: tuple[str, ...] = ()
    path: Path | None = field(default=None, compare=False)

    def guard_kwargs(self, program_terms: tuple[str, ...] = ()) -> dict[str, tuple[str, ...]]:
        """Return keyword arguments for :func:`biy_tui.privacy.find` and friends.

        Args:
            program_terms: the program's own words (week and activity titles,
                theme labels); the site's ``not_identifying`` words are added.
        """
        return {
            "site_terms": self.identifying,
            "program_terms": (*program_terms, *self.not_identifying),
        }


def _strings(value: object, key: str, path: Path) -> tuple[str, ...]:
    from biy_tui import messages

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
    from biy_tui import messages

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
    unknown = sorted(set(table) - {"identifying", "not_identifying"})
    if unknown:
        raise SiteTermsError(messages.PRIVACY_SITE_FIELD.format(file=path, key=unknown[0]))
    return SiteTerms(
        identifying=_strings(table.get("identifying"), "identifying", path),
        not_identifying=_strings(table.get("not_identifying"), "not_identifying", path),
        path=path,
    )
