package uk.bcf.ledger.shared.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RefusalTest {

    @Test
    void eachKindHasItsProblemTypeUnderThePrefix() {
        Map<RefusalKind, String> types = new LinkedHashMap<>();
        for (RefusalKind kind : RefusalKind.values()) {
            types.put(kind, kind.type());
        }

        assertThat(types)
                .containsExactly(
                        Map.entry(RefusalKind.INVALID, "urn:bcf-ledger:problem:invalid"),
                        Map.entry(RefusalKind.UNAUTHENTICATED, "urn:bcf-ledger:problem:unauthenticated"),
                        Map.entry(RefusalKind.FORBIDDEN, "urn:bcf-ledger:problem:forbidden"),
                        Map.entry(RefusalKind.CROSS_SITE_REQUEST, "urn:bcf-ledger:problem:cross-site-request"),
                        Map.entry(RefusalKind.NOT_FOUND, "urn:bcf-ledger:problem:not-found"),
                        Map.entry(RefusalKind.CONFLICT, "urn:bcf-ledger:problem:conflict"),
                        Map.entry(RefusalKind.CONCURRENT_CHANGE, "urn:bcf-ledger:problem:concurrent-change"),
                        Map.entry(RefusalKind.TOO_LARGE, "urn:bcf-ledger:problem:too-large"),
                        Map.entry(RefusalKind.UNSUPPORTED_MEDIA_TYPE, "urn:bcf-ledger:problem:unsupported-media-type"),
                        Map.entry(RefusalKind.UNPROCESSABLE, "urn:bcf-ledger:problem:unprocessable"),
                        Map.entry(RefusalKind.IMPORT_REJECTED, "urn:bcf-ledger:problem:import-rejected"),
                        Map.entry(RefusalKind.TOO_MANY_REQUESTS, "urn:bcf-ledger:problem:too-many-requests"),
                        Map.entry(RefusalKind.NOT_CAUGHT_UP, "urn:bcf-ledger:problem:not-caught-up"),
                        Map.entry(RefusalKind.BUSY, "urn:bcf-ledger:problem:busy"),
                        Map.entry(RefusalKind.UNAVAILABLE, "urn:bcf-ledger:problem:unavailable"));
    }

    @Test
    void onlyRefusalsOfTimeAreWorthRetryingUnchanged() {
        assertThat(RefusalKind.values())
                .filteredOn(RefusalKind::retryable)
                .containsExactly(
                        RefusalKind.TOO_MANY_REQUESTS,
                        RefusalKind.NOT_CAUGHT_UP,
                        RefusalKind.BUSY,
                        RefusalKind.UNAVAILABLE);
    }

    @Test
    void itsMessageNamesTheFieldWhenThereIsOne() {
        assertThat(Refusal.invalid("period", "is required")).hasMessage("period: is required");
        assertThat(Refusal.forbidden(null, "your roles do not allow this")).hasMessage("your roles do not allow this");
    }

    @Test
    void itKeepsItsExtensionsInTheOrderGiven() {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("totals", Map.of("errors", 1));
        report.put("rows", List.of());
        report.put("applied", false);

        Refusal refusal = new Refusal(RefusalKind.IMPORT_REJECTED, "file", "1 of 2 rows refused", report);

        assertThat(refusal.extensions())
                .containsExactly(
                        Map.entry("totals", Map.of("errors", 1)),
                        Map.entry("rows", List.of()),
                        Map.entry("applied", false));
        assertThatThrownBy(() -> refusal.extensions().put("more", 1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anExtensionCannotTakeTheNameOfAProblemMember() {
        assertThatThrownBy(() -> new Refusal(RefusalKind.TOO_LARGE, "file", "too big", Map.of("status", 200)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'status'");
    }
}
