package io.ledgerline.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** If-Match as RFC 9110 reads it: {@code *}, a list of entity tags, strong comparison. */
class ETagsTest {

    @Test
    void aStrongTagNamesItsVersion() {
        assertThat(ETags.ifMatch("\"3\"")).isEqualTo(3L);
        assertThat(ETags.ifMatch(" \"3\" , W/\"4\"")).isEqualTo(3L);
    }

    @Test
    void starAndNoHeaderAcceptAnyVersion() {
        assertThat(ETags.ifMatch("*")).isNull();
        assertThat(ETags.ifMatch(null)).isNull();
        assertThat(ETags.requireIfMatch(" * ")).isNull();
    }

    @Test
    void weakTagsAndTagsOfNoVersionNeverMatch() {
        assertThatThrownBy(() -> ETags.ifMatch("W/\"3\"")).isInstanceOf(PreconditionFailedException.class);
        assertThatThrownBy(() -> ETags.ifMatch("\"v3\"")).isInstanceOf(PreconditionFailedException.class);
    }

    @Test
    void malformedTagsAreBadRequests() {
        assertThatThrownBy(() -> ETags.ifMatch("3")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ETags.ifMatch("\"3\",")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> ETags.ifMatch("\"3\", \"4\"")).isInstanceOf(BadRequestException.class);
    }

    @Test
    void aRequiredIfMatchThatIsMissingIsPreconditionRequired() {
        assertThatThrownBy(() -> ETags.requireIfMatch(null)).isInstanceOf(PreconditionRequiredException.class);
        assertThatThrownBy(() -> ETags.requireIfMatch(" ")).isInstanceOf(PreconditionRequiredException.class);
        assertThat(ETags.requireIfMatch("\"0\"")).isZero();
    }
}
