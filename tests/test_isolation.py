"""Each test runs in a transaction that is rolled back: nothing leaks into the next test."""

import pytest
from sqlalchemy import func, select

from showcase.extensions import db
from showcase.models import User


@pytest.mark.parametrize("attempt", [1, 2])
def test_each_test_starts_with_no_users(make_creator, attempt):
    assert db.session.scalar(select(func.count()).select_from(User)) == 0
    make_creator(handle="sama.saja")
    assert db.session.scalar(select(func.count()).select_from(User)) == 1
