"""Places and sites: watched sites recognised by name or description, other places
resolved to GeoNames-style records. See ``docs/places.md`` and ``docs/gazetteer.md``."""

from .gazetteer import Gazetteer, GazetteerError, Site, load_gazetteer, save_gazetteer
from .stage import PlaceStage

__all__ = ["Gazetteer", "GazetteerError", "PlaceStage", "Site", "load_gazetteer", "save_gazetteer"]
