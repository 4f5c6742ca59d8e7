"""The demo municipality Koivuranta / Björkstrand, for trying Talkoo out (dev and test only).

Its content is data: Finnish in `content/*.yaml`, Swedish in `content/sv/*.po` as a translator
keeps it. The scenario builders here drive the real services and flows to give it a history.
Only the demo imports the demo (an import-linter contract); production settings leave it out.
"""
