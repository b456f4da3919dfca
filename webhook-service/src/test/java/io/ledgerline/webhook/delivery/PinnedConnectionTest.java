package io.ledgerline.webhook.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.ledgerline.webhook.WebhookFixtures;
import io.ledgerline.webhook.subscription.SealedSecrets;
import io.ledgerline.webhook.subscription.SecretCipher;
import io.ledgerline.webhook.subscription.TargetPolicy;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * DNS rebinding: the SSRF rule and the connection must see the same answer. A scripted resolver answers a public
 * address first and loopback afterwards; a listener on loopback proves whether anything connected to it.
 */
class PinnedConnectionTest {

    private static final SecretCipher CIPHER = SecretCipher.fromBase64(WebhookFixtures.SECRET_KEY);

    private final List<WebhookSender> senders = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (WebhookSender sender : senders) {
            sender.close();
        }
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckIsNeverConnectedTo() throws Exception {
        try (ServerSocket loopback = listener()) {
            ScriptedResolver resolver = new ScriptedResolver("93.184.215.14", "127.0.0.1");
            TargetPolicy strict = new TargetPolicy(false, resolver);
            String target = "https://rebind.invalid:" + loopback.getLocalPort() + "/hook";
            assertThat(strict.check(target)).as("registration sees the public address").isNotNull();

            AttemptResult result = sender(strict).send(delivery(target)).join();

            assertThat(result.statusCode()).isNull();
            assertThat(result.error()).startsWith("refused: ").contains("non-public");
            assertThat(resolver.calls()).as("one lookup for the check, one for the connection").isEqualTo(2);
            assertNothingConnected(loopback);
        }
    }

    @Test
    void aNameWithOnePublicAndOnePrivateAddressIsNotConnectedToEither() throws Exception {
        try (ServerSocket loopback = listener()) {
            TargetPolicy strict = new TargetPolicy(false, host -> new InetAddress[] {
                InetAddress.getByName("93.184.215.14"), InetAddress.getByName("127.0.0.1")});

            AttemptResult result = sender(strict)
                    .send(delivery("https://mixed.invalid:" + loopback.getLocalPort() + "/hook")).join();

            assertThat(result.error()).startsWith("refused: ");
            assertNothingConnected(loopback);
        }
    }

    @Test
    void aLiteralPrivateAddressIsNotConnectedToOnceTheRuleIsStrict() throws Exception {
        try (ServerSocket loopback = listener()) {
            AttemptResult result = sender(new TargetPolicy(false))
                    .send(delivery("https://127.0.0.1:" + loopback.getLocalPort() + "/hook")).join();

            assertThat(result.error()).startsWith("refused: ");
            assertNothingConnected(loopback);
        }
    }

    @Test
    void connectsToTheAddressTheRuleResolvedAndKeepsTheHostNameInTheRequest() throws Exception {
        WireMockServer receiver = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        receiver.start();
        try {
            receiver.stubFor(post(urlEqualTo("/hook")).willReturn(ok()));
            ScriptedResolver resolver = new ScriptedResolver("127.0.0.1");
            String target = "http://hooks.invalid:" + receiver.port() + "/hook";

            // generous timeouts: this attempt must succeed, also on a loaded machine with a cold WireMock
            AttemptResult result = sender(new TargetPolicy(true, resolver), Duration.ofSeconds(10))
                    .send(delivery(target)).join();

            assertThat(result.statusCode()).as("hooks.invalid exists only in the scripted resolver; error: %s",
                    result.error()).isEqualTo(200);
            assertThat(resolver.calls()).isEqualTo(1);
            receiver.verify(1, postRequestedFor(urlEqualTo("/hook"))
                    .withHeader("Host", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                            "hooks.invalid:" + receiver.port())));
        } finally {
            receiver.stop();
        }
    }

    private WebhookSender sender(TargetPolicy policy) {
        return sender(policy, Duration.ofSeconds(2));
    }

    private WebhookSender sender(TargetPolicy policy, Duration responseTimeout) {
        WebhookSender sender = WebhookSender.create(policy, CIPHER, Duration.ofSeconds(1), responseTimeout, 4,
                Clock.systemUTC());
        senders.add(sender);
        return sender;
    }

    private static DueDelivery delivery(String target) {
        String webhook = WebhookFixtures.newId();
        return new DueDelivery(WebhookFixtures.newId(), webhook, target,
                new SealedSecrets(CIPHER.seal(WebhookFixtures.SECRET, webhook), null, null),
                "{\"id\":\"e-1\"}".getBytes(StandardCharsets.UTF_8), 0);
    }

    private static ServerSocket listener() throws Exception {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        socket.setSoTimeout(300);
        return socket;
    }

    /** A connection completes in the kernel's backlog even unaccepted, so accept() would return it. */
    private static void assertNothingConnected(ServerSocket loopback) {
        assertThatThrownBy(loopback::accept).as("nothing connected to loopback")
                .isInstanceOf(SocketTimeoutException.class);
    }

    /** Answers each address in turn, the last one from then on, and counts the lookups. */
    private static final class ScriptedResolver implements TargetPolicy.Resolver {

        private final List<String> answers;
        private int calls;

        ScriptedResolver(String... answers) {
            this.answers = List.of(answers);
        }

        @Override
        public synchronized InetAddress[] resolve(String host) throws java.net.UnknownHostException {
            String answer = answers.get(Math.min(calls, answers.size() - 1));
            calls++;
            return new InetAddress[] {InetAddress.getByName(answer)};
        }

        synchronized int calls() {
            return calls;
        }
    }
}
