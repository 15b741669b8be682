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
import java.util.function.Consumer;

/**
 * A stand-in identity provider: an RSA key pair of its own, whose public key it writes as a PEM file for the
 * service's {@code public-key-location}, and signed JWTs carrying a user's name, roles and boards, issued by
 * {@value #ISSUER} for the audience {@value #AUDIENCE} (the services under test are configured for both:
 * {@link #serviceProperties()}).
 */
public final class TokenIssuer {

    /** The issuer ({@code iss}) of every token. */
    public static final String ISSUER = "https://idp.test.example";

    /** The audience ({@code aud}) of every token, unless a test changes it. */
    public static final String AUDIENCE = "bcf-ledger-test";

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

    /** The properties that make a service under test trust this provider's tokens: issuer and audience. */
    public static String[] serviceProperties() {
        return new String[] {"bcf.security.oidc.issuer=" + ISSUER, "bcf.security.oidc.audience=" + AUDIENCE};
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
        return token(username, roles, boards, expiresAt, claims -> {});
    }

    /**
     * A token valid for five minutes, its claims then changed by {@code changes} (another audience, no expiry, roles
     * as a string, …), as an identity provider might issue one for another application.
     */
    public String token(String username, Object roles, Consumer<JWTClaimsSet.Builder> changes) {
        return token(username, roles, List.of(), Instant.now().plus(Duration.ofMinutes(5)), changes);
    }

    private String token(
            String username,
            Object roles,
            List<String> boards,
            Instant expiresAt,
            Consumer<JWTClaimsSet.Builder> changes) {
        Instant now = Instant.now();
        Instant issuedAt = now.isBefore(expiresAt) ? now : expiresAt.minus(Duration.ofMinutes(10));
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .subject("subject-of-" + username)
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .claim("preferred_username", username)
                .claim("roles", roles)
                .claim("bcf_boards", boards)
                .issueTime(Date.from(issuedAt))
                .expirationTime(Date.from(expiresAt));
        changes.accept(builder);
        JWTClaimsSet claims = builder.build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner(keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }
}
