package io.ledgerline.webhook.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Inet6Address;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetPolicyTest {

    private final TargetPolicy strict = new TargetPolicy(false);

    @ParameterizedTest
    @ValueSource(strings = {"https://127.0.0.1/hook", "https://127.1.2.3/hook", "https://10.0.0.8/hook",
        "https://172.16.4.1/hook", "https://192.168.1.1/hook", "https://169.254.169.254/latest/meta-data",
        "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://localhost/hook", "https://localhost:8443/hook",
        "https://[::1]/hook", "https://[fd00::1]/hook", "https://[fe80::1]/hook", "https://[::ffff:10.0.0.1]/hook",
        "https://[64:ff9b::a9fe:a9fe]/hook", "https://224.0.0.1/hook", "https://255.255.255.255/hook"})
    void refusesNonPublicTargets(String target) {
        assertThatThrownBy(() -> strict.check(target)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-public");
    }

    /** IPv6 forms of private addresses and transition ranges, next to public addresses of the same shape. */
    @ParameterizedTest(name = "{0} {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
        2002:0a00:0001::1               | refused | 6to4 of 10.0.0.1
        2002:7f00:0001::1               | refused | 6to4 of 127.0.0.1
        2002:a9fe:a9fe::1               | refused | 6to4 of the metadata address
        2002:5db8:d70e::1               | refused | 6to4 of a public address: the relay decides where it goes
        2001:0:4136:e378:8000:63bf:f5ff:fffe | refused | Teredo of 10.0.0.1
        2001:0000:4136:e378::1          | refused | Teredo, any client
        2001:2::1                       | refused | benchmarking, inside 2001::/23
        2001:db8::1                     | refused | documentation
        3fff::1                         | refused | documentation (RFC 9637)
        64:ff9b::a00:1                  | refused | NAT64 of 10.0.0.1
        64:ff9b::7f00:1                 | refused | NAT64 of 127.0.0.1
        64:ff9b::a9fe:a9fe              | refused | NAT64 of the metadata address
        64:ff9b::5db8:d70e              | public  | NAT64 of a public address (DNS64 networks)
        64:ff9b:1::a00:1                | refused | local-use NAT64 64:ff9b:1::/48
        64:ff9b:1::5db8:d70e            | refused | local-use NAT64, even of a public address
        ::a00:1                         | refused | IPv4-compatible 10.0.0.1
        ::ffff:a00:1                    | refused | IPv4-mapped 10.0.0.1
        ::ffff:0:a00:1                  | refused | IPv4-translated 10.0.0.1
        ::ffff:0:5db8:d70e              | public  | IPv4-translated public address
        ::                              | refused | unspecified
        ::1                             | refused | loopback
        100::1                          | refused | discard-only
        fc00::1                         | refused | unique local
        fe80::1                         | refused | link-local
        ff02::1                         | refused | multicast
        5f00::1                         | refused | segment routing, outside 2000::/3
        2606:2800:21f:cb07:6820:80da:af6b:8b2c | public | global unicast
        2001:4860:4860::8888            | public  | global unicast next to 2001::/23
        2a00:1450:4001:82a::200e        | public  | global unicast
        """)
    void judgesIpv6FormsOfPrivateAddressesAndTransitionRanges(String address, String verdict, String why)
            throws Exception {
        boolean refused = verdict.equals("refused");
        String target = "https://[" + address + "]/hook";

        assertThat(TargetPolicy.isNonPublic(InetAddress.getByName(address))).as(why).isEqualTo(refused);
        if (refused) {
            assertThatThrownBy(() -> strict.check(target)).as(why).hasMessageContaining("non-public");
        } else {
            assertThat(strict.check(target)).as(why).isNotNull();
        }
    }

    @Test
    void refusesAnIpv4MappedAddressEvenWhenAResolverAnswersItAsIpv6() throws Exception {
        byte[] mapped = InetAddress.getByName("::1").getAddress();
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[15] = 1;

        assertThat(TargetPolicy.isNonPublic(Inet6Address.getByAddress(null, mapped, -1))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://93.184.215.14/hook", "ftp://93.184.215.14/hook", "https://user:pw@93.184.215.14/",
        "/relative", "https://93.184.215.14/hook#frag", "not a url", ""})
    void refusesWhatIsNotAnHttpsUrl(String target) {
        assertThatThrownBy(() -> strict.check(target)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAHostWithOnePrivateAddressAmongPublicOnes() throws Exception {
        TargetPolicy policy = new TargetPolicy(false, host -> new InetAddress[] {
            InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.1.2.3")});

        assertThatThrownBy(() -> policy.check("https://rebinding.example/hook"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-public");
    }

    @Test
    void refusesAHostThatDoesNotResolve() {
        TargetPolicy policy = new TargetPolicy(false, host -> {
            throw new java.net.UnknownHostException(host);
        });

        assertThatThrownBy(() -> policy.check("https://nowhere.example/hook"))
                .hasMessageContaining("cannot be resolved");
    }

    @Test
    void acceptsPublicHttpsTargets() throws Exception {
        TargetPolicy policy = new TargetPolicy(false, host -> new InetAddress[] {
            InetAddress.getByName("93.184.215.14"), InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c")});

        assertThat(policy.check("https://hooks.example.com/ledgerline?x=1").toString())
                .isEqualTo("https://hooks.example.com/ledgerline?x=1");
        assertThat(strict.check("https://93.184.215.14/hook")).hasHost("93.184.215.14");
    }

    @Test
    void allowsPrivateAndPlainHttpTargetsOnlyWhenConfiguredForLocalTesting() {
        TargetPolicy local = new TargetPolicy(true);

        assertThat(local.check("http://127.0.0.1:8089/hook")).hasPort(8089);
        assertThatThrownBy(() -> local.check("ftp://127.0.0.1/hook")).isInstanceOf(IllegalArgumentException.class);
    }
}
