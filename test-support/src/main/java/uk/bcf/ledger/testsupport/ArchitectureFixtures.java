package uk.bcf.ledger.testsupport;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import java.util.stream.Stream;

/**
 * Classes written to break or keep architecture rules, under one package, and the checks that show a rule fails on
 * the first kind and passes the second. The fixtures are imported a few at a time, so that a failure is theirs.
 */
public final class ArchitectureFixtures {

    private final String root;
    private final JavaClasses all;

    /** The fixtures under a package (outside the services' own packages, which component scanning reaches). */
    public ArchitectureFixtures(String root) {
        this.root = root;
        this.all = new ClassFileImporter().importPackages(root);
    }

    /**
     * Fails unless the rule fails on these fixtures (names relative to the root) and its report names the first.
     */
    public void assertBreaks(ArchRule rule, String violator, String... others) {
        JavaClasses checked = named(violator, others);
        try {
            rule.check(checked);
        } catch (AssertionError violation) {
            if (!violation.getMessage().contains(root + "." + violator)) {
                throw new AssertionError(
                        "'" + rule.getDescription() + "' failed without naming " + violator, violation);
            }
            return;
        }
        throw new AssertionError("'" + rule.getDescription() + "' passed "
                + checked.stream().map(JavaClass::getName).toList());
    }

    /** Fails unless the rule passes these fixtures (names relative to the root). */
    public void assertKeeps(ArchRule rule, String fixture, String... others) {
        rule.check(named(fixture, others));
    }

    private JavaClasses named(String first, String... others) {
        List<String> names = Stream.concat(Stream.of(first), Stream.of(others))
                .map(name -> root + "." + name)
                .toList();
        JavaClasses chosen = all.that(
                DescribedPredicate.describe("named " + names, (JavaClass type) -> names.contains(type.getName())));
        if (chosen.size() != names.size()) {
            throw new IllegalArgumentException("no fixture for some of " + names);
        }
        return chosen;
    }
}
