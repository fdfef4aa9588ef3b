"""Back-office records: invitations of producers (see ``dashboard``)."""
