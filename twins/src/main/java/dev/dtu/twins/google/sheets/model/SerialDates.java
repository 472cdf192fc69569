package dev.dtu.twins.google.sheets.model;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/** Google's date serial numbers: days since 1899-12-30, the time of day as the fraction. */
public final class SerialDates {
    public static final LocalDate EPOCH = LocalDate.of(1899, 12, 30);
    private static final double NANOS_PER_DAY = 86_400_000_000_000d;

    private SerialDates() {
    }

    public static double toSerial(LocalDate date) {
        return ChronoUnit.DAYS.between(EPOCH, date);
    }

    public static double toSerial(LocalDateTime dateTime) {
        double days = toSerial(dateTime.toLocalDate());
        return days + dateTime.toLocalTime().toNanoOfDay() / NANOS_PER_DAY;
    }

    /** The date and time a serial stands for, rounded to the nearest second as Google displays it. */
    public static LocalDateTime fromSerial(double serial) {
        long seconds = Math.round(serial * 86_400d);
        return EPOCH.atStartOfDay().plusSeconds(seconds);
    }
}
