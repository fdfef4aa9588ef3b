"""Traceability records (Thông tư 02/2024/TT-BKHCN; TCVN 12850:2019 = GS1 GTS).

One small module per concern: zones (vùng nguyên liệu), batches (lô),
events (sự kiện, EPCIS 2.0), codes (serial and short codes) and scans.
"""
from .batches import Batch
from .codes import SerialCode, ShortCode
from .events import TraceEvent
from .reports import ConsumerReport
from .scans import ScanRecord
from .zones import RawMaterialZone, ZoneCertification

__all__ = [
    "Batch",
    "ConsumerReport",
    "RawMaterialZone",
    "ScanRecord",
    "SerialCode",
    "ShortCode",
    "TraceEvent",
    "ZoneCertification",
]
