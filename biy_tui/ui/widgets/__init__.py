"""Reusable pieces of the interface (present and route only; no disk work)."""
