"""What the registry tells the processes that build on it."""

from django.dispatch import Signal

# Sent inside the sign-up's transaction with `volunteer`: a process that starts here (the
# onboarding) is stored with the volunteer or not at all.
volunteer_signed_up = Signal()
