"""biy: a private, offline session companion for peer facilitators."""

__version__ = "0.1.0"
