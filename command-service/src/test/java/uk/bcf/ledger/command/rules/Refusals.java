package uk.bcf.ledger.command.rules;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import uk.bcf.ledger.shared.refusal.Refusal;
import uk.bcf.ledger.shared.refusal.RefusalKind;

/** Hamcrest matchers for refused commands, for Axon's aggregate fixtures. */
public final class Refusals {

    private Refusals() {}

    /** Matches a {@link Refusal} of the given kind that names the given request field. */
    public static Matcher<Refusal> refusal(RefusalKind kind, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Refusal refusal) {
                return refusal.kind() == kind && field.equals(refusal.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a Refusal " + kind + " on field '" + field + "'");
            }

            @Override
            protected void describeMismatchSafely(Refusal refusal, Description description) {
                description.appendText(
                        "was " + refusal.kind() + " on field '" + refusal.field() + "': " + refusal.reason());
            }
        };
    }
}
