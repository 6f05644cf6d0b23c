package vn.reform.notification.domain;

/** A step of the reminder ladder, with who receives it. */
public enum ReminderStage {
    BEFORE_DEADLINE(Audience.AGENCY_FOCAL_POINT, false),
    DUE_DAY(Audience.AGENCY_FOCAL_POINT, false),
    OVERDUE(Audience.AGENCY_FOCAL_POINT, true),
    HEAD_ESCALATION(Audience.AGENCY_HEAD, true),
    HOME_AFFAIRS_DIGEST(Audience.HOME_AFFAIRS, true);

    /** Who a stage's reminder is addressed to. */
    public enum Audience { AGENCY_FOCAL_POINT, AGENCY_HEAD, HOME_AFFAIRS }

    private final Audience audience;
    private final boolean daily;

    ReminderStage(Audience audience, boolean daily) {
        this.audience = audience;
        this.daily = daily;
    }

    public Audience audience() {
        return audience;
    }

    /** Daily stages repeat on every working day; the others happen once per deadline. */
    public boolean daily() {
        return daily;
    }
}
