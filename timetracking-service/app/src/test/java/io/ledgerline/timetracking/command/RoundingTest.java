package io.ledgerline.timetracking.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.ledgerline.timetracking.api.RoundingDirection;
import io.ledgerline.timetracking.api.RoundingRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoundingTest {

    @ParameterizedTest(name = "{0} minutes, unit {1} {2}, minimum {3} -> {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # raw, unit, direction, minimum, rounded
              7,   15, UP,      -,  15
              15,  15, UP,      -,  15
              16,  15, UP,      -,  30
              1,   6,  UP,      -,  6
              7,   15, DOWN,    -,  0
              29,  15, DOWN,    -,  15
              30,  15, DOWN,    -,  30
              7,   15, NEAREST, -,  0
              8,   15, NEAREST, -,  15
              22,  15, NEAREST, -,  15
              23,  15, NEAREST, -,  30
              5,   10, NEAREST, -,  10
              7,   15, DOWN,    30, 30
              45,  15, UP,      30, 45
              10,  1,  UP,      -,  10
              1439, 60, UP,     -,  1440
              1440, 7, UP,      -,  1440
              1440, 240, NEAREST, -, 1440
              5,   15, DOWN,    1440, 1440
            """)
    void roundsByUnitDirectionAndMinimumNeverPastADay(int raw, int unit, RoundingDirection direction, Integer minimum,
                                                      int rounded) {
        assertThat(Rounding.apply(new RoundingRule(unit, direction, minimum), raw)).isEqualTo(rounded);
    }

    @ParameterizedTest
    @CsvSource({"1", "59", "1440"})
    void withoutARuleKeepsTheRawMinutes(int raw) {
        assertThat(Rounding.apply(null, raw)).isEqualTo(raw);
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {"0, UP, -", "241, UP, -", "15, -, -", "15, UP, -1", "15, UP, 1441"})
    void refusesRulesOutsideTheLimits(int unit, RoundingDirection direction, Integer minimum) {
        assertThatThrownBy(() -> Rounding.requireValid(new RoundingRule(unit, direction, minimum)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
