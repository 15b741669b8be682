package uk.bcf.ledger.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;

/**
 * The architecture rules every service keeps, and the parts that each service's own rules are made of. A service's
 * {@code ArchitectureTest} includes the rules ({@code ArchTests.in(ServiceArchitecture.class)}) and states the rules
 * of its own packages with {@link #FRAMEWORK_EDGES} and {@link #FRAMEWORKS}.
 *
 * <p>Spring and Axon types are named by their class names, so that this module needs neither framework.
 */
public final class ServiceArchitecture {

    /** The packages of the frameworks that stay at the edges: Spring, Axon, and Jackson's serialisation machinery. */
    public static final String[] FRAMEWORKS = {
        "org.springframework..",
        "org.axonframework..",
        "com.fasterxml.jackson.core..",
        "com.fasterxml.jackson.databind..",
        "tools.jackson.."
    };

    /** Spring beans: classes annotated {@code @Component} or with an annotation that carries it. */
    public static final DescribedPredicate<JavaClass> SPRING_BEANS = DescribedPredicate.describe(
            "Spring beans (meta-annotated with @Component: @Service, @Repository, @Controller, @RestController, "
                    + "@Configuration, Axon's @Aggregate)",
            type -> type.isMetaAnnotatedWith("org.springframework.stereotype.Component"));

    /** Classes with Axon message handlers: {@code @CommandHandler}, {@code @EventHandler}, {@code @QueryHandler}, ... */
    public static final DescribedPredicate<JavaClass> AXON_HANDLERS = DescribedPredicate.describe(
            "classes with Axon message handlers",
            type -> type.getCodeUnits().stream()
                    .anyMatch(handler ->
                            handler.isMetaAnnotatedWith("org.axonframework.messaging.annotation.MessageHandler")));

    /** Classes that implement or extend a framework type: an interceptor, a health indicator, a synchronisation. */
    public static final DescribedPredicate<JavaClass> FRAMEWORK_ADAPTERS = DescribedPredicate.describe(
            "implementations of Spring or Axon types",
            type -> Stream.concat(type.getAllRawSuperclasses().stream(), type.getAllRawInterfaces().stream())
                    .anyMatch(ServiceArchitecture::isFrameworkType));

    /**
     * Where a feature meets the frameworks: Spring beans, Axon handlers and framework adapters. Everything else in a
     * feature is plain Java.
     */
    public static final DescribedPredicate<JavaClass> FRAMEWORK_EDGES = DescribedPredicate.describe(
            "framework edges (Spring beans, classes with Axon handlers, implementations of Spring or Axon types)",
            type -> SPRING_BEANS.test(type) || AXON_HANDLERS.test(type) || FRAMEWORK_ADAPTERS.test(type));

    /** Controllers are reached through their mappings, never called: nothing outside their package needs them. */
    @ArchTest
    public static final ArchRule CONTROLLERS_ARE_PACKAGE_PRIVATE = classes()
            .that()
            .areMetaAnnotatedWith("org.springframework.stereotype.Controller")
            .should()
            .notBePublic()
            .because("an endpoint is reached by its URL, not called from other packages (docs/naming.md: …Controller)");

    /** The handler methods of controllers too. */
    @ArchTest
    public static final ArchRule ENDPOINTS_ARE_PACKAGE_PRIVATE = methods()
            .that()
            .areMetaAnnotatedWith("org.springframework.web.bind.annotation.RequestMapping")
            .should()
            .notBePublic()
            .because("an endpoint is reached by its URL, not called from other packages (docs/naming.md: …Controller)");

    /** Constructor injection only, so that every class can be built in a plain unit test. */
    @ArchTest
    public static final ArchRule NO_FIELD_INJECTION = fields().should()
            .notBeMetaAnnotatedWith("org.springframework.beans.factory.annotation.Autowired")
            .because("dependencies come through the constructor, so a class can be built without Spring in a test");

    /** Moments are {@code java.time} values. */
    @ArchTest
    public static final ArchRule NO_LEGACY_DATES = noClasses()
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Date")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.util.Calendar")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("java.text.SimpleDateFormat")
            .because(
                    "moments are Instants and days LocalDates: java.util.Date and Calendar are mutable and zone-blind");

    private ServiceArchitecture() {}

    private static boolean isFrameworkType(JavaClass type) {
        return type.getPackageName().startsWith("org.springframework.")
                || type.getPackageName().startsWith("org.axonframework.");
    }
}
