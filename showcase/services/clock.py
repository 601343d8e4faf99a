"""The site's calendar: days are counted in NTT's time zone (WITA, UTC+8).

Everything that asks "which day is it?" (features on the homepage, dates an inquiry may ask
for) calls ``today()``, so tests can freeze it in one place.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

NTT = ZoneInfo("Asia/Makassar")


def today() -> date:
    return datetime.now(NTT).date()
