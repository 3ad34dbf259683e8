"""Aggregation and export of de-identified reports (no Textual)."""
