package uk.bcf.ledger.security;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * The short-lived signed tokens with which the query service, the browser's one address, relays a page's write to
 * the command service on behalf of the signed-in user (ADR 14). A token is a JWT signed with HMAC-SHA256 under the
 * secret both services hold ({@code bcf.security.relay.secret}), issued by {@value #ISSUER} for {@value #AUDIENCE},
 * valid for {@code bcf.security.relay.lifetime} (60 s), naming the user ({@code sub}), the security stamp of the
 * browser session's sign-in ({@value #STAMP}) and the browser's address ({@value #CLIENT_ADDRESS}). It carries no
 * roles or boards: the command service reads those from the user's current record ({@link RelayCallers}).
 */
public final class RelayTokens {

    static final String ISSUER = "bcf-query-service";
    static final String AUDIENCE = "bcf-command-service";
    static final String STAMP = "bcf_stamp";
    static final String CLIENT_ADDRESS = "bcf_client_address";
    private static final int MINIMUM_SECRET_BYTES = 32;

    private final SecretKey key;
    private final LedgerSecurityProperties.Relay relay;
    private final Clock clock;

    public RelayTokens(LedgerSecurityProperties.Relay relay, Clock clock) {
        byte[] secret = relay.secret().getBytes(StandardCharsets.UTF_8);
        if (secret.length < MINIMUM_SECRET_BYTES) {
            throw new IllegalStateException("bcf.security.relay.secret (BCF_RELAY_SECRET) must be at least "
                    + MINIMUM_SECRET_BYTES + " bytes, the same on both services");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.relay = relay;
        this.clock = clock;
    }

    /** A token for a write the signed-in user makes through a page now, from the browser at that address. */
    public String issue(String username, long stamp, String clientAddress) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject(username)
                .issuedAt(now)
                .expiresAt(now.plus(relay.lifetime()))
                .claim(STAMP, stamp);
        if (clientAddress != null) {
            claims.claim(CLIENT_ADDRESS, clientAddress);
        }
        return new NimbusJwtEncoder(new ImmutableSecret<>(key))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(MacAlgorithm.HS256).build(), claims.build()))
                .getTokenValue();
    }

    /** The decoder the command service checks relay tokens with: signature, issuer, audience and expiry. */
    public JwtDecoder decoder() {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(key)
                .macAlgorithm(MacAlgorithm.HS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(ISSUER),
                new JwtClaimValidator<List<String>>(
                        JwtClaimNames.AUD, audience -> audience != null && audience.contains(AUDIENCE)),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, expiry -> expiry != null)));
        return decoder;
    }

    /** The browser's address a relayed token names, if any. */
    public static String clientAddress(Jwt token) {
        return token.getClaimAsString(CLIENT_ADDRESS);
    }
}
