"""hookhub's runtime core: everything the generated clients call.

Layout (each module has one job):

- ``provider_profile``: frozen data describing a provider and its operations (generated
  instances live in ``hookhub.providers.<id>._profile``);
- ``request_builder``: turns an operation and the caller's arguments into an ``httpx.Request``,
  refusing bad input before anything is sent;
- ``retry_policy`` and ``retry_after``: whether an attempt is retried and how long to wait;
- ``error_envelopes``: a failed response into one exception of :mod:`hookhub.errors`;
- ``response_parsing``: a successful response into the typed result;
- ``transport_safety``: base URL rules, header rules, same-origin redirects (``Exchange``);
- ``bounded_body``: how much of a response body is read and kept;
- ``attempts``: the pure decision for one attempt, shared by both shells;
- ``client_base``: configuration (arguments, environment variables) shared by both shells;
- ``tenacity_glue``: how tenacity loops on the judge's verdicts;
- ``sync_shell`` / ``async_shell``: the only code that sends (tenacity sleeps);
  ``sync_shell`` is generated from ``async_shell`` (``make codegen``, unasync);
- ``tls``: the one SSL context shared by the httpx clients hookhub creates;
- ``records``: ``@record`` / ``@call_record``, frozen dataclasses that cost ~40 µs to define
  (``@dataclass`` compiles ~0.4 ms of methods per class at import): use them for new
  internal records (``call_record`` for one made on every call);
- ``errors``, ``omit``, ``redaction`` (the per-client ``SecretRegistry``), ``json_paths``,
  ``idempotency``, ``closing``: small shared pieces.
"""
