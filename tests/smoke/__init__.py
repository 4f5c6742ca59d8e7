"""`make prod-smoke`: the production set-up of compose.yaml, run on this machine without Docker
(run.py drives it; processes.py starts and watches the processes; journey.py is the help
request it drives). Not collected by pytest: it starts servers and takes minutes."""
