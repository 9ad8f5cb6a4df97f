"""SecretValues and the credential guesses the API log uses; no browser needed."""

import threading

from ParallelSessions.core.secrets import (MASK, SecretValues, credential_values, encodings,
                                      is_credential_name, mask_credentials)


def test_every_encoding_of_a_secret_is_masked():
    secrets = SecretValues()
    secrets.add('p@ss "wörd"/&<x>')
    text = ("raw p@ss \"wörd\"/&<x> url p%40ss%20%22w%C3%B6rd%22%2F%26%3Cx%3E "
            "form p%40ss+%22w%C3%B6rd%22%2F%26%3Cx%3E html p@ss &quot;wörd&quot;/&amp;&lt;x&gt; "
            "json p@ss \\\"wörd\\\"/&<x>")
    assert secrets.mask(text) == f"raw {MASK} url {MASK} form {MASK} html {MASK} json {MASK}"


def test_short_values_are_not_remembered():
    secrets = SecretValues()
    secrets.add("abc")
    secrets.add(None)
    assert not secrets
    assert encodings("abcd") == {"abcd"}


def test_adding_while_another_thread_reads_forms_never_fails():
    secrets, errors = SecretValues(), []

    def read():
        try:
            for _ in range(2000):
                secrets.forms()
        except RuntimeError as error:  # "Set changed size during iteration"
            errors.append(error)

    reader = threading.Thread(target=read)
    reader.start()
    for number in range(2000):
        secrets.add(f"value-{number}")
    reader.join()
    assert errors == []


def test_credential_named_values_are_masked_in_json_dicts_and_forms():
    assert mask_credentials('{"name": "n", "access_token": "abc.def"}') == \
        f'{{"name": "n", "access_token": "{MASK}"}}'
    assert mask_credentials("{'password': 'hunter2', 'user': 'wes'}") == \
        f"{{'password': '{MASK}', 'user': 'wes'}}"
    assert mask_credentials("user=wes&api_key=k3y&x=1") == f"user=wes&api_key={MASK}&x=1"
    assert mask_credentials("Authorization: Bearer abcdefgh.ijk") == f"Authorization: {MASK}"
    assert mask_credentials("it sent Bearer abcdefgh.ijk") == f"it sent Bearer {MASK}"


def test_long_keys_are_masked_but_uuids_and_ordinary_words_are_not():
    uuid = "123e4567-e89b-12d3-a456-426614174000"
    key = "pst_0123456789abcdef0123456789abcdef01234567"
    text = f"id {uuid} key {key} word internationalization_configuration_settings"
    assert mask_credentials(text) == \
        f"id {uuid} key {MASK} word internationalization_configuration_settings"


def test_lists_under_credential_names_are_left_readable():
    text = '{"tokens": [{"name": "a", "prefix": "pst_ab"}]}'
    assert mask_credentials(text) == text


def test_credential_values_are_found_anywhere_in_json():
    data = {"name": "n", "token": "t-1", "nested": [{"client_secret": "s-2", "count": 3}],
            "tokens": ["not", "names"], "author": "not a credential"}
    assert credential_values(data) == ["t-1", "s-2"]


def test_credential_names():
    for name in ("Authorization", "Set-Cookie", "X-Custom-Token", "X-Api-Key", "password",
                 "client_secret", "session_id", "X-Auth"):
        assert is_credential_name(name), name
    for name in ("author", "Content-Type", "name", "sessions", "X-Trace"):
        assert not is_credential_name(name), name
