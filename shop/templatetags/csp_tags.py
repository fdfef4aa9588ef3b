"""Templates ask the same question as the CSP header (shop/csp.py)."""
from django import template

from shop.csp import is_backoffice

register = template.Library()


@register.filter
def csp_backoffice(request) -> bool:
    """True where the policy allows inline script (the back office)."""
    return bool(request) and is_backoffice(getattr(request, "path_info", ""))
