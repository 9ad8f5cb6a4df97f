"""What Wait For Response and Wait For Request return, printed without secrets."""

from __future__ import annotations

from robot.utils import DotDict

from ..core.secrets import MASK, is_credential_name


class TrafficDict(DotDict):
    """What Wait For Response/Request return: printed (``${response} =`` in the log, and
    by repr in TRACE's ``Return:`` line) with credential headers, known secrets and
    credential-like values masked and each long value cut; the values themselves are intact."""

    def __str__(self) -> str:
        secrets = self.__dict__.get("secrets")
        if secrets is None:
            return DotDict.__str__(self)

        def headers(values: dict) -> str:
            return repr({name: MASK if is_credential_name(name) else secrets.shown(text)
                         for name, text in values.items()})

        shown = []
        for key, value in self.items():
            if key == "headers":
                text = headers(value)
            elif key == "request" and isinstance(value, dict):  # Browser's nested request
                text = "{" + ", ".join(
                    f"{name!r}: {headers(item) if name == 'headers' else secrets.shown(repr(item))}"
                    for name, item in value.items()) + "}"
            else:
                text = secrets.shown(repr(value))
            shown.append(f"{key!r}: {text}")
        return "{" + ", ".join(shown) + "}"

    __repr__ = __str__
