"""Team commands, one module each: ``schema``, ``assign``, ``agreement``, ``adjudicate``;
and ``db copy`` (added to the ``db`` group by :mod:`annotator.cli.commands.db`)."""

from __future__ import annotations

import argparse

from annotator.cli.commands.team import adjudicate, agreement, assign, schema
from annotator.cli.commands.team.copy import add_copy_command

COMMANDS = (schema, assign, agreement, adjudicate)  # the order of ``annotator --help``


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for command in COMMANDS:
        command.register(sub)


__all__ = ["COMMANDS", "add_copy_command", "register"]
