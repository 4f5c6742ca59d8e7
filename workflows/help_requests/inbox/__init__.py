"""The coordinators' inbox of help requests: what waits where, and each request's history.

viewflow's own pages of the process (its queue, a step's claim and form) stay where the
work is done; this application lists the waiting requests by step, with filters, and links
each one to its step there and to its full history.
"""
