"""The optional LLM backend: fields from any OpenAI-compatible server, checked against the text.

``client`` talks to the server (rate limit, timeouts, retries, structured output), ``prompts``
reads the versioned prompt files, ``schemas`` holds each field's answer model, ``spans`` checks
quotes and summary sentences against the body, ``fields`` applies a checked answer, ``cache``
keeps answers by (article id, field, model, prompt version), ``stage`` puts it together for
``stages.LLMStage``.  Off by default; the rules stay the fallback for every field.
"""

#: The fields a user can opt into (``--llm-fields``); kept here so that reading the settings does
#: not import the model client.
FIELDS = ("summary", "event_summary", "events", "entities", "taxonomy")
JSON_MODES = ("auto", "json_schema", "json_object", "json", "none")

__all__ = ["FIELDS", "JSON_MODES"]
