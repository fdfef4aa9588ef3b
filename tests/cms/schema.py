"""A small schema.org checker for the JSON-LD our pages publish.

For each type we publish: the properties schema.org defines for it (so a
misspelt property fails) and those we require (what search engines need).
Property lists are from schema.org's definitions of these types (including
what they inherit from Thing, CreativeWork, Organization and Place).
"""
import json
import re

THING = {"@context", "@type", "@id", "name", "description", "url", "image", "sameAs",
         "identifier", "alternateName"}
ORGANIZATION = THING | {"address", "telephone", "email", "logo", "taxID", "legalName"}
TYPES = {
    "Product": (THING | {"sku", "brand", "manufacturer", "offers", "hasCertification", "gtin"},
                {"name", "url", "offers"}),
    "Offer": (THING | {"price", "priceCurrency", "availability", "seller"},
              {"price", "priceCurrency", "availability"}),
    "Certification": (THING | {"certificationIdentification", "certificationRating", "issuedBy",
                               "validFrom", "expires", "certificationStatus", "about"},
                      {"name", "certificationIdentification", "certificationRating", "issuedBy",
                       "validFrom", "expires", "certificationStatus"}),
    "Rating": (THING | {"ratingValue", "bestRating", "worstRating"}, {"ratingValue", "bestRating"}),
    "Organization": (ORGANIZATION, {"name"}),
    "Brand": (THING | {"logo"}, {"name"}),
    "PostalAddress": (THING | {"streetAddress", "addressLocality", "addressRegion",
                               "addressCountry", "postalCode"}, {"addressCountry"}),
    "Store": (ORGANIZATION | {"geo", "openingHoursSpecification"},
              {"name", "address", "openingHoursSpecification"}),
    "GeoCoordinates": (THING | {"latitude", "longitude"}, {"latitude", "longitude"}),
    "OpeningHoursSpecification": (THING | {"dayOfWeek", "opens", "closes"},
                                  {"dayOfWeek", "opens", "closes"}),
}
SCRIPT = re.compile(r'<script type="application/ld\+json">(.*?)</script>', re.S)


def json_ld(html):
    """Every JSON-LD object in the page."""
    return [json.loads(block) for block in SCRIPT.findall(html)]


def check(node, path="$"):
    """Raise AssertionError for an unknown type, unknown or missing property."""
    if isinstance(node, list):
        for i, item in enumerate(node):
            check(item, f"{path}[{i}]")
        return
    if not isinstance(node, dict):
        return
    kind = node.get("@type")
    if kind is not None:
        assert kind in TYPES, f"{path}: unknown type {kind}"
        allowed, required = TYPES[kind]
        assert not set(node) - allowed, f"{path}: {kind} has no {set(node) - allowed}"
        assert not required - set(node), f"{path}: {kind} lacks {required - set(node)}"
    else:
        assert set(node) <= {"@id"}, f"{path}: untyped object {node}"
    for key, value in node.items():
        check(value, f"{path}.{key}")
