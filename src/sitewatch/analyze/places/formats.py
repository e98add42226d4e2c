"""Sites as GeoJSON and KML, for maps and GIS tools (the gazetteer's own JSON is in
:mod:`.gazetteer`)."""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from ...model import JSONDict
from .gazetteer import Site

KML_NS = "http://www.opengis.net/kml/2.2"


def to_geojson(sites: Iterable[Site]) -> JSONDict:
    """A FeatureCollection: a Point per site, or a Polygon where a footprint is known.

    Every property of the site rides along, so importing the file gives the sites back."""
    features = []
    for site in sites:
        props = site.to_json()
        if site.footprint:
            ring = [list(p) for p in site.footprint]
            if ring[0] != ring[-1]:
                ring.append(ring[0])
            geometry: JSONDict = {"type": "Polygon", "coordinates": [ring]}
        else:
            geometry = {"type": "Point", "coordinates": [site.lon, site.lat]}
        props.pop("footprint", None)
        features.append(
            {"type": "Feature", "id": site.id, "geometry": geometry, "properties": props}
        )
    return {"type": "FeatureCollection", "features": features}


def to_kml(sites: Iterable[Site]) -> str:
    """A KML document with a Placemark (point, and polygon where known) per site."""
    marks = [_placemark(site) for site in sites]
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<kml xmlns="{KML_NS}"><Document><name>sitewatch sites</name>\n'
        + "".join(marks)
        + "</Document></kml>\n"
    )


def _placemark(site: Site) -> str:
    description = (
        f"{site.kind}; {site.country}; aliases: {', '.join(site.aliases) or '-'}; "
        f"coordinates: {site.source or 'unsourced'} ({site.precision})"
    )
    point = f"<Point><coordinates>{site.lon},{site.lat}</coordinates></Point>"
    geometry = point
    if site.footprint:
        ring = " ".join(f"{lon},{lat}" for lon, lat in (*site.footprint, site.footprint[0]))
        polygon = (
            f"<Polygon><outerBoundaryIs><LinearRing><coordinates>{ring}</coordinates>"
            "</LinearRing></outerBoundaryIs></Polygon>"
        )
        geometry = f"<MultiGeometry>{point}{polygon}</MultiGeometry>"
    return (
        f'<Placemark id="{escape(site.id)}"><name>{escape(site.name)}</name>'
        f"<description>{escape(description)}</description>{geometry}</Placemark>\n"
    )
