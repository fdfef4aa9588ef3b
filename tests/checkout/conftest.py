from tests.checkout.localstripe import localstripe, stripe_keys  # noqa: F401  (fixtures)
