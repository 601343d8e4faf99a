"""Audio and video uploads, judged by their content (never by name or browser type).

Audio (MP3, M4A/AAC, OGG, WAV) is parsed by mutagen, which also gives the duration. Video is
an MP4 that mutagen can parse, or a WebM (Matroska) file with a proper EBML header. Files are
served as they came (no re-encoding server here), so only these containers are accepted.
"""

import io
from dataclasses import dataclass

import mutagen
from flask_babel import lazy_gettext as _l
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from mutagen.oggopus import OggOpus
from mutagen.oggvorbis import OggVorbis
from mutagen.wave import WAVE

AUDIO_TYPES = {
    MP3: "audio/mpeg",
    MP4: "audio/mp4",
    OggVorbis: "audio/ogg",
    OggOpus: "audio/ogg",
    WAVE: "audio/wav",
}
EBML_MAGIC = b"\x1a\x45\xdf\xa3"


class RecordingRefused(ValueError):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class Recording:
    content_type: str
    duration: float | None


def judge_audio(data: bytes) -> Recording:
    """The recording's type and length, or RecordingRefused."""
    parsed = _parse(data)
    content_type = AUDIO_TYPES.get(type(parsed))
    if content_type is None or not parsed.info.length:
        raise RecordingRefused(
            _l("This is not a recording we can play. Send an MP3, M4A, OGG or WAV file.")
        )
    return Recording(content_type, round(parsed.info.length, 2))


def judge_video(data: bytes) -> Recording:
    if data.startswith(EBML_MAGIC) and b"webm" in data[:64]:
        return Recording("video/webm", None)
    parsed = _parse(data)
    if not isinstance(parsed, MP4) or not parsed.info.length:
        raise RecordingRefused(_l("This is not a video we can play. Send an MP4 or WebM file."))
    return Recording("video/mp4", round(parsed.info.length, 2))


def _parse(data: bytes):
    if not data:
        raise RecordingRefused(_l("The file is empty."))
    try:
        return mutagen.File(io.BytesIO(data))
    except mutagen.MutagenError:
        return None
