"""The Qt user interface: thin, it calls services and shows their results."""
