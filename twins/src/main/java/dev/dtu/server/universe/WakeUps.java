package dev.dtu.server.universe;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The one timer thread behind {@link Universe#wakeAt}, shared by every universe in the process. */
final class WakeUps {
    private static final Logger LOG = Logger.getLogger(WakeUps.class.getName());

    static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dtu-wake-ups");
        t.setDaemon(true);
        thread = t;
        return t;
    });

    private static volatile Thread thread;

    private WakeUps() {}

    static boolean onWakeUpThread() {
        return Thread.currentThread() == thread;
    }

    /** A twin's timer failing must not stop the others. */
    static void run(Universe universe, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "a timer of universe " + universe.id() + " failed", e);
        }
    }
}
