package vn.reform.notification.domain.sweep;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the sweep on its own every {@code notification.sweep.interval} (off with {@code notification.sweep.scheduled=false}). */
@Component
@ConditionalOnProperty(name = "notification.sweep.scheduled", havingValue = "true", matchIfMissing = true)
public class SweepScheduler {

    private static final Logger log = LoggerFactory.getLogger(SweepScheduler.class);

    private final ReminderSweeper sweeper;

    public SweepScheduler(ReminderSweeper sweeper) {
        this.sweeper = sweeper;
    }

    @Scheduled(fixedDelayString = "${notification.sweep.interval:PT1M}", initialDelayString = "PT10S")
    public void run() {
        try {
            sweeper.sweep();
        } catch (RuntimeException e) {
            log.error("reminder sweep failed; the next one will try again", e);
        }
    }
}
