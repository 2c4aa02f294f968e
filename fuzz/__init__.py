"""Fuzzing of every reader of outside data: atheris targets (``python -m fuzz``) and their harness.

See fuzz/__main__.py for the command, fuzz/harness.py for what counts as a pass, and fuzz/world.py
for the real files the seeds are made from.
"""
