"""hookhub's code generator: OpenAPI specs in, typed provider clients out."""
