"""``{% certificate_alerts as alerts %}``: the dashboard index banner.

Producers see their own certificates that expire within 60 days or have
expired (and were not renewed); operators see how many there are and how
many submissions wait in the queue. Others see nothing.
"""
from django import template
from oscar.core.loading import get_model

from catalog import expiry

register = template.Library()


@register.simple_tag(takes_context=True)
def certificate_alerts(context):
    user = getattr(context.get("request"), "user", None)
    if user is None or not user.is_authenticated:
        return {}
    if user.is_staff:
        CertificateSubmission = get_model("catalogue", "CertificateSubmission")
        return {
            "running_out_count": expiry.running_out().count(),
            "pending_count": CertificateSubmission.objects.filter(
                status=CertificateSubmission.Status.PENDING
            ).count(),
        }
    OCOPCertificate = get_model("catalogue", "OCOPCertificate")
    own = OCOPCertificate.objects.filter(product__producer__users=user).distinct()
    certificates = list(
        expiry.running_out(own).select_related("product").order_by("valid_until")
    )
    return {"certificates": certificates} if certificates else {}
