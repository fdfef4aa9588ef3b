"""Fork of Oscar's checkout session data: the company to invoice.

A company buyer gives its name and tax code (mã số thuế) on the payment
step; they wait in the session with the payment method and go onto the
order when it is placed (``session.CheckoutSessionMixin.build_submission``).
"""
from oscar.apps.checkout import utils
from oscar.apps.checkout.utils import *  # noqa: F401,F403  (fork idiom)


class CheckoutSessionData(utils.CheckoutSessionData):
    def bill_company(self, name, tax_code):
        self._set("invoice", "buyer_company", name)
        self._set("invoice", "buyer_tax_code", tax_code)

    def company_invoice(self):
        """The order fields of the company to invoice (empty strings for a private buyer)."""
        return {
            key: self._get("invoice", key) or ""
            for key in ("buyer_company", "buyer_tax_code")
        }
