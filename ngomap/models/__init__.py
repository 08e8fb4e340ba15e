"""The NGO map's data: districts, areas of public-benefit activity, organizations, the map page."""

from .areas import ActivityArea, District
from .organizations import Organization, round_coordinate
from .pages import MapPage

__all__ = [
    "District",
    "ActivityArea",
    "round_coordinate",
    "Organization",
    "MapPage",
]
