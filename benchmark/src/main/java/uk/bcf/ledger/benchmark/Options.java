package uk.bcf.ledger.benchmark;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.bcf.ledger.benchmark.dataset.DatasetSpec;

/**
 * The command line: {@code generate|run|query|profile-summary} followed by {@code --name value} options and flags.
 *
 * <ul>
 *   <li>{@code --seed N}, {@code --events N}: the dataset (both commands);</li>
 *   <li>{@code --out DIR}: where {@code generate} writes its files, and {@code run} its results and logs;</li>
 *   <li>{@code --load URL}: {@code generate} also loads the dataset into the command service there;</li>
 *   <li>{@code --profile}: {@code run} and {@code query} record the services with Java Flight Recorder while measuring;</li>
 *   <li>{@code --only rebuild|reads}: which query-side measurements {@code query} repeats, and {@code --query-jar PATH}
 *       the query-service jar it runs;</li>
 *   <li>{@code --database-url URL}: the admin JDBC URL of the PostgreSQL server {@code run} creates its database on;</li>
 *   <li>{@code --command-service-args "…"}, {@code --query-service-args "…"}: arguments for the service jars, such as
 *       Spring properties to try ({@code --bcf.axon.storage-batch-size=2000}), separated by spaces.</li>
 * </ul>
 */
public record Options(String command, Map<String, String> values, Set<String> flags) {

    private static final Set<String> FLAGS = Set.of("profile");

    public static Options parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException(
                    "usage: generate|run|query|profile-summary [--seed N] [--events N] [--out DIR] ...");
        }
        Map<String, String> values = new HashMap<>();
        java.util.HashSet<String> flags = new java.util.HashSet<>();
        List<String> rest = List.of(args).subList(1, args.length);
        for (int i = 0; i < rest.size(); i++) {
            String arg = rest.get(i);
            if (!arg.startsWith("--")) {
                values.put("file", arg);
                continue;
            }
            String name = arg.substring(2);
            if (FLAGS.contains(name)) {
                flags.add(name);
            } else if (i + 1 < rest.size()) {
                values.put(name, rest.get(++i));
            } else {
                throw new IllegalArgumentException(arg + " needs a value");
            }
        }
        return new Options(args[0], Map.copyOf(values), Set.copyOf(flags));
    }

    public DatasetSpec spec() {
        return DatasetSpec.of(number("seed", DatasetSpec.DEFAULT_SEED), number("events", DatasetSpec.DEFAULT_EVENTS));
    }

    public Path out(String fallback) {
        return Path.of(values.getOrDefault("out", fallback));
    }

    public String value(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    /** A space-separated option as a list; empty when absent. */
    public List<String> list(String name) {
        String text = values.get(name);
        return text == null || text.isBlank() ? List.of() : List.of(text.trim().split("\\s+"));
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    private long number(String name, long fallback) {
        String text = values.get(name);
        return text == null ? fallback : Long.parseLong(text.replace("_", "").replace(",", ""));
    }
}
