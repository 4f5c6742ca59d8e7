"""The coordinators' workflow site.

Each process (help requests, onboarding, training, thanks) adds its viewflow application to
`site.viewsets` from its own package; the site itself is mounted at /workflows/.
"""

from django.utils.translation import gettext_lazy as _

from viewflow.urls import Site

site = Site(title=_("Talkoo workflows"), viewsets=[])
