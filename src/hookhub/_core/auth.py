"""The credential header of one request, from the provider's auth schemes. Pure.

A provider may document more than one way to send a key (polytomic: a user API key as
``Bearer``, an organization-scoped key as ``Basic``); the spec lists them under
``x-hookhub.auth.schemes`` and the client option ``auth_scheme=`` picks one.
"""

from __future__ import annotations

import base64

from hookhub._core.errors import ConfigurationError
from hookhub._core.provider_profile import AuthScheme, ProviderProfile
from hookhub._core.redaction import Secret

__all__ = ["credential_header", "scheme_named"]


def scheme_named(profile: ProviderProfile, name: str | None) -> AuthScheme:
    """The scheme ``auth_scheme=name`` selects (``None``: the spec's default)."""
    if name is None:
        return profile.auth
    if name not in profile.auth_schemes:
        known = ", ".join(sorted(profile.auth_schemes)) or "none besides the default"
        raise ConfigurationError(f"[{profile.id}] unknown auth_scheme {name!r} (known: {known})")
    return profile.auth_schemes[name]


def credential_header(
    profile: ProviderProfile, scheme_name: str | None, api_key: Secret
) -> tuple[str, str]:
    """``(header name, header value)`` carrying ``api_key`` as the chosen scheme says."""
    scheme = scheme_named(profile, scheme_name)
    key = api_key.reveal()
    if scheme.encoding == "basic-username":
        # RFC 7617: base64("user-id:password"); the key is the user-id, the password empty.
        key = base64.b64encode(f"{key}:".encode()).decode("ascii")
    return scheme.header, scheme.prefix + key
