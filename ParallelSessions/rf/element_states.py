"""Element states as the Browser library names them: one state to wait for, or the flags
`Get Element States` returns and checks (``not contains`` means none of them)."""

from __future__ import annotations

from enum import Enum, IntFlag
from typing import Any

from assertionengine import AssertionOperator, flag_verify_assertion, list_verify_assertion


class ElementState(Enum):
    """States of an element: `Get Element States` returns them, `Wait For Element` waits for one."""

    attached = "attached"
    detached = "detached"
    visible = "visible"
    hidden = "hidden"
    enabled = "enabled"
    disabled = "disabled"
    editable = "editable"
    readonly = "readonly"
    checked = "checked"
    unchecked = "unchecked"
    focused = "focused"
    defocused = "defocused"
    selected = "selected"
    deselected = "deselected"
    stable = "stable"


class ElementStateFlags(IntFlag):
    """What `Get Element States` returns with ``return_names=False``, as the Browser library's
    ``ElementState`` flags: ``value & visible``; ``'visible' in value`` works too."""

    attached = 1
    detached = 2
    visible = 4
    hidden = 8
    enabled = 16
    disabled = 32
    editable = 64
    readonly = 128
    selected = 256
    deselected = 512
    focused = 1024
    defocused = 2048
    checked = 4096
    unchecked = 8192
    stable = 16384

    def __contains__(self, other: Any) -> bool:
        if isinstance(other, str):
            return other in self.__class__.__members__ and \
                super().__contains__(self.__class__[other])
        return super().__contains__(other)

    def __str__(self) -> str:
        return self.name or "none"

    @classmethod
    def of(cls, names: list[str]) -> "ElementStateFlags":
        flags = cls(0)
        for name in names:
            flags |= cls[name]
        return flags


def verify_states(states: list[str], operator: AssertionOperator | None, expected: list,
                   message: str | None, return_names: bool = True) -> Any:
    """States are flags, as in the Browser library: ``not contains`` means none of them;
    ``validate`` and ``then`` see them as `ElementStateFlags` (``value & visible``)."""
    flags = ElementStateFlags.of(states)
    if operator in (AssertionOperator.validate, AssertionOperator.then):
        result = flag_verify_assertion(flags, operator, list(expected), "States", message)
        if operator is AssertionOperator.then:
            return result
    elif operator is AssertionOperator["not contains"]:
        present = [state for state in expected if state in states]
        if present:
            raise AssertionError(message.format(value=states, expected=expected) if message else
                                 f"States {states} should not contain {present}")
    elif operator is not None:
        list_verify_assertion(list(states), operator, list(expected), "States", message)
    return states if return_names else flags
