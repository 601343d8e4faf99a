"""Media: storage backends, the image pipeline, audio and video checks."""


class Refused(ValueError):
    """An upload cannot be kept. ``message`` tells the uploader why (translated lazily);
    ``status`` is the HTTP status to answer with."""

    def __init__(self, message, status: int = 400):
        super().__init__(str(message))
        self.message = message
        self.status = status
