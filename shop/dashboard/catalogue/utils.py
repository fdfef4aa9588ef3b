"""Which products a producer's staff may see and change in the dashboard.

Oscar decides through stock records; our products belong to a producer
(``Product.producer``) even before they have a price or stock, so the rule
keys on that. A variant belongs to the producer of its parent.
"""
from django.db.models import Q


def partner_product_visibility_q(user):
    return Q(producer__users__pk=user.pk) | Q(parent__producer__users__pk=user.pk)
