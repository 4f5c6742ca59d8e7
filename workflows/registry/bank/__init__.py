"""The knowledge bank as coordinators use it: volunteers, organisations and stalled onboarding.

An application of the coordinators' workflow site (`portal.workplace`), in viewflow's Material
UI. Every view shows the municipalities the user coordinates, nothing else.
"""
