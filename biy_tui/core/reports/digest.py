"""A digest of a report's figures, so the same report is never merged twice (no Textual).

The digest is a SHA-256 over the report's JSON with the two fields that do not
describe its figures left empty (``generated`` and ``digest`` itself): the
same records reported twice, on different days, give the same digest. A merged
report lists the digests it was made from (``merged_from``), so a report can
be refused both when it is given twice and when it is already inside a merged
one. The digest is a check against accidents and hand edits, not a signature.
"""

from __future__ import annotations

import hashlib

import msgspec

from biy_tui.core.reports.model import Report


def content_digest(report: Report) -> str:
    """The digest of a report's figures (hex)."""
    bare = msgspec.structs.replace(report, generated="", digest="")
    return hashlib.sha256(msgspec.json.encode(bare)).hexdigest()


def with_digest(report: Report) -> Report:
    """The report carrying the digest of its figures."""
    return msgspec.structs.replace(report, digest=content_digest(report))


def identities(report: Report) -> set[str]:
    """Every report this one stands for: itself and whatever was merged into it."""
    return {report.digest, *report.merged_from}
