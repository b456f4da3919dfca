package io.ledgerline.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The loops accept exactly the code points Spring Security's firewall expressions accept, all 1,114,112 of them. */
class HeaderTextTest {

    // the expressions of org.springframework.security.web.firewall.StrictHttpFirewall (spring-security-web 6.5)
    private static final Pattern ASSIGNED_AND_NOT_CONTROL = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");
    private static final Pattern HEADER_VALUE = Pattern.compile("[\\p{IsAssigned}&&[[^\\p{IsControl}]||\\t]]*");

    @Test
    void everyCodePointIsJudgedAsTheFirewallsExpressionsJudgeIt() {
        List<String> disagreements = new ArrayList<>();
        for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
            String text = "a" + Character.toString(codePoint) + "z";
            if (HeaderText.isAssignedAndNotControl(text) != ASSIGNED_AND_NOT_CONTROL.matcher(text).matches()
                    || HeaderText.isHeaderValue(text) != HEADER_VALUE.matcher(text).matches()) {
                disagreements.add(Integer.toHexString(codePoint));
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void tabsAreAllowedInHeaderValuesOnlyAndOtherControlsNowhere() {
        assertThat(HeaderText.isHeaderValue("Bearer\tabc")).isTrue();
        assertThat(HeaderText.isAssignedAndNotControl("Bearer\tabc")).isFalse();
        assertThat(HeaderText.isHeaderValue("evil\r\nSet-Cookie: x")).isFalse();
        assertThat(HeaderText.isHeaderValue("nul\u0000")).isFalse();
        assertThat(HeaderText.isHeaderValue("next line\u0085")).isFalse();
        assertThat(HeaderText.isHeaderValue("")).isTrue();
    }

    @Test
    void loneAndPairedSurrogatesAreJudgedAsTheExpressionsJudgeThem() {
        for (String text : List.of("\ud800", "x\udc00y", "\ud83d\ude00", "\udbff\udfff", "\ud800\ud800")) {
            assertThat(HeaderText.isHeaderValue(text)).as(text.codePoints().toString())
                    .isEqualTo(HEADER_VALUE.matcher(text).matches());
        }
    }
}
