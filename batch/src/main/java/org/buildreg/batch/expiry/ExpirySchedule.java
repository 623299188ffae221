package org.buildreg.batch.expiry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.time.LocalTime;
import java.util.Properties;
import java.util.logging.Logger;
import org.buildreg.batch.BatchJob;
import org.buildreg.batch.BatchOperations;
import org.buildreg.expiry.ExpirySweep;
import org.buildreg.expiry.ExpiryTime;

/**
 * Starts {@code expiry-sweep} every day at {@code buildreg.expiry-sweep.time} (HH:mm, Asia/Shanghai, default 01:30)
 * by a persistent calendar timer. Persistent timers survive restarts, so the timer is created once: a start-up
 * that finds the timer of the configured time keeps it, and one that finds a timer of another time (the setting
 * changed) cancels it and creates the new one. It starts the job through {@link BatchOperations}, so the console
 * may stop or restart it.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class ExpirySchedule {

    private static final Logger LOG = Logger.getLogger(ExpirySchedule.class.getName());

    @Resource
    private TimerService timers;
    @EJB
    private BatchOperations operations;

    @PostConstruct
    void schedule() {
        ExpiryTime time;
        try {
            time = ExpiryTime.configured();
        } catch (IllegalArgumentException e) {
            LOG.severe(() -> e.getMessage() + "; the sweep runs at the default " + ExpiryTime.DEFAULT.time());
            time = ExpiryTime.DEFAULT;
        }
        boolean kept = false;
        for (Timer timer : timers.getTimers()) {
            if (!ExpiryTime.isSweepTimer(timer.getInfo())) {
                continue;
            }
            if (!kept && time.timerInfo().equals(timer.getInfo())) {
                kept = true;
            } else {
                timer.cancel();
            }
        }
        if (!kept) {
            ScheduleExpression daily = new ScheduleExpression().hour(time.hour()).minute(time.minute()).second(0)
                    .timezone(ExpirySweep.ZONE.getId());
            timers.createCalendarTimer(daily, new TimerConfig(time.timerInfo(), true));
            LocalTime at = time.time();
            LOG.info(() -> "expiry-sweep scheduled daily at " + at + " " + ExpirySweep.ZONE);
        }
    }

    @Timeout
    void sweep(Timer timer) {
        long execution = operations.start(BatchJob.EXPIRY_SWEEP.jobName(), new Properties());
        LOG.info(() -> "expiry-sweep started by its daily timer: execution " + execution);
    }
}
