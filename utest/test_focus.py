from ParallelSessions.focus import SessionFocus


def test_switch_returns_previous_and_close_returns_to_last_used():
    focus = SessionFocus()
    assert focus.current is None
    assert focus.switch("admin") is None
    assert focus.switch("account_alice") == "admin"
    assert focus.switch("account_bob") == "account_alice"
    focus.switch("admin")
    focus.forget("admin")
    assert focus.current == "account_bob"
    focus.forget("account_bob")
    assert focus.current == "account_alice"
