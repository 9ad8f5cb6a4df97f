"""Wait For Condition: a getter's assertion, retried until it holds (the Browser library's)."""

from __future__ import annotations

from datetime import timedelta
from enum import Enum
from typing import Any

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.keyword_calls import keyword_call


class ConditionInputs(Enum):
    """The conditions of `Wait For Condition`: each is a getter without the word ``Get``.

    ``Attribute``, ``Checkbox State``, ``Element Count``, ``Element States``,
    ``Property``, ``Selected Options``, ``Text``, ``Title`` and ``Url`` (`Get Text`
    and so on); the Browser library's other conditions (``Style``, ``Classes``,
    ``BoundingBox``, ``Scroll Position`` ...) work once this library has their getter.
    """

    attribute = "Attribute"
    attribute_names = "Attribute Names"
    bounding_box = "BoundingBox"
    browser_catalog = "Browser Catalog"
    checkbox_state = "Checkbox State"
    classes = "Classes"
    client_size = "Client Size"
    download_state = "Download State"
    element_count = "Element Count"
    element_states = "Element States"
    page_source = "Page Source"
    property = "Property"
    scroll_position = "Scroll Position"
    scroll_size = "Scroll Size"
    select_options = "Select Options"
    selected_options = "Selected Options"
    style = "Style"
    table_cell_index = "Table Cell Index"
    table_row_index = "Table Row Index"
    text = "Text"
    title = "Title"
    url = "Url"
    viewport_size = "Viewport Size"


class ConditionKeywords(LibraryComponent):

    @concurrent_keyword(returns=Any)
    def wait_for_condition(self, condition: ConditionInputs, *args: Any,
                           timeout: timedelta | None = None,
                           message: str | None = None) -> Step:
        """Waits until a getter's assertion holds: a getter named without ``Get``, and its arguments.

        ``condition`` is ``Attribute``, ``Checkbox State``, ``Element Count``,
        ``Element States``, ``Property``, ``Selected Options``, ``Text``, ``Title``
        or ``Url`` (the ConditionInputs type lists Browser's others, which work once
        this library has their getter); ``args`` are those of its getter,
        assertion operator and expected value included. The assertion is retried
        until it holds or ``timeout`` (the library's by default) is over; then the
        keyword fails with the getter's error, or with ``message``. Returns what the
        getter returns.

        | Get Text | id=status | contains | Done |
        | Wait For Condition | Text | id=status | contains | Done | timeout=10s |
        | Wait For Condition | Element States | id=overlay | == | detached |
        | Wait For Condition | Element Count | li.item | >= | 3 |
        | Wait For Condition | Title | should start with | Demo |
        | Wait For Condition | Url | should end with | /dashboard |
        """
        getter = f"Get {condition.value}"
        call = keyword_call(self.library, getter, args, "Wait For Condition")
        if call is None:
            available = [c.value for c in ConditionInputs if self._has(f"Get {c.value}")]
            raise ParallelSessionsError(
                f"Wait For Condition '{condition.value}': this library has no keyword "
                f"'{getter}' to wait with; the conditions it can wait for are "
                f"{', '.join(available)}.")
        extra: dict[str, Any] = {"timeout": timeout}
        if message is not None:
            extra["message"] = message
        if not call.builds_step:
            return Step.of_every_session(f"Wait For Condition '{condition.value}'",
                                         lambda: call.call(**extra))
        return call.step(**extra)

    def _has(self, name: str) -> bool:
        wanted = name.lower().replace(" ", "")
        return any(method.replace("_", "") == wanted for method in self.library.keywords)
