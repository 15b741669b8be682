package uk.bcf.ledger.query.relay;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.security.LedgerUserDetails;
import uk.bcf.ledger.security.RelayTokens;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/**
 * The {@code Authorization} a relayed write carries for the signed-in user: with password sign-in a fresh relay token
 * naming the user, the stamp of the session's sign-in and the browser's address ({@link RelayTokens}); with OpenID
 * Connect the user's own bearer token, which the command service checks as it checks any.
 */
@Component
class RelayCredentials {

    private final ObjectProvider<RelayTokens> tokens;

    RelayCredentials(ObjectProvider<RelayTokens> tokens) {
        this.tokens = tokens;
    }

    String authorization(Authentication caller, HttpServletRequest request) {
        if (caller instanceof JwtAuthenticationToken token) {
            return "Bearer " + token.getToken().getTokenValue();
        }
        RelayTokens relay = tokens.getIfAvailable();
        if (relay == null || !(caller.getPrincipal() instanceof LedgerUserDetails user)) {
            throw new Refusal(
                    RefusalKind.FORBIDDEN,
                    null,
                    "this service is not set up to pass writes on (BCF_RELAY_SECRET is not set); ask the administrator");
        }
        return "Bearer " + relay.issue(user.getUsername(), user.stamp(), request.getRemoteAddr());
    }
}
