package uk.bcf.ledger.query.workbench;

import org.springframework.web.util.UriComponentsBuilder;
import uk.bcf.ledger.query.relay.RelayAnswer;

/**
 * Where a form goes once its write is accepted: the page that shows the result, asked to wait until the read models
 * have processed the write ({@code awaitPosition}), so that the user sees what they have just done.
 */
final class Redirects {

    private Redirects() {}

    static String toHistory(String board, String kind, String metric, RelayAnswer answer) {
        Object period = answer.fields().get("period");
        return to("/boards/{code}/history/{kind}/{metric}/{period}", answer, board, kind, metric, period);
    }

    static String to(String template, RelayAnswer answer, Object... variables) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(template);
        Object position = answer.fields().get("position");
        if (position != null) {
            uri.queryParam("awaitPosition", position);
        }
        return "redirect:" + uri.buildAndExpand(variables).encode().toUriString();
    }
}
