package io.ledgerline.identity.config;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

/**
 * The RSA key that signs every token. Without a directory a new key is made at each start (tokens issued
 * before a restart then fail validation, which is fine locally); with one, the key is read from it or made
 * once and written there, so tokens survive a restart. The key id is the key's JWK thumbprint.
 */
final class SigningKey {

    private static final String PRIVATE_KEY = "signing-key.pkcs8";
    private static final String PUBLIC_KEY = "signing-key.x509";

    private SigningKey() {
    }

    static RSAKey load(Path directory) {
        try {
            KeyPair keys = directory == null ? generate() : readOrCreate(directory);
            RSAKey rsa = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                    .privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .build();
            return new RSAKey.Builder(rsa).keyID(rsa.computeThumbprint().toString()).build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException("Could not make the signing key", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep the signing key in " + directory, e);
        }
    }

    private static KeyPair readOrCreate(Path directory) throws IOException, GeneralSecurityException {
        Path privateKey = directory.resolve(PRIVATE_KEY);
        Path publicKey = directory.resolve(PUBLIC_KEY);
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new KeyPair(rsa.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicKey))),
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateKey))));
        }
        KeyPair keys = generate();
        Files.createDirectories(directory);
        Files.write(publicKey, keys.getPublic().getEncoded());
        Files.write(privateKey, keys.getPrivate().getEncoded());
        restrictToOwner(privateKey);
        return keys;
    }

    private static void restrictToOwner(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static KeyPair generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
