# Calendar days from a generator of timestamps: gmtime and strftime on fixed times
# (never the clock), and struct_time as a tuple.
import time

DAY = 24 * 60 * 60


def days(start, n):
    for k in range(n):
        yield time.gmtime(start + k * DAY)


for t in days(0, 3):
    print(time.strftime("%Y-%m-%d %a, day %j of the year", t), t.tm_wday, t.tm_yday)
epoch = time.gmtime(0)
print(epoch)
print(tuple(epoch), len(epoch), epoch[0], epoch.tm_mon, type(epoch).__name__)
year, month, day, *rest = time.gmtime(1234567890)
print(year, month, day, rest)
print(time.strftime("%H:%M:%S", time.gmtime(3661.9)), time.strftime("%%", epoch), repr(time.strftime("", epoch)))
print(time.strftime("%d/%m/%Y", (2024, 2, 29, 12, 0, 0, 3, 60, 0)))
print(time.gmtime(-DAY), time.gmtime(951782400).tm_mday)

for args in [("%Y", (1, 2)), ("%Y", 5), (5,), ("%Y", (2024, 13, 1, 0, 0, 0, 0, 1, 0)), ("%Y", (2024, 1, 1, 25, 0, 0, 0, 1, 0))]:
    try:
        time.strftime(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
try:
    time.gmtime("0")
except TypeError as e:
    print(type(e).__name__ + ":", e)
