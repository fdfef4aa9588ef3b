"""The listing rule, in one place.

A product is *listed* (shown, sold, indexed, offered by the API, carried by
outlets) only while it is public (an operator approved it: a producer's new
product waits in the moderation queue non-public) and holds an OCOP
certificate that is active, of 3–5 stars, and valid today in
Asia/Ho_Chi_Minh. Today is read at query time, so
an expiry takes effect at midnight with no job running. Everything else in
the project calls :meth:`ProductQuerySet.listed` (Oscar's ``browsable()``
answers with it), never a copy of this condition. An index that cannot run
it (search) stores :func:`listing_windows` instead and compares them with
today at query time; a test holds the two to the same answer.
"""
import datetime as dt

from django.db.models import Exists, OuterRef, Prefetch, Q
from django.utils import timezone
from oscar.apps.catalogue.managers import *  # noqa: F401,F403  (fork idiom)
from oscar.apps.catalogue.managers import ProductQuerySet as CoreProductQuerySet
from oscar.core.loading import get_model

MIN_LISTED_STARS = 3


def valid_certificates(on=None):
    """Certificates that make their product listable on the given day."""
    on = on or timezone.localdate()
    OCOPCertificate = get_model("catalogue", "OCOPCertificate")
    return OCOPCertificate.objects.filter(
        status=OCOPCertificate.Status.ACTIVE,
        stars__gte=MIN_LISTED_STARS,
        issued_on__lte=on,
        valid_until__gte=on,
    )


def listing_windows(product) -> list[tuple[dt.date, dt.date]]:
    """The days on which :meth:`ProductQuerySet.listed` lists ``product``:
    merged ``(first, last)`` ranges, both days included, earliest first.

    For indexes that cannot run the rule in their own queries (the search
    index): they store these ranges and compare them with today at query
    time, so an expiry at midnight needs no re-index, while a status change
    (suspension, revocation) or a new certificate is a save that re-indexes
    the product. Reads ``product.certificates.all()`` (and the parent's for
    a variant), so a prefetch serves it. The same condition as
    :func:`valid_certificates`, minus the day.
    """
    if not product.is_public:
        return []
    OCOPCertificate = get_model("catalogue", "OCOPCertificate")
    certificates = list(product.certificates.all())
    if product.parent_id:
        certificates += list(product.parent.certificates.all())
    ranges = sorted(
        (c.issued_on, c.valid_until) for c in certificates
        if c.status == OCOPCertificate.Status.ACTIVE and c.stars is not None
        and c.stars >= MIN_LISTED_STARS and c.issued_on and c.valid_until
        and c.issued_on <= c.valid_until
    )
    merged: list[tuple[dt.date, dt.date]] = []
    for first, last in ranges:
        if merged and first <= merged[-1][1] + dt.timedelta(days=1):
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return merged


class ProductQuerySet(CoreProductQuerySet):
    def listed(self, on=None):
        """Public products with a certificate that is valid on ``on`` (default today).

        A child product (variant) is covered by its parent's certificate.
        """
        certificates = valid_certificates(on)
        return self.filter(is_public=True).filter(
            Q(Exists(certificates.filter(product=OuterRef("pk"))))
            | Q(Exists(certificates.filter(product=OuterRef("parent_id"))))
        )

    def browsable(self):
        return super().browsable().listed()

    def public(self):
        return super().public().listed()

    def certified(self):
        """Products that hold, or once held, any OCOP certificate.

        Their pages answer (packages with their QR are still in people's
        hands) even when they are no longer listed; a product that never had
        a certificate answers 404.
        """
        OCOPCertificate = get_model("catalogue", "OCOPCertificate")
        return self.filter(
            Exists(OCOPCertificate.objects.filter(product=OuterRef("pk")))
            | Exists(OCOPCertificate.objects.filter(product=OuterRef("parent_id")))
        )

    def base_queryset(self):
        OCOPCertificate = get_model("catalogue", "OCOPCertificate")
        return (
            super()
            .base_queryset()
            .select_related("producer")
            .prefetch_related(
                Prefetch(
                    "certificates",
                    queryset=OCOPCertificate.objects.order_by("-issued_on", "-pk"),
                )
            )
        )
