"""Team commands, one module each: ``schema``, ``assign``, ``agreement``, ``adjudicate``,
``team`` (members and roles); and ``db copy`` and ``db init`` (added to the ``db``
group by :mod:`annotator.cli.commands.db`)."""

from __future__ import annotations

import argparse

from annotator.cli.commands.team import adjudicate, agreement, assign, members, schema
from annotator.cli.commands.team.copy import add_copy_command
from annotator.cli.commands.team.dbinit import add_init_command

COMMANDS = (schema, assign, agreement, adjudicate, members)  # the order of ``annotator --help``


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    for command in COMMANDS:
        command.register(sub)


__all__ = ["COMMANDS", "add_copy_command", "add_init_command", "register"]
