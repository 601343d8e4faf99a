"""The storage interface, run against the local disk and against S3 (a real moto_server)."""

import base64
import json

import pytest

from showcase.media.storage import S3Storage, StorageError, make_key


def test_put_open_head_delete(storage):
    key = make_key("work", 7, "Kain Sumba.JPG")
    storage.put(key, b"isi berkas", "image/jpeg")
    assert storage.open(key) == b"isi berkas"
    assert storage.read_start(key, 3) == b"isi"
    assert storage.head(key).size == len(b"isi berkas")
    assert key in set(storage.keys())
    storage.delete(key)
    assert storage.head(key) is None
    assert key not in set(storage.keys())


def test_a_copy_stays_when_its_source_goes(storage):
    source, target = make_key("audio", 7, "lagu.wav"), make_key("audio", 8, "lagu.wav")
    storage.put(source, b"RIFF lagu", "audio/wav")
    storage.copy(source, target)
    storage.delete(source)
    assert storage.open(target) == b"RIFF lagu"
    assert storage.head(source) is None


def test_missing_objects(storage):
    assert storage.head("work/1/tidak/ada.jpg") is None
    with pytest.raises(StorageError):
        storage.open("work/1/tidak/ada.jpg")


def test_urls_point_at_the_object(app, storage):
    key = make_key("avatar", 1, "a.webp")
    storage.put(key, b"RIFF", "image/webp")
    with app.test_request_context():
        url = storage.url(key)
    assert key in url


def test_keys_are_made_on_the_server_and_unguessable():
    first = make_key("work", 3, "../../etc/passwd")
    second = make_key("work", 3, "../../etc/passwd")
    assert first != second
    assert first.startswith("work/3/")
    assert ".." not in first
    assert first.endswith("/etc-passwd")


def test_local_keys_cannot_leave_the_media_root(tmp_path):
    from showcase.media.storage import LocalStorage

    with pytest.raises(StorageError):
        LocalStorage(str(tmp_path)).path("../outside")


def test_an_unreachable_s3_is_a_storage_error():
    storage = S3Storage(
        {
            "S3_BUCKET": "b",
            "S3_ENDPOINT_URL": "http://127.0.0.1:9",
            "S3_ACCESS_KEY_ID": "x",
            "S3_SECRET_ACCESS_KEY": "y",
            "S3_REGION": "us-east-1",
        }
    )
    with pytest.raises(StorageError):
        storage.put("k", b"x", "text/plain")
    with pytest.raises(StorageError):
        storage.head("k")


def test_the_presigned_post_policy_limits_size_and_type():
    storage = S3Storage(
        {
            "S3_BUCKET": "etalase",
            "S3_ENDPOINT_URL": "http://127.0.0.1:9",
            "S3_ACCESS_KEY_ID": "x",
            "S3_SECRET_ACCESS_KEY": "y",
            "S3_REGION": "us-east-1",
        }
    )
    post = storage.presigned_post("audio/1/abc/lagu.mp3", "audio/mpeg", 30 * 1024 * 1024)
    policy = json.loads(base64.b64decode(post["fields"]["policy"]))
    conditions = policy["conditions"]
    assert ["content-length-range", 1, 30 * 1024 * 1024] in conditions
    assert {"Content-Type": "audio/mpeg"} in conditions
    assert {"bucket": "etalase"} in conditions
    assert {"key": "audio/1/abc/lagu.mp3"} in conditions
    assert "expiration" in policy


def test_the_s3_client_is_built_lazily_once_per_process(monkeypatch):
    storage = S3Storage({"S3_BUCKET": "b", "S3_REGION": "us-east-1"})
    assert storage._client is None
    client = storage.client
    assert storage.client is client
    monkeypatch.setattr("os.getpid", lambda: -1)  # as in a forked worker
    assert storage.client is not client
