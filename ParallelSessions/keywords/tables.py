"""Tables, as in the Browser library: `Get Table Cell Index`, `Get Table Row Index` and
`Get Table Cell Element` (the cell where a column and a row meet, found by their text).
"""

from __future__ import annotations

import re
from datetime import timedelta

from assertionengine import AssertionOperator, float_str_verify_assertion

from ..concurrency.step import Step
from ..core.errors import ParallelSessionsError
from ..core.references import reference
from ..core.selectors import evaluate_on, locate
from ..rf.component import LibraryComponent, concurrent_keyword
from ..rf.inputs import not_empty

# The index of the cell (<td> or <th>) that holds the element, within its row.
_CELL_INDEX = """el => {
    while (!['TD', 'TH'].includes(el.nodeName)) {
        if (!el.parentElement) throw Error('Selector does not select a table cell!');
        el = el.parentElement;
    }
    return Array.prototype.indexOf.call(el.parentNode.children, el);
}"""
# The index of the row (<tr>) that holds the element, within its table (-1: the table itself).
_ROW_INDEX = """el => {
    let row = null;
    while (el.nodeName !== 'TABLE') {
        if (el.nodeName === 'TR') row = el;
        if (!el.parentElement) throw Error('Selector does not select a table cell!');
        el = el.parentElement;
    }
    let rows = el.querySelectorAll(':scope > * > tr');
    if (rows.length === 0) rows = el.querySelectorAll(':scope > tr');
    return Array.prototype.indexOf.call(rows, row);
}"""
# The rows of a table and the cells of a row, not those of a table nested in them.
_ROWS = ":scope > * > tr, :scope > tr"
_CELLS = ":scope > td, :scope > th"
_INDEX = re.compile(r"-?\d+")


class NotATableError(ParallelSessionsError, ValueError):
    """`Get Table Cell Element` was given a ``table`` selector that finds no <table>.

    Its message is the Browser library's, ``ValueError:`` included, so that suites
    which pin it pass unchanged.
    """


class TableKeywords(LibraryComponent):

    def _index_step(self, what: str, script: str, selector: str, assertion_operator,
                    assertion_expected, message, timeout) -> Step:
        ms = self.timeout_ms(timeout)
        strict = self.strict
        return self.assertion_step(
            f"Get Table {what.title()} Index '{selector}'",
            lambda s, remaining: evaluate_on(s.page, selector, script, timeout=remaining,
                                             strict=strict),
            lambda value: float_str_verify_assertion(
                int(value), assertion_operator, assertion_expected,
                f"Element {what} index for selector `{selector}` is", message),
            ms, message)

    @concurrent_keyword(returns=int)
    def get_table_cell_index(self, selector: str,
                             assertion_operator: AssertionOperator | None = None,
                             assertion_expected: int | str = 0, message: str | None = None, *,
                             timeout: timedelta | None = None) -> Step:
        """Returns the index (from 0) of the table cell ``selector`` within its row, or checks it.

        ``selector`` finds a ``<td>`` or ``<th>``, or an element inside one.

        | ${index}= | Get Table Cell Index | table#stock >> "Price" |
        | Get Table Cell Index | table#stock >> "Cherry" | == | 0 |
        """
        return self._index_step("cell", _CELL_INDEX, selector, assertion_operator,
                                assertion_expected, message, timeout)

    @concurrent_keyword(returns=int)
    def get_table_row_index(self, selector: str,
                            assertion_operator: AssertionOperator | None = None,
                            assertion_expected: int | str = 0, message: str | None = None, *,
                            timeout: timedelta | None = None) -> Step:
        """Returns the index (from 0) of the table row that holds ``selector``, or checks it.

        ``selector`` finds a ``<tr>``, a cell or an element inside one. The rows of
        ``<thead>``, ``<tbody>`` and ``<tfoot>`` count in that order; the table
        itself is row -1.

        | ${row}= | Get Table Row Index | table#stock >> "Banana" |
        | Get Table Row Index | table#stock >> "Cherry" | == | 3 |
        """
        return self._index_step("row", _ROW_INDEX, selector, assertion_operator,
                                assertion_expected, message, timeout)

    @concurrent_keyword(returns=str)
    def get_table_cell_element(self, table: str, column: str, row: str, *,
                               timeout: timedelta | None = None) -> Step:
        """Returns a selector string for the cell of ``table`` where ``column`` and ``row`` meet.

        ``column`` and ``row`` are selectors inside ``table`` (it is put before
        them: ``table >> column``), typically a cell's text in quotes, or indexes
        from 0 (``-1`` is the last). The column's cell need not be in the first
        row. The string works like the one from `Get Element`.

        | ${cell}= | Get Table Cell Element | table#stock | "Price" | "Banana" |
        | Get Text | ${cell} | == | 0.25 |
        | ${last}= | Get Table Cell Element | table#stock | 1 | -1 |
        """
        ms = self.timeout_ms(timeout)
        for name, value in (("column", column), ("row", row)):
            not_empty(value, name, f"give the {name}'s index from 0 (-1 is the last) or a "
                      f"selector inside the table, such as \"Price\"")
        strict = self.strict

        async def cell(s) -> str:
            node = await evaluate_on(s.page, table, "el => el.nodeName", timeout=ms,
                                     strict=strict)
            if node != "TABLE":
                raise NotATableError(f"ValueError: Selector {table} must select a <table> "
                                     f"element but selects <{node.lower()}>.")
            column_index = column if _INDEX.fullmatch(column.strip()) else \
                await evaluate_on(s.page, f"{table} >> {column}", _CELL_INDEX, timeout=ms,
                                  strict=strict)
            row_index = row if _INDEX.fullmatch(row.strip()) else \
                await evaluate_on(s.page, f"{table} >> {row}", _ROW_INDEX, timeout=ms,
                                  strict=strict)
            found = locate(s.page, f"{table} >> {_ROWS} >> nth={int(row_index)} >> {_CELLS} "
                                   f">> nth={int(column_index)}", strict=strict)
            await found.wait_for(state="attached", timeout=ms)
            return reference(found)

        return self.step(f"Get Table Cell Element '{table}' column '{column}' row '{row}'",
                         cell, timeout_ms=ms, outcome=repr, selector=table)
