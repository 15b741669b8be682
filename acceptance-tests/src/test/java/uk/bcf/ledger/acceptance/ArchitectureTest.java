package uk.bcf.ledger.acceptance;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Rules across modules, checked on the main classes of every module this module sees (all but the benchmark).
 * Packages are matched from {@code ledger} on, so that {@link ArchitectureViolationsTest} can show each rule failing
 * on the fixtures in {@code uk.bcf.archfixtures.ledger}.
 */
@AnalyzeClasses(packages = "uk.bcf.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /**
     * Axon's tables, and the columns of theirs whose names are not ordinary words (type, payload, token, segment,
     * owner, diagnostics are left out): uk.bcf.ledger.axon.AxonTables and the migrations V1__event_store.sql and
     * V1__axon_processing.sql.
     */
    static final List<String> AXON_STORAGE_NAMES = List.of(
            "domain_event_entry",
            "snapshot_event_entry",
            "token_entry",
            "dead_letter_entry",
            "global_index",
            "event_identifier",
            "aggregate_identifier",
            "sequence_number",
            "time_stamp",
            "payload_type",
            "payload_revision",
            "meta_data",
            "processor_name",
            "token_type",
            "dead_letter_identifier",
            "processing_group",
            "sequence_identifier",
            "sequence_index",
            "message_type",
            "aggregate_type",
            "enqueued_at",
            "last_touched",
            "processing_started",
            "cause_type",
            "cause_message");

    @ArchTest
    static final ArchRule AXON_STORAGE_IS_NAMED_ONLY_IN_AXON_POSTGRES = classes()
            .that()
            .resideOutsideOfPackages("..ledger.axon..", "..ledger.testsupport..")
            .should(nameNoneOf(AXON_STORAGE_NAMES))
            .because("the services ask Axon's tables through EventStoreIndex, EventStoreLock and TokenStoreReader, so "
                    + "that a change of Axon's schema (or of Axon) touches one module; Flyway's migrations own the "
                    + "tables themselves, and tests may look at what is stored");

    @ArchTest
    static final ArchRule SHARED_EVENTS_HOLD_ONLY_WHAT_BOTH_SERVICES_USE = classes()
            .that()
            .resideInAPackage("..ledger.shared..")
            .and()
            .resideOutsideOfPackage("..ledger.shared.command..")
            .and()
            .doNotHaveSimpleName("package-info")
            .should(beUsedByBothServices())
            .because("shared-events is the contract between the services; what one service alone uses belongs in "
                    + "that service. The commands are the contract for senders, which the query service is to become");

    @ArchTest
    static final ArchRule EVENTS_ARE_REVISED_RECORDS = classes()
            .that()
            .resideInAPackage("..ledger.shared.event..")
            .or()
            .resideInAPackage("..ledger.shared.pool..")
            .and()
            .haveSimpleNameEndingWith("Event")
            .and()
            .areNotInterfaces()
            .should()
            .beAnnotatedWith("org.axonframework.serialization.Revision")
            .andShould()
            .beAssignableTo(Record.class)
            .because("a stored event is read back for ever: an immutable payload with a revision, so that an "
                    + "upcaster can read an older one when its payload changes");

    /** No string literal of the class contains one of the names as a word. */
    static ArchCondition<JavaClass> nameNoneOf(List<String> names) {
        Pattern anyName = Pattern.compile("(?<![A-Za-z0-9_])(" + String.join("|", names) + ")(?![A-Za-z0-9_])");
        return new ArchCondition<>("name none of Axon's tables and columns") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                for (String literal : ClassFileStrings.of(type)) {
                    var found = anyName.matcher(literal);
                    if (found.find()) {
                        events.add(SimpleConditionEvent.violated(
                                type, type.getName() + " names " + found.group(1) + " in \"" + literal.strip() + "\""));
                    }
                }
            }
        };
    }

    /** Used by a class of each service: directly, or through the shared classes that use it. */
    static ArchCondition<JavaClass> beUsedByBothServices() {
        return new ArchCondition<>("be used by both the command service and the query service") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                Set<String> services = servicesUsing(type);
                boolean both = services.containsAll(List.of("command", "query"));
                events.add(new SimpleConditionEvent(
                        type,
                        both,
                        type.getName() + " is used by "
                                + (services.isEmpty() ? "neither service" : "the " + services + " service only")));
            }
        };
    }

    private static Set<String> servicesUsing(JavaClass type) {
        Set<String> services = new TreeSet<>();
        Set<JavaClass> seen = new HashSet<>(Set.of(type));
        Deque<JavaClass> users = new ArrayDeque<>(List.of(type));
        while (!users.isEmpty()) {
            for (Dependency use : users.pop().getDirectDependenciesToSelf()) {
                JavaClass user = use.getOriginClass();
                if (resideInAPackage("..ledger.command..").test(user)) {
                    services.add("command");
                } else if (resideInAPackage("..ledger.query..").test(user)) {
                    services.add("query");
                } else if (resideInAPackage("..ledger.shared..").test(user) && seen.add(user)) {
                    users.push(user);
                }
            }
        }
        return services;
    }
}
