from oscar.apps.shipping.admin import *  # noqa: F401,F403  (fork idiom)
