package io.ledgerline.webhook.subscription;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The SSRF rule for webhook targets: an absolute {@code https} URL without credentials whose host resolves only to
 * public addresses. Every resolved address is checked, so a name with one public and one private address is
 * refused. With {@code allowPrivate} (local testing only) {@code http} and any address are accepted.
 *
 * <p>A name may resolve elsewhere a moment later (DNS rebinding), so a check of the name is worth nothing unless
 * the connection goes to the very addresses that were checked: the delivery client resolves through {@link
 * #addressesOf(String)}, which answers only checked addresses.
 */
public final class TargetPolicy {

    static final int MAX_LENGTH = 2000;

    private final boolean allowPrivate;
    private final Resolver resolver;

    public TargetPolicy(boolean allowPrivate) {
        this(allowPrivate, InetAddress::getAllByName);
    }

    /** With another name resolution than the system's: for tests that make a name answer differently each time. */
    public TargetPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** The target as a URI, or an {@link IllegalArgumentException} saying why it is refused. */
    public URI check(String target) {
        URI uri = checkUrl(target);
        if (!allowPrivate) {
            addressesOf(uri.getHost());
        }
        return uri;
    }

    /** The target as a URI if its form is allowed (scheme, no credentials); its addresses are not looked at. */
    public URI checkUrl(String target) {
        URI uri = parse(target);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(allowPrivate && scheme.equals("http"))) {
            throw new IllegalArgumentException("targetUrl must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException("targetUrl must not contain credentials");
        }
        return uri;
    }

    private static URI parse(String target) {
        if (target == null || target.isBlank() || target.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("targetUrl must be an absolute URL of at most " + MAX_LENGTH
                    + " characters");
        }
        try {
            URI uri = new URI(target.strip());
            if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawFragment() != null) {
                throw new IllegalArgumentException("targetUrl must be an absolute URL with a host and no fragment");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("targetUrl is not a URL: " + e.getReason());
        }
    }

    /**
     * Resolves the host once and answers its addresses if every one of them is allowed, else an {@link
     * IllegalArgumentException}. The answer is what a connection must use: resolving again could give another.
     */
    public InetAddress[] addressesOf(String host) {
        String name = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(name);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("targetUrl host " + host + " cannot be resolved");
        }
        if (addresses == null || addresses.length == 0
                || !allowPrivate && Arrays.stream(addresses).anyMatch(TargetPolicy::isNonPublic)) {
            throw new IllegalArgumentException("targetUrl host " + host
                    + " resolves to a private, loopback, link-local or otherwise non-public address");
        }
        return addresses.clone();
    }

    /** Whether an address is not on the public internet: private, loopback, link-local, reserved or multicast. */
    static boolean isNonPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return NON_PUBLIC_V4.stream().anyMatch(range -> range.contains(bytes));
        }
        if (address instanceof Inet6Address) {
            return isNonPublicV6(bytes);
        }
        return true;
    }

    /**
     * Only global unicast ({@code 2000::/3}) is public, less its special-purpose blocks: IETF protocol assignments
     * with Teredo ({@code 2001::/23}), documentation ({@code 2001:db8::/32}, {@code 3fff::/20}) and 6to4
     * ({@code 2002::/16}). Teredo and 6to4 tunnel to an IPv4 address chosen by a relay, and no webhook host lives
     * on them, so they are refused whole. Outside {@code 2000::/3} only the forms that carry an IPv4 address in
     * their last 32 bits pass (IPv4-compatible {@code ::a.b.c.d}, -mapped {@code ::ffff:a.b.c.d}, -translated
     * {@code ::ffff:0:a.b.c.d}, NAT64's well-known {@code 64:ff9b::/96}), and only when that address is public;
     * the rest (unique local, link-local, multicast, discard-only, local-use NAT64 {@code 64:ff9b:1::/48}, ...)
     * is refused.
     */
    private static boolean isNonPublicV6(byte[] bytes) {
        int first16 = ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff);
        if ((first16 & 0xe000) == 0x2000) {
            int second16 = ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff);
            boolean ietf = first16 == 0x2001 && second16 < 0x0200;
            boolean documentation = first16 == 0x2001 && second16 == 0x0db8
                    || first16 == 0x3fff && (bytes[2] & 0xf0) == 0;
            return ietf || documentation || first16 == 0x2002;
        }
        boolean compatible = allZero(bytes, 0, 12);
        boolean mapped = allZero(bytes, 0, 10) && bytes[10] == (byte) 0xff && bytes[11] == (byte) 0xff;
        boolean translated = allZero(bytes, 0, 8) && bytes[8] == (byte) 0xff && bytes[9] == (byte) 0xff
                && bytes[10] == 0 && bytes[11] == 0;
        boolean nat64 = bytes[0] == 0 && bytes[1] == 0x64 && bytes[2] == (byte) 0xff && bytes[3] == (byte) 0x9b
                && allZero(bytes, 4, 12);
        if (compatible || mapped || translated || nat64) {
            return isNonPublic(v4(Arrays.copyOfRange(bytes, 12, 16)));
        }
        return true;
    }

    private static boolean allZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static InetAddress v4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<Range> NON_PUBLIC_V4 = List.of(
            new Range(0, 0, 0, 8), new Range(10, 0, 0, 8), new Range(100, 64, 0, 10), new Range(127, 0, 0, 8),
            new Range(169, 254, 0, 16), new Range(172, 16, 0, 12), new Range(192, 0, 0, 24),
            new Range(192, 0, 2, 24), new Range(192, 88, 99, 24), new Range(192, 168, 0, 16),
            new Range(198, 18, 0, 15), new Range(198, 51, 100, 24), new Range(203, 0, 113, 24),
            new Range(224, 0, 0, 4), new Range(240, 0, 0, 4));

    /** An IPv4 prefix. */
    private record Range(int a, int b, int c, int bits) {

        boolean contains(byte[] address) {
            int value = ((address[0] & 0xff) << 24) | ((address[1] & 0xff) << 16) | ((address[2] & 0xff) << 8)
                    | (address[3] & 0xff);
            int network = (a << 24) | (b << 16) | (c << 8);
            int mask = bits == 0 ? 0 : -1 << (32 - bits);
            return (value & mask) == (network & mask);
        }
    }

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }
}
