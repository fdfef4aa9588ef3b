"""schema.org structured data (JSON-LD) for products, producers and outlets.

Search engines read these to show price, stars and opening hours in their
results. Each function returns a plain dict; ``render`` turns one into a
``<script type="application/ld+json">`` element safe to put in a page.
"""
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from . import product_picture

SCHEMA = "https://schema.org"
OCOP_MAX_STARS = 5
#: outlets.models.hours.Weekday: 0 is Monday.
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
# Inside <script>, these three could end the element or open a comment.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def render(data) -> str:
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=1)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text.translate(_SCRIPT_ESCAPES)),  # noqa: S308 (escaped above)
    )


def _absolute(request, url):
    return request.build_absolute_uri(url) if url else None


def _compact(data):
    """Drop empty properties: schema.org readers prefer absent to blank."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def postal_address(record):
    return _compact({
        "@type": "PostalAddress",
        "streetAddress": record.street_address,
        "addressLocality": record.commune_name,
        "addressRegion": record.province_name,
        "addressCountry": "VN",
    })


def organization(producer, request):
    """A producer (chủ thể OCOP) as a schema.org Organization."""
    return _compact({
        "@context": SCHEMA,
        "@type": "Organization",
        "@id": _absolute(request, producer.get_absolute_url()) + "#organization",
        "name": producer.name,
        "url": _absolute(request, producer.get_absolute_url()),
        "description": producer.description,
        "logo": _absolute(request, producer.logo.url) if producer.logo else None,
        "address": postal_address(producer),
        "telephone": producer.phone,
        "email": producer.email,
        "taxID": producer.tax_code,
        "sameAs": [producer.website] if producer.website else None,
    })


def certification(certificate):
    """An OCOP certificate as a schema.org Certification with its stars."""
    active = certificate.state in ("valid", "expiring")
    return _compact({
        "@type": "Certification",
        "name": f"OCOP {certificate.stars}★",
        "certificationIdentification": certificate.number,
        "certificationRating": {
            "@type": "Rating",
            "ratingValue": certificate.stars,
            "bestRating": OCOP_MAX_STARS,
            "worstRating": 1,
        },
        "issuedBy": _compact({"@type": "Organization", "name": certificate.issued_by}),
        "validFrom": certificate.issued_on,
        "expires": certificate.valid_until,
        "certificationStatus": f"{SCHEMA}/Certification{'Active' if active else 'Inactive'}",
    })


def offer(product, request):
    """The Offer in VND, if the product is listed and priced."""
    info = request.strategy.fetch_for_product(product)
    if not product.is_listed or not info.price.exists:
        return None
    price = info.price.incl_tax if info.price.is_tax_known else info.price.excl_tax
    in_stock = info.availability.is_available_to_buy
    return _compact({
        "@type": "Offer",
        "url": _absolute(request, product.get_absolute_url()),
        "price": str(int(price)),
        "priceCurrency": info.price.currency,
        "availability": f"{SCHEMA}/{'InStock' if in_stock else 'OutOfStock'}",
        "seller": {"@id": _absolute(request, product.producer.get_absolute_url()) + "#organization"}
        if product.producer else None,
    })


def product_data(product, request):
    """A product as a schema.org Product with its Offer and OCOP certification."""
    original = product_picture(product)
    producer = product.producer
    certificate = product.certificate
    return _compact({
        "@context": SCHEMA,
        "@type": "Product",
        "name": product.get_title(),
        "description": product.description,
        "url": _absolute(request, product.get_absolute_url()),
        "sku": product.upc or str(product.pk),
        "image": [_absolute(request, original.url)] if original else None,
        "brand": {"@type": "Brand", "name": producer.name} if producer else None,
        "manufacturer": organization(producer, request) if producer else None,
        "offers": offer(product, request),
        "hasCertification": certification(certificate) if certificate else None,
    })


def _hours(period):
    # 00:00 as a closing time means midnight at the end of the day.
    closes = "23:59" if period.closes.hour == 0 and period.closes.minute == 0 else (
        f"{period.closes:%H:%M}")
    return {
        "@type": "OpeningHoursSpecification",
        "dayOfWeek": f"{SCHEMA}/{DAYS[period.weekday]}",
        "opens": f"{period.opens:%H:%M}",
        "closes": closes,
    }


def store(outlet, request):
    """An outlet (điểm bán OCOP) as a schema.org Store with its opening hours."""
    geo = None
    if outlet.has_position:
        geo = {"@type": "GeoCoordinates", "latitude": float(outlet.latitude),
               "longitude": float(outlet.longitude)}
    return _compact({
        "@context": SCHEMA,
        "@type": "Store",
        "name": outlet.name,
        "url": _absolute(request, outlet.get_absolute_url()),
        "description": outlet.description,
        "address": postal_address(outlet),
        "telephone": outlet.phone,
        "geo": geo,
        "openingHoursSpecification": [_hours(p) for p in outlet.opening_periods.all()],
    })
