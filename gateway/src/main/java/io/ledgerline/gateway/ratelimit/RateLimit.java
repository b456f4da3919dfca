package io.ledgerline.gateway.ratelimit;

import java.time.Duration;
import reactor.core.publisher.Mono;

/** Takes one token from a principal's bucket. */
interface RateLimit {

    Mono<Decision> take(String principal);

    /**
     * Whether the request may pass and, if not, when the next token will be there.
     *
     * @param allowed    true when a token was taken
     * @param retryAfter how long to wait before trying again; zero when allowed
     */
    record Decision(boolean allowed, Duration retryAfter) {

        static Decision allow() {
            return new Decision(true, Duration.ZERO);
        }

        static Decision refuse(Duration retryAfter) {
            return new Decision(false, retryAfter);
        }
    }
}
