package io.ledgerline.timetracking;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** timetracking-service: time entries, timers, timesheets and locks. */
@SpringBootApplication
public class TimetrackingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(TimetrackingServiceApplication.class, args);
    }
}
