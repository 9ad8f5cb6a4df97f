from ParallelSessions.core.focus import SessionFocus


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


def test_current_skips_sessions_that_were_closed_elsewhere():
    open_ids = {"admin", "account_alice", "api"}
    focus = SessionFocus(is_open=open_ids.__contains__)
    for session_id in ("admin", "api", "account_alice"):
        focus.switch(session_id)
    open_ids -= {"account_alice", "api"}  # closed together, e.g. an API session with its source
    assert focus.current == "admin"


def test_visiting_restores_the_previous_session_also_after_a_failure():
    focus = SessionFocus()
    focus.switch("home")
    try:
        with focus.visiting("away"):
            assert focus.current == "away"
            raise RuntimeError("step failed")
    except RuntimeError:
        pass
    assert focus.current == "home"
