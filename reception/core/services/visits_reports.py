"""The visitors' report kinds (evacuation roll call, visitor log, statistics), registered on import."""
