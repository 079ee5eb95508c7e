"""The domain: models, database and services. Never imports Qt."""
