"""Background tasks that failed for good, kept for staff to read on the curation pages."""

from sqlalchemy import select

from ..extensions import db
from ..models import TaskFailure


def record(task: str, arguments: str, error: BaseException | None) -> TaskFailure:
    failure = TaskFailure(
        task=task[:64],
        arguments=arguments[:300],
        error=f"{type(error).__name__}: {error}"[:500] if error else "",
    )
    db.session.add(failure)
    db.session.commit()
    return failure


def recent(limit: int = 50) -> list[TaskFailure]:
    query = select(TaskFailure).order_by(TaskFailure.failed_at.desc(), TaskFailure.id.desc())
    return list(db.session.scalars(query.limit(limit)))
