package uk.bcf.ledger.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/**
 * A stand-in identity provider: an RSA key pair of its own, whose public key it writes as a PEM file for the
 * service's {@code public-key-location}, and signed JWTs carrying a user's name, roles and boards.
 */
public final class TokenIssuer {

    private final KeyPair keys;

    public TokenIssuer() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has RSA", e);
        }
    }

    /** The public key as a PEM file, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public Path publicKeyFile() {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(keys.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        try {
            Path file = Files.createTempFile("bcf-oidc-", ".pem");
            file.toFile().deleteOnExit();
            return Files.writeString(file, pem);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the public key", e);
        }
    }

    /** A token valid for five minutes from now. */
    public String token(String username, List<String> roles, List<String> boards) {
        return token(username, roles, boards, Instant.now().plus(Duration.ofMinutes(5)));
    }

    public String token(String username, List<String> roles, List<String> boards, Instant expiresAt) {
        Instant now = Instant.now();
        Instant issuedAt = now.isBefore(expiresAt) ? now : expiresAt.minus(Duration.ofMinutes(10));
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject("subject-of-" + username)
                .issuer("https://idp.test.example")
                .claim("preferred_username", username)
                .claim("roles", roles)
                .claim("bcf_boards", boards)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }
}
