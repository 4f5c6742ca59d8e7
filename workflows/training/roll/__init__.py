"""The coordinators' side of trainings and gatherings, an application of the workflow site:
their municipalities' sessions, each session's roll (who is enrolled, who waits, attendance,
a printable sign-in sheet), adding a session, changing its seats and cancelling it."""
