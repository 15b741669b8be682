package uk.bcf.ledger.command.rules;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Hamcrest matchers for refused commands, for Axon's aggregate fixtures. */
public final class Refusals {

    private Refusals() {
    }

    /** Matches a {@link RuleViolation} of the given kind that names the given request field. */
    public static Matcher<RuleViolation> refusal(ViolationKind kind, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RuleViolation violation) {
                return violation.kind() == kind && field.equals(violation.field());
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a RuleViolation " + kind + " on field '" + field + "'");
            }

            @Override
            protected void describeMismatchSafely(RuleViolation violation, Description description) {
                description.appendText("was " + violation.kind() + " on field '" + violation.field() + "': " + violation.reason());
            }
        };
    }
}
