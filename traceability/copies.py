"""Possible copies: a serial seen more often, or in more places, than one
package plausibly is.

One package is scanned a few times (in the shop, at home, by a curious
relative). A label that was photocopied onto many packages is scanned far
more often (``OCOP_COPY_SCAN_THRESHOLD``, default 20) or from many distinct
networks (``OCOP_COPY_NETWORK_THRESHOLD``, default 5): the scan log keeps
only a coarse prefix (IPv4 /16, IPv6 /32) per scan, which is enough to tell
places apart without telling people apart. Only scans a person makes count
(page views and redirects), not linkset or HEAD requests from machines.

The same rule serves the trace page (one serial) and the dashboard (every
flagged serial of a scope), so both say the same thing.
"""
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q

from .models import ScanRecord, SerialCode

DEFAULT_SCAN_THRESHOLD = 20
DEFAULT_NETWORK_THRESHOLD = 5


def scan_threshold() -> int:
    return int(getattr(settings, "OCOP_COPY_SCAN_THRESHOLD", DEFAULT_SCAN_THRESHOLD))


def network_threshold() -> int:
    return int(getattr(settings, "OCOP_COPY_NETWORK_THRESHOLD", DEFAULT_NETWORK_THRESHOLD))


@dataclass(frozen=True)
class CopySignal:
    scans: int
    networks: int

    @property
    def too_many_scans(self) -> bool:
        return self.scans > scan_threshold()

    @property
    def too_many_places(self) -> bool:
        return self.networks > network_threshold()

    def __bool__(self) -> bool:
        return self.too_many_scans or self.too_many_places


_HUMAN = Q(answer__in=ScanRecord.HUMAN_ANSWERS)


def signal_for(serial: SerialCode | None) -> CopySignal | None:
    """Scans and distinct networks of one serial, in one query."""
    if serial is None:
        return None
    counts = ScanRecord.objects.filter(_HUMAN, serial=serial).aggregate(
        scans=Count("pk"),
        networks=Count("network", distinct=True, filter=~Q(network="")),
    )
    return CopySignal(counts["scans"], counts["networks"])


def flagged_serials(serials):
    """The serials of ``serials`` (a queryset) that look copied, most scanned first.

    Each carries ``scan_count`` and ``network_count``; one query whatever
    their number.
    """
    human = Q(scans__answer__in=ScanRecord.HUMAN_ANSWERS)
    return (
        serials.annotate(
            scan_count=Count("scans", filter=human),
            network_count=Count(
                "scans__network", distinct=True, filter=human & ~Q(scans__network="")
            ),
        )
        .filter(Q(scan_count__gt=scan_threshold()) | Q(network_count__gt=network_threshold()))
        .select_related("batch__product__producer")
        .order_by("-scan_count", "pk")
    )
