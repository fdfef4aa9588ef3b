"""The VietQR payload: EMVCo merchant-presented QR for NAPAS 247 transfers.

A banking app that scans it fills in the receiving bank (its BIN), the
account, the amount in VND and the transfer message, so the customer types
nothing and the order number arrives with the money. Layout (EMVCo MPM,
NAPAS VietQR spec): ID 38 holds NAPAS's GUID ``A000000727``, the
beneficiary (BIN + account) and the service ``QRIBFTTA`` (transfer to an
account); 53 is the currency (704 = VND), 54 the amount, 58 the country,
62/08 the message, and 63 a CRC-16/CCITT-FALSE over everything before it,
its own tag and length included.
"""
import re
import unicodedata

NAPAS_GUID = "A000000727"
TRANSFER_TO_ACCOUNT = "QRIBFTTA"
CURRENCY_VND = "704"
#: EMVCo's "purpose of transaction" holds at most 25 characters; banks pass
#: on ASCII letters, digits and spaces reliably, so the message keeps only those.
MESSAGE_MAX = 25
_NOT_MESSAGE = re.compile(r"[^A-Za-z0-9 ]+")


def crc16_ccitt(data: bytes) -> int:
    """CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF), as EMVCo specifies."""
    crc = 0xFFFF
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc


def _field(tag: str, value: str) -> str:
    if len(value) > 99:
        raise ValueError(f"EMVCo field {tag} is longer than 99 characters")
    return f"{tag}{len(value):02d}{value}"


def clean_message(text: str) -> str:
    """Vietnamese without accents, other signs dropped, at most 25 characters."""
    plain = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return " ".join(_NOT_MESSAGE.sub(" ", plain).split())[:MESSAGE_MAX].strip()


def build(bin_: str, account: str, amount: int | None = None, message: str = "") -> str:
    """The payload string for a transfer to ``account`` at the bank ``bin_``.

    With an amount the code is dynamic (single use, point of initiation 12);
    without one it is static (11) and the payer types the amount.
    """
    if not (bin_.isdigit() and len(bin_) == 6):
        raise ValueError("a bank BIN has 6 digits")
    if not account or not account.isalnum():
        raise ValueError("an account number is letters and digits")
    beneficiary = _field("00", bin_) + _field("01", account)
    merchant = (
        _field("00", NAPAS_GUID) + _field("01", beneficiary) + _field("02", TRANSFER_TO_ACCOUNT)
    )
    parts = [
        _field("00", "01"),
        _field("01", "12" if amount else "11"),
        _field("38", merchant),
        _field("53", CURRENCY_VND),
    ]
    if amount:
        parts.append(_field("54", str(int(amount))))
    parts.append(_field("58", "VN"))
    message = clean_message(message)
    if message:
        parts.append(_field("62", _field("08", message)))
    body = "".join(parts) + "6304"
    return body + f"{crc16_ccitt(body.encode('ascii')):04X}"


def crc_ok(payload: str) -> bool:
    """Whether the last four characters are the CRC of everything before them."""
    body, crc = payload[:-4], payload[-4:]
    return body.endswith("6304") and f"{crc16_ccitt(body.encode('utf-8')):04X}" == crc.upper()
