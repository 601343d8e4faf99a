from sqlalchemy import func, select

from showcase.demo import CREATORS, DEMO_PASSWORD, demo_email
from showcase.extensions import db
from showcase.models import Category, CreatorProfile, Region, Role, User, Work
from showcase.services import accounts, social
from showcase.services.creators import normalise_tags


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_seed_demo_loads_believable_creators_once(app, runner, client):
    result = runner.invoke(args=["seed-demo"])
    assert result.exit_code == 0, result.output
    assert f"{len(CREATORS)} creators added" in result.output
    assert 25 <= _count(CreatorProfile) <= 40
    assert _count(Work) >= 2 * _count(CreatorProfile)
    used_categories = set(db.session.scalars(select(Category.slug).join(CreatorProfile).distinct()))
    assert used_categories == set(db.session.scalars(select(Category.slug)))
    used_regions = db.session.scalar(select(func.count(func.distinct(CreatorProfile.region_id))))
    assert used_regions >= 10 and used_regions <= _count(Region)

    again = runner.invoke(args=["seed-demo"])
    assert "0 creators added" in again.output
    assert _count(CreatorProfile) == len(CREATORS)

    first = CREATORS[0]
    page = client.get(f"/@{first['handle']}")
    assert page.status_code == 200
    avatar = db.session.scalar(
        select(CreatorProfile).where(CreatorProfile.handle == first["handle"])
    ).avatar
    image = client.get(f"/media/{avatar.served('webp')[0].key}")
    assert image.status_code == 200
    assert image.mimetype == "image/webp"
    assert image.data[:4] == b"RIFF"
    with app.app_context():
        assert accounts.authenticate(demo_email(first["handle"]), DEMO_PASSWORD) is not None


def test_seed_demo_if_empty_leaves_a_site_with_creators_alone(runner, make_creator):
    make_creator()
    result = runner.invoke(args=["seed-demo", "--if-empty"])
    assert "skipped" in result.output
    assert _count(CreatorProfile) == 1


def test_demo_data_passes_the_sites_own_rules():
    for entry in CREATORS:
        assert social.normalise_handle(entry["handle"]) == entry["handle"]
        for field in ("instagram", "tiktok", "whatsapp", "youtube", "website"):
            if entry.get(field):
                normalise = getattr(social, f"normalise_{field}")
                assert normalise(entry[field]) == entry[field], (entry["handle"], field)
        for work in entry["works"]:
            assert normalise_tags(work.get("tags", "")) == work.get("tags", "")
            assert len(work["title"]) <= 120


def test_create_user_makes_a_curator_after_asking_for_the_password(runner):
    password = "kurator-etalase-ntt"
    result = runner.invoke(
        args=["create-user", "Kurator@Example.com", "--role", "curator"],
        input=f"{password}\n{password}\n",
    )
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(User).where(User.email == "kurator@example.com"))
    assert user.role == Role.CURATOR
    assert user.creator is None


def test_create_user_refuses_weak_passwords_and_bad_roles(runner):
    weak = runner.invoke(
        args=["create-user", "a@example.com", "--role", "admin"], input="password\npassword\n"
    )
    assert weak.exit_code != 0
    assert "Gunakan minimal 10 karakter" in weak.output  # in the default language
    wrong_role = runner.invoke(
        args=["create-user", "a@example.com", "--role", "creator"], input="x\nx\n"
    )
    assert wrong_role.exit_code != 0
    assert _count(User) == 0


def test_create_user_refuses_a_bad_email(runner):
    password = "kurator-etalase-ntt"
    result = runner.invoke(
        args=["create-user", "bukan email", "--role", "admin"], input=f"{password}\n{password}\n"
    )
    assert result.exit_code != 0
    assert _count(User) == 0


def test_seed_demo_scale_bulk_loads_creators_that_share_the_demo_pictures(runner, client):
    result = runner.invoke(args=["seed-demo", "--scale", "120"])
    assert "load-test data: 120 creators added" in result.output, result.output
    assert _count(CreatorProfile) == len(CREATORS) + 120
    assert _count(Work) >= 120 * 5
    scaled = db.session.scalar(select(CreatorProfile).where(CreatorProfile.handle == "kreator7"))
    assert scaled.avatar_id is not None  # shared, not drawn again
    assert client.get("/@kreator7").status_code == 200
    # Indexed for search, and the cached pages know of them.
    assert "kreator7" in client.get("/browse?q=kreator7").get_data(as_text=True)
    again = runner.invoke(args=["seed-demo", "--scale", "120"])
    assert "load-test data: 0 creators added" in again.output
