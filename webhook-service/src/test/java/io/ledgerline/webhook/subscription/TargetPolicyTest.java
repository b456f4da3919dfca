package io.ledgerline.webhook.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

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
