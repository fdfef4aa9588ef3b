from oscar.apps.payment.admin import *  # noqa: F401,F403  (fork idiom)
