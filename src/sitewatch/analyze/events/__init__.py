"""Site activity and political events, each with its site, date, basis and certainty."""

from .stage import EventStage

__all__ = ["EventStage"]
