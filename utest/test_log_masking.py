"""rf/log_masking.py: what Robot Framework writes, masked; no browser needed."""

from types import SimpleNamespace

from robot.output import Message

from ParallelSessions.core.secrets import MASK, SecretValues
from ParallelSessions.rf.log_masking import RobotOutputMasking, masked


def known(*values: str) -> SecretValues:
    secrets = SecretValues()
    for value in values:
        secrets.add(value)
    return secrets


def test_a_secret_cut_by_robot_at_the_end_of_a_line_is_masked():
    """Robot cuts a long ``${name} = value`` line after 200 characters and adds '...'."""
    secrets = known("pw-0123456789")
    line = "${value} = " + "x" * 189 + "pw-012345..."
    assert masked(line, secrets) == "${value} = " + "x" * 189 + MASK + "..."
    assert masked("${value} = pw-0123456789", secrets) == f"${{value}} = {MASK}"
    assert masked("nothing to hide...", secrets) == "nothing to hide..."


def test_messages_are_masked_also_when_they_are_made_late():
    masking = RobotOutputMasking(known("s3cret-value"))
    message = Message(lambda: "Return: 's3cret-value'", level="TRACE")
    masking.mask_message(message)
    assert message.message == f"Return: '{MASK}'"


def test_the_debug_file_gets_debug_lines_masked_but_trace_lines_are_left_unread():
    masking = RobotOutputMasking(known("s3cret-value"))
    debug = Message("debug s3cret-value", level="DEBUG")
    masking.log_message(debug)
    assert debug.message == f"debug {MASK}"
    made = []
    trace = Message(lambda: made.append(1) or "trace s3cret-value", level="TRACE")
    masking.log_message(trace)  # the debug file does not write TRACE: not resolved here
    assert made == []


def test_a_keyword_failure_is_masked_for_output_xml_and_then_put_back():
    """Robot raises a failure again with the message a listener gave it: the real one must
    be back by then, so Run Keyword And Expect Error and EXCEPT see what was said."""
    masking = RobotOutputMasking(known("s3cret-value"))
    masking.registered = True  # as after register() in a run
    result = SimpleNamespace(message="s3cret-value != other")
    masking.mask_result(result)
    assert result.message == f"{MASK} != other"  # what output.xml writes
    masking.end_body_item(None, result)
    assert result.message == "s3cret-value != other"
    test = SimpleNamespace(message="s3cret-value != other")
    masking.mask_result(test, restore=False)
    masking.end_body_item(None, test)
    assert test.message == f"{MASK} != other"
