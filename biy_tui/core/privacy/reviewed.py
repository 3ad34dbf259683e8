"""The contract between the privacy guard and the store: reviewed text.

Free text may enter the store only as :class:`ReviewedText`, which only the
privacy package creates, after the guard has found nothing or the facilitator
has reviewed what it found. Any string operation on it (``strip``, slicing,
concatenation) returns a plain ``str``, which the store refuses: changed text
must be reviewed again.
"""

from __future__ import annotations

_KEY = object()


class ReviewedText(str):
    """Text that passed the privacy review.

    Attributes:
        overrides: how many flagged spans the facilitator chose to keep as
            "not identifying" (a count only; the words are never recorded).
    """

    overrides: int

    def __new__(cls, text: str, *, overrides: int = 0, _key: object = None) -> ReviewedText:
        if _key is not _KEY:
            raise TypeError("ReviewedText is made by biy_tui.core.privacy only")
        obj = super().__new__(cls, text)
        obj.overrides = overrides
        return obj

    def __reduce__(self) -> tuple[object, ...]:  # never pickled as "reviewed"
        return (str, (str(self),))


def mark_reviewed(text: str, overrides: int = 0) -> ReviewedText:
    """Wrap text the guard has passed. For use inside ``biy_tui.core.privacy`` only.

    Args:
        text: the text as it will be stored.
        overrides: how many flagged spans were kept as "not identifying".
    """
    return ReviewedText(str(text), overrides=overrides, _key=_KEY)


def is_reviewed(value: object) -> bool:
    """Return True for text that passed the review (or is empty)."""
    return isinstance(value, ReviewedText) or value == ""
