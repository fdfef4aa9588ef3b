"""Inviting a producer and accepting the invitation.

The only way to a producer account: an operator's invitation, sent by
email, accepted once within 14 days. Accepting either creates the account
(email as login, Oscar's EmailBackend) or, for someone who already has an
account with that email and is logged in to it, adds the producer to it.
"""
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from oscar.apps.customer.forms import generate_username
from oscar.core.loading import get_model

from backoffice.roles import make_producer_staff

Invitation = get_model("backoffice", "Invitation")


def send_invitation(invitation, request):
    """Issue a new token, save, and email the link (in Vietnamese)."""
    token = invitation.issue_token()
    invitation.sent_at = timezone.now()
    invitation.save()
    link = request.build_absolute_uri(
        reverse("dashboard:producer-invitation-accept", kwargs={"token": token})
    )
    context = {"invitation": invitation, "link": link}
    # In the site's language (Vietnamese), whatever the operator's is.
    with translation.override(settings.LANGUAGE_CODE):
        subject = _("Lời mời quản lý gian hàng %(producer)s trên OCOP Market") % {
            "producer": invitation.producer.name}
        body = render_to_string("backoffice/email/invitation.txt", context)
    send_mail(subject=subject, message=body, from_email=settings.OSCAR_FROM_EMAIL,
              recipient_list=[invitation.email])
    return link


def existing_account(invitation):
    return get_user_model().objects.filter(email__iexact=invitation.email).first()


class AlreadyUsed(Exception):
    """Someone accepted or cancelled the invitation in the meantime."""


def _close(invitation, user):
    """Mark the invitation accepted, once: a second acceptance fails."""
    now = timezone.now()
    closed = Invitation.objects.filter(
        pk=invitation.pk, accepted_at__isnull=True, cancelled_at__isnull=True,
        expires_at__gt=now,
    ).update(accepted_at=now, accepted_by=user)
    if not closed:
        raise AlreadyUsed


@transaction.atomic
def accept_with_password(invitation, password):
    """Create the producer's account; the invitation is used up."""
    User = get_user_model()
    user = User.objects.create_user(
        username=generate_username(), email=invitation.email, password=password
    )
    _close(invitation, user)
    return make_producer_staff(user, invitation.producer)


@transaction.atomic
def accept_for(invitation, user):
    """Add the producer to an existing account (its owner is logged in)."""
    _close(invitation, user)
    return make_producer_staff(user, invitation.producer)
