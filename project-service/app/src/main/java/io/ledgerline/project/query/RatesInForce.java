package io.ledgerline.project.query;

import io.ledgerline.platform.security.MoneyField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The hourly rates of a project in force on one date. */
public record RatesInForce(String projectId, LocalDate date, String currency, @MoneyField BigDecimal defaultHourlyRate,
                           List<MemberRate> members) {
}
