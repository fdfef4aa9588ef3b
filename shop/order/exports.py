"""Orders as rows for e-invoices (hóa đơn điện tử): CSV and XLSX.

Accountants feed these files to their e-invoice software, so each row is
one order line with everything its invoice needs: the order, the buyer
(name, company and tax code if given, address, e-mail, phone), the line
(product, GTIN, producer, quantity, unit price, VAT rate in per cent, line
total), the shipping and the total. Order fields repeat on every line of
the order; the software groups lines into invoices by order number.

Each producer is a seller of its own, so a producer's export carries only
its lines, its share of the shipping (one flat charge per shipping
producer, ``shop.shipping.methods``) and the total of those: what its own
invoice says. Operators get every line and the whole order's figures.

Headers are fixed Vietnamese, whatever the interface language: import
templates map columns by header.
"""
import datetime as dt
import io
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Prefetch
from django.utils import timezone
from oscar.core.compat import UnicodeCSVWriter
from oscar.core.loading import get_model

from shop.order import vat

Line = get_model("order", "Line")

#: (key, header) of each column, in file order.
COLUMNS = [
    ("number", "Số đơn hàng"),
    ("date", "Ngày đặt"),
    ("buyer_name", "Người mua"),
    ("buyer_company", "Tên công ty"),
    ("buyer_tax_code", "Mã số thuế người mua"),
    ("buyer_address", "Địa chỉ"),
    ("buyer_email", "Email"),
    ("buyer_phone", "Điện thoại"),
    ("title", "Sản phẩm"),
    ("upc", "Mã GTIN/UPC"),
    ("producer", "Chủ thể (người bán)"),
    ("producer_tax_code", "Mã số thuế người bán"),
    ("quantity", "Số lượng"),
    ("unit_price", "Đơn giá (₫, gồm thuế)"),
    ("vat_rate", "Thuế suất GTGT (%)"),
    ("line_total", "Thành tiền (₫, gồm thuế)"),
    ("shipping", "Phí giao hàng (₫)"),
    ("total", "Tổng cộng (₫)"),
]
HEADERS = [header for __, header in COLUMNS]
MONEY = {"unit_price", "line_total", "shipping", "total"}
#: Kept as text in XLSX: tax codes, GTINs and phones keep their leading zeros.
TEXT = {"number", "buyer_tax_code", "upc", "producer_tax_code", "buyer_phone"}
DATE_FORMAT = "%d/%m/%Y %H:%M"


def vnd(amount) -> int:
    """VND has no minor unit: whole đồng."""
    return int(Decimal(amount or 0).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _ships(line) -> bool:
    product = line.product
    return product is None or product.is_shipping_required


def shipping_share(order, lines, partner_ids) -> Decimal:
    """The part of the order's shipping charged for ``partner_ids``' parcels.

    Shipping is one flat charge per producer that ships, so the share is
    the charge divided by the producers that ship, times those of them in
    ``partner_ids``.
    """
    shipping = {line.partner_id for line in lines if _ships(line)}
    if not shipping:
        return Decimal(0)
    own = len(shipping & set(partner_ids))
    return order.shipping_incl_tax * own / len(shipping)


def _address(address) -> str:
    if address is None:
        return ""
    # line4 and state hold the commune and province names (ShippingAddress.set_division_names).
    parts = (address.line1, address.line2, address.line3, address.line4, address.state)
    return ", ".join(part for part in parts if part)


def _buyer(order) -> dict:
    address = order.billing_address or order.shipping_address
    name = address.name if address else ""
    if not name and order.user:
        name = order.user.get_full_name()
    # The courier's number; a booking with nothing shipped keeps it on the billing address.
    phones = (getattr(a, "phone_number", None) for a in (order.shipping_address, address) if a)
    phone = next((p for p in phones if p), "")
    return {
        "number": order.number,
        "date": timezone.localtime(order.date_placed).replace(tzinfo=None),
        "buyer_name": name,
        "buyer_company": order.buyer_company,
        "buyer_tax_code": order.buyer_tax_code,
        "buyer_address": _address(address),
        "buyer_email": order.email,
        "buyer_phone": str(phone),
    }


def with_lines(orders):
    """``orders`` with what the rows read, in a few queries whatever their number."""
    lines = Line.objects.select_related(
        "partner", "product__product_class", "product__parent__product_class"
    ).order_by("pk")
    return orders.select_related("shipping_address", "billing_address", "user").prefetch_related(
        None
    ).prefetch_related(Prefetch("lines", queryset=lines))


def rows(orders, partner_ids=None):
    """One dict per order line (keys of ``COLUMNS``).

    ``partner_ids``: only these producers' lines, with their share of the
    shipping and their total (a producer's export); ``None``: every line
    and the order's own figures (operators).
    """
    for order in with_lines(orders):
        lines = list(order.lines.all())
        own = lines if partner_ids is None else [ln for ln in lines if ln.partner_id in partner_ids]
        if not own:
            continue
        if partner_ids is None:
            shipping, total = order.shipping_incl_tax, order.total_incl_tax
        else:
            shipping = shipping_share(order, lines, partner_ids)
            total = sum((line.line_price_incl_tax for line in own), Decimal(0)) + shipping
        buyer = _buyer(order)
        for line in own:
            yield {
                **buyer,
                "title": line.title,
                "upc": line.upc or "",
                "producer": line.partner_name,
                "producer_tax_code": line.partner.tax_code if line.partner else "",
                "quantity": line.quantity,
                "unit_price": vnd(line.unit_price_incl_tax),
                "vat_rate": vat.line_rate(line),
                "line_total": vnd(line.line_price_incl_tax),
                "shipping": vnd(shipping),
                "total": vnd(total),
            }


def _cell(key, value):
    if key == "vat_rate" and value != "":
        return Decimal(value)
    return value


def write_csv(stream, orders, partner_ids=None):
    """CSV for Excel (UTF-8 with BOM, as Oscar's order download)."""
    writer = UnicodeCSVWriter(open_file=stream)
    writer.writerow(HEADERS)
    for row in rows(orders, partner_ids):
        writer.writerow([
            row[key].strftime(DATE_FORMAT) if isinstance(row[key], dt.datetime) else row[key]
            for key, __ in COLUMNS
        ])


def xlsx_bytes(orders, partner_ids=None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Hóa đơn"
    sheet.append(HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    formats = {}
    for index, (key, __) in enumerate(COLUMNS, start=1):
        if key in MONEY:
            formats[index] = "#,##0"
        elif key in TEXT:
            formats[index] = "@"
        elif key == "date":
            formats[index] = "dd/mm/yyyy hh:mm"
    for row in rows(orders, partner_ids):
        sheet.append([_cell(key, row[key]) for key, __ in COLUMNS])
        for index, number_format in formats.items():
            sheet.cell(row=sheet.max_row, column=index).number_format = number_format
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
