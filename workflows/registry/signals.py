"""What the registry tells the processes that build on it.

The registry stands below every process and imports none of them. A process that must act when
something happens to a volunteer connects to one of these in its own `AppConfig.ready()`. Each
is sent inside the transaction of what it announces, so a receiver's work is stored with it or
not at all.
"""

from django.dispatch import Signal

# `volunteer` has signed up: a process that starts here (the onboarding) is stored with them.
volunteer_signed_up = Signal()

# `volunteer` completed `training` on `completed_on`, as `marked_by` (a coordinator, or None)
# recorded on a session's roll; the training is already on their record. The onboarding
# completes its orientation step when it waits for this training.
training_completed = Signal()

# A coordinator corrected a roll: `volunteer` did not attend after all, and `training`,
# recorded on `completed_on`, is off their record. The onboarding takes back the orientation
# step that attendance completed, while the volunteer has not gone on from it.
training_withdrawn = Signal()

# `volunteer` is being erased (`workflows.registry.erasure`): each process ends what it holds
# open for them and blanks the words they or others wrote about them. The registry then erases
# the account and the volunteer's own details.
volunteer_erased = Signal()

# `volunteer` downloads all the portal holds about them (`workflows.registry.export`): each
# process returns a dictionary of its own sections ({"enrolments": [...]}), JSON-ready.
volunteer_exported = Signal()

# `volunteer`'s status changed through one of its doors (`workflows.registry.status`), as
# `change` (a StatusChange) records. A process lets go of what it holds open for someone no
# longer active: help requests withdraw an offer waiting for their answer.
volunteer_status_changed = Signal()
