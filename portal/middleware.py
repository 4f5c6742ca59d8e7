"""The coordinators' workflow site speaks each user's own language.

/workflows/ is outside i18n_patterns, so LocaleMiddleware serves it in the browser's language
or LANGUAGE_CODE. Staff choose their language once, in their Wagtail account
(/admin/account/, the same choice the Wagtail admin follows); here it applies to the workflow
site too. Without a choice, LocaleMiddleware's language stands.
"""

from functools import cached_property

from django.utils import translation

from wagtail.admin.localization import get_available_admin_languages
from wagtail.users.models import UserProfile

from portal.workplace import workplace


class StaffLanguageMiddleware:
    """Activate the user's Wagtail-account language on the workflow site's URLs.

    Goes after AuthenticationMiddleware (it needs request.user) and LocaleMiddleware (whose
    choice it overrides, and whose response handling then sets Content-Language from it).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    @cached_property
    def prefix(self):
        return workplace.reverse("index")

    def __call__(self, request):
        if request.path.startswith(self.prefix) and request.user.is_authenticated:
            language = preferred_language(request.user)
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = translation.get_language()
        return self.get_response(request)


def preferred_language(user):
    """The language chosen in the user's Wagtail account, or None if they chose none."""
    try:
        # Read only: UserProfile.get_for_user would create a profile on every first visit.
        language = user.wagtail_userprofile.preferred_language
    except UserProfile.DoesNotExist:
        return None
    if language in dict(get_available_admin_languages()):
        return language
    return None
