"""What a producer's save sends to the operators' queue.

Called by the catalogue dashboard (``shop.dashboard.catalogue.views``) when
a producer (a non-staff partner user) saves a product; the views stay thin
and the rules live here.
"""
from django.db import transaction

from .models import ListingReview


def pending_review(product):
    return product.listing_reviews.filter(status=ListingReview.Status.PENDING).first()


def latest_review(product):
    """The review the producer should see: pending, else the last decided."""
    return product.listing_reviews.order_by("-submitted_at", "-pk").first()


@transaction.atomic
def request_listing(product, user):
    """A non-public product asks to be made public (once at a time)."""
    review = pending_review(product)
    if review is None:
        review = ListingReview.objects.create(
            product=product, kind=ListingReview.Kind.NEW, submitted_by=user
        )
    return review


@transaction.atomic
def propose_change(product, user, *, title=None, description=None, images=()):
    """Keep a change to a public product's content for review.

    ``title``/``description`` are ``None`` when unchanged; ``images`` are
    (cleaned file, caption) pairs. A further change while one is pending
    joins the pending review. Returns the review, or ``None`` if nothing
    was proposed.
    """
    if title is None and description is None and not images:
        return None
    review = pending_review(product) or ListingReview(
        product=product, kind=ListingReview.Kind.CHANGE
    )
    if title is not None:
        review.proposed_title = title
    if description is not None:
        review.proposed_description = description
    review.submitted_by = user
    review.save()
    for upload, caption in images:
        review.images.create(original=upload, caption=caption or "")
    return review
