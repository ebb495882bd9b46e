"""Region design (seed 000, DOMAIN §6): quadrants, best regions, complete partitions, zones.

Read the data with :func:`read_region_data` (the region files of the open data format), then
:func:`analyse` runs everything; each part is also a function of its own module.
"""

from netwerkkaart.core.regions import generate
from netwerkkaart.core.regions.analysis import RegionAnalysis, analyse
from netwerkkaart.core.regions.best import BestRegion, best_region, best_regions
from netwerkkaart.core.regions.model import DemandType, Municipality, RegionData
from netwerkkaart.core.regions.partition import Partition, partition
from netwerkkaart.core.regions.quadrants import QuadrantRow, quadrant, quadrants
from netwerkkaart.core.regions.zones import ZoneCheck, check_zones

__all__ = [
    "BestRegion",
    "DemandType",
    "Municipality",
    "Partition",
    "QuadrantRow",
    "RegionAnalysis",
    "RegionData",
    "ZoneCheck",
    "analyse",
    "best_region",
    "best_regions",
    "check_zones",
    "generate",
    "partition",
    "quadrant",
    "quadrants",
]
