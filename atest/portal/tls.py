"""A self-signed certificate for the portal's HTTPS endpoint, made at start-up.

``openssl`` (the command) makes a fresh key and certificate for 127.0.0.1 in a
folder of the portal's temporary directory; nothing is committed or reused.
The key file is owner-only. Without openssl the portal runs without HTTPS and
says why (see server.py).
"""

import os
import shutil
import ssl
import subprocess


class TlsUnavailable(RuntimeError):
    pass


def self_signed_context(folder):
    """An SSL server context with a new self-signed certificate for 127.0.0.1."""
    openssl = shutil.which("openssl")
    if openssl is None:
        raise TlsUnavailable("the openssl command is not installed")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    key, cert = os.path.join(folder, "key.pem"), os.path.join(folder, "cert.pem")
    command = [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
               "-keyout", key, "-out", cert, "-subj", "/CN=127.0.0.1/O=Demo Portal staging",
               "-addext", "subjectAltName=IP:127.0.0.1"]
    made = subprocess.run(command, capture_output=True, text=True, timeout=60)
    if made.returncode != 0:
        raise TlsUnavailable(f"openssl failed: {made.stderr.strip()[-300:]}")
    os.chmod(key, 0o600)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context
