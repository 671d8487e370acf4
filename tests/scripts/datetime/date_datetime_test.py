# datetime.date, time, datetime, timezone.
from datetime import date, time, datetime, timedelta, timezone, MINYEAR, MAXYEAR
import datetime as dtmod

d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(d + timedelta(1), d - timedelta(60), date(2024, 12, 25) - d, d.replace(day=1), d.replace(year=2023, day=28))
print(d.isoformat(), d.ctime(), d.strftime('%Y/%m/%d %A %B %j %a %b %U %W %w %y'), f'{d:%d.%m.%Y}', f'{d}')
print(date.fromordinal(738945), date.fromisoformat('2021-12-31'), date.fromisoformat('20211231'), date.fromisocalendar(2024, 1, 1))
print(date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1), hash(d) == hash(date(2024, 2, 29)))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR, date(2023, 1, 1).isocalendar().week, date(2021, 1, 3).isocalendar())
for args in [(2023, 2, 29), (0, 1, 1), (2023, 13, 1), (10000, 1, 1), (2023, 1, 0)]:
    try:
        date(*args)
    except ValueError as e:
        print('ValueError', e)
for bad in [lambda: date(2023, 1, 1.5), lambda: date('2023', 1, 1), lambda: date.fromisoformat('2023-1-1'),
            lambda: date.max + timedelta(1), lambda: date(2020, 1, 1) < datetime(2020, 1, 1),
            ]:
    try:
        bad()
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
t = time(13, 5, 9, 250)
print(t, repr(t), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), t.hour, t.minute, t.second, t.microsecond)
print(t.isoformat(), t.isoformat('minutes'), t.isoformat(timespec='milliseconds'), time(1, 2).isoformat(), t.strftime('%H:%M:%S %p %I'))
print(time.fromisoformat('10:20:30.5'), time.fromisoformat('10:20'), time(1) < time(2), t.replace(hour=1), time.min, time.max)
tz = timezone(timedelta(hours=5, minutes=30))
print(time(12, tzinfo=tz), repr(time(12, tzinfo=tz)), time(12, tzinfo=tz).utcoffset(), time(12, tzinfo=timezone.utc).tzname())
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 1000000)]:
    try:
        time(*args)
    except ValueError as e:
        print('ValueError', e)
dt = datetime(2024, 3, 15, 9, 30, 45, 123456)
print(dt, repr(dt), repr(datetime(2024, 1, 1)), repr(datetime(2024, 1, 1, 5)), repr(datetime(2024, 1, 1, 0, 0, 7)))
print(dt.date(), dt.time(), dt.isoformat(), dt.isoformat(' '), dt.isoformat(timespec='seconds'), dt.ctime())
print(dt.strftime('%Y-%m-%d %H:%M:%S.%f %j %%'), f'{dt:%H:%M}', dt.timetuple()[:6], dt.weekday(), dt.toordinal())
print(dt + timedelta(days=20, hours=20), dt - timedelta(microseconds=123457), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) - dt)
print(dt.replace(year=2000, microsecond=0), datetime.combine(date(2020, 5, 17), time(8, 15)), datetime.combine(d, t, tzinfo=tz))
print(datetime.fromisoformat('2011-11-04T00:05:23'), datetime.fromisoformat('2011-11-04 00:05:23.283+00:00'))
print(datetime.fromisoformat('2011-11-04T00:05:23+04:00'), repr(datetime.fromisoformat('2011-11-04')))
print(datetime.strptime('2023-07-04 13:45:10', '%Y-%m-%d %H:%M:%S'), datetime.strptime('04/Jul/23 1PM', '%d/%b/%y %I%p'))
print(datetime.strptime('2023-07-04T10:00:00.25+0200', '%Y-%m-%dT%H:%M:%S.%f%z'), datetime.strptime('March 5 2021', '%B %d %Y'))
for bad in [lambda: datetime.strptime('2023-07-04', '%Y/%m/%d'), lambda: datetime.strptime('2023-07-04x', '%Y-%m-%d'),
            lambda: datetime.fromisoformat('nope')]:
    try:
        bad()
    except ValueError as e:
        print('ValueError', e)
utc = timezone.utc
aware = datetime(2024, 1, 1, 12, tzinfo=utc)
print(aware, repr(aware), aware.utcoffset(), aware.tzname(), aware.dst(), aware.timestamp(), repr(utc), str(utc))
print(aware.astimezone(tz), aware.astimezone(timezone(timedelta(hours=-8), 'PST')), aware == aware.astimezone(tz))
print(repr(tz), str(tz), tz.tzname(None), timezone(timedelta(hours=-3)), timezone(timedelta(0)) is utc, dtmod.UTC is utc)
print(repr(timezone(timedelta(hours=1), 'CET')), timezone.min, timezone.max, hash(tz) == hash(timezone(timedelta(hours=5.5))))
print(aware - datetime(2024, 1, 1, tzinfo=tz), datetime(2024, 1, 1, tzinfo=tz) < aware)
for bad in [lambda: aware < datetime(2024, 1, 1), lambda: aware - datetime(2024, 1, 1), lambda: timezone(timedelta(hours=24)),
            lambda: timezone(5), lambda: datetime(2024, 1, 1, tzinfo=5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(aware == datetime(2024, 1, 1, 12), datetime.fromtimestamp(0, utc), datetime.utcfromtimestamp(86400 * 365.25))
print(datetime.fromtimestamp(1e9, tz=timezone(timedelta(hours=2))), datetime(1970, 1, 2, tzinfo=utc).timestamp())
now = datetime.now()
print(type(now).__name__, now.year >= 2024, abs((datetime.now() - now).total_seconds()) < 5, date.today() == now.date())
print(datetime.now(utc).tzinfo is utc, isinstance(dt, date), datetime.min, datetime.max, datetime.resolution)
print(sorted([datetime(2020, 1, 2), datetime(2019, 5, 5), datetime(2020, 1, 1, 23)]))
print({dt: 1}[datetime(2024, 3, 15, 9, 30, 45, 123456)], dt.isocalendar(), datetime(2024, 1, 1).strftime('%c'))
