package io.ledgerline.identity.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyTest {

    @Test
    void keepsTheKeyAcrossRestartsWhenGivenADirectory(@TempDir Path directory) throws Exception {
        RSAKey first = SigningKey.load(directory);
        RSAKey second = SigningKey.load(directory);

        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPrivateKey()).isEqualTo(first.toRSAPrivateKey());
    }

    @Test
    void makesAFreshKeyWithoutADirectory() {
        assertThat(SigningKey.load(null).getKeyID()).isNotEqualTo(SigningKey.load(null).getKeyID());
    }
}
