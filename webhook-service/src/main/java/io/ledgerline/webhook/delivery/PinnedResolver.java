package io.ledgerline.webhook.delivery;

import io.ledgerline.webhook.subscription.TargetPolicy;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.apache.hc.client5.http.DnsResolver;

/**
 * The delivery client's name resolution: one lookup per connection, through the SSRF rule, so the socket opens to
 * an address that was checked and not to whatever the name answers a moment later (DNS rebinding). The URL's host
 * name stays what the request carries: the {@code Host} header, TLS SNI and the certificate check use it.
 */
final class PinnedResolver implements DnsResolver {

    private final TargetPolicy targets;

    PinnedResolver(TargetPolicy targets) {
        this.targets = targets;
    }

    @Override
    public InetAddress[] resolve(String host) throws UnknownHostException {
        try {
            return targets.addressesOf(host);
        } catch (IllegalArgumentException e) {
            throw new RefusedTargetException(e.getMessage());
        }
    }

    @Override
    public String resolveCanonicalHostname(String host) {
        return host;
    }

    /** The name resolved only to addresses the SSRF rule refuses; the connection is not attempted. */
    static final class RefusedTargetException extends UnknownHostException {

        RefusedTargetException(String message) {
            super(message);
        }
    }
}
