package vn.reform.notification.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock tests move by hand, so that a whole reminder ladder runs in seconds. */
public class MutableClock extends Clock {

    public static final ZoneId LOCAL = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-01T02:00:00Z"));

    public void set(Instant instant) {
        now.set(instant);
    }

    /** Sets the clock to a local (Asia/Ho_Chi_Minh) date and time. */
    public Instant setLocal(LocalDate day, String time) {
        Instant instant = local(day, time);
        now.set(instant);
        return instant;
    }

    public void advance(Duration duration) {
        now.updateAndGet(i -> i.plus(duration));
    }

    public static Instant local(LocalDate day, String time) {
        return day.atTime(LocalTime.parse(time)).atZone(LOCAL).toInstant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        return now.get();
    }
}
