"""Hand-written pools of places, written for this corpus (no external source).

Named facilities and services (shelters, recovery houses, drop-ins, clinics,
hospitals, motels), neighbourhoods and street locations. Some are invented
prairie-city names ("Aspen Hollow", "Chinook Ridge Recovery House"), some are
real Calgary and Edmonton neighbourhoods and roads, because that is what a
facilitator there would write. Like the names, each entry belongs to one split
only (:func:`~tests.unit.privacy.realistic.people.split_of`).

A place span covers its proper name with its generic word ("Prairie Sky
Shelter", "9th Ave SE", "Forest Lawn"), never a leading "the".
"""

from __future__ import annotations

from tests.unit.privacy.realistic.people import _words

FACILITIES = _words(
    """
    Prairie Sky Shelter, Willowbend Recovery House, Northgate Drop-In, Chinook Women's Clinic,
    Sunrise Motel, Prairie Rose Inn, Aspen Lodge, Harbour Light House, Bow River Lodge,
    Sage Haven, Cedar Place, Kestrel House, Juniper Women's Shelter, Riverbend Detox,
    Coulee Crossing, Sweetgrass Lodge, Wild Rose Motor Inn, Starlite Motel, Highlander Motel,
    Red Willow Healing Lodge, Mustard Seed, Alpha House, Inn from the Cold, Sheriff King Home,
    Foothills Medical Centre, Peter Lougheed Centre, Rockyview General, Sheldon Chumir,
    Royal Alex, Grey Nuns, Misericordia, Boyle McCauley Health Centre, Hope Mission,
    Bissell Centre, WIN House, Lurana Shelter, Discovery House, Aventa, Renfrew Recovery,
    Fort Road Motel, Chinook Motel, Travellers Inn, Elbow River Healing Lodge, Siksika Health,
    Silver Birch House, Northern Lights Clinic, Tamarack Place, Kinship House, Buffalo Berry Lodge,
    Ravine Street Clinic, Magpie House, Chickadee Drop-In, Pemmican Kitchen,
    """
)

NEIGHBOURHOODS = _words(
    """
    Forest Lawn, Bowness, Marlborough, Huntington Hills, Mount Pleasant, Beltline, Inglewood,
    Ogden, Dover, Penbrooke Meadows, Sunalta, Bridgeland, Rundle, Falconridge, Martindale,
    Saddle Ridge, Taradale, Thorncliffe, Bankview, Renfrew, Erin Woods, Abbeydale, Pineridge,
    Albert Park, Radisson Heights, Montgomery, Killarney, Hillhurst, Crescent Heights,
    McCauley, Boyle Street, Beverly, Abbottsfield, Mill Woods, Castle Downs, Clareview,
    Westmount, Eastwood, Parkdale, Norwood, Queen Mary Park, Inglewood North, Delton,
    Spruce Avenue, Balwin, Belvedere, Rundle Heights, Fulton Place, Capilano,
    Aspen Hollow, Chinook Ridge, Coyote Flats, Gopher Hill, Magpie Bend, Prairie Gate,
    Willow Park East, Sandstone Valley, Coulee View, Buffalo Run,
    """
)

STREETS = _words(
    """
    9th Ave SE, 17th Ave SE, Macleod Trail, Barlow Trail, International Avenue, 118 Ave,
    Whyte Ave, Jasper Ave, Stoney Trail, Memorial Drive, Centre Street N, Edmonton Trail,
    Deerfoot Trail, 36 St NE, 52 St SE, 1st Ave NE, Bow Trail, Crowchild Trail, Sarcee Trail,
    Kingsway, Fort Road, 107 Ave, 82 Ave, Stony Plain Road, 50 St NW, 153 Ave, Yellowhead Trail,
    Gaetz Avenue, Mayor Magrath Drive, 4th Street SW, 11th Ave SW, 16 Ave N, 32 Ave NE,
    Ogden Road, Blackfoot Trail, Heritage Drive, Glenmore Trail, 114 St, Calgary Trail,
    Wolf Willow Road, Coulee Crescent, Gopher Lane, Saskatoon Berry Way,
    """
)

CORNERS = [
    ("17th Ave", "52 St SE"),
    ("Macleod", "Heritage"),
    ("36 St", "Marlborough Way"),
    ("118 Ave", "95 St"),
    ("Jasper", "109"),
    ("Centre St", "16 Ave"),
    ("Whyte", "104 St"),
    ("9th Ave", "Spiller Road"),
    ("Fort Road", "66 St"),
    ("Edmonton Trail", "Memorial"),
    ("Kingsway", "111 Ave"),
    ("Bow Trail", "37 St"),
    ("Barlow", "McKnight"),
    ("Ogden Road", "Glenmore"),
    ("Coulee Crescent", "Prairie Gate Blvd"),
    ("Wolf Willow", "Magpie Road"),
    ("107 Ave", "97 St"),
    ("82 Ave", "99 St"),
]
"""Intersections: written "17th Ave and 52 St SE", "the corner of X and Y", "X & Y"."""
