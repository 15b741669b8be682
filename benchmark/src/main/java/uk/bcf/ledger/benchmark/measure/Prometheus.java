package uk.bcf.ledger.benchmark.measure;

import uk.bcf.ledger.benchmark.load.HttpJson;

/** Reads samples from a service's {@code /actuator/prometheus} scrape. */
public final class Prometheus {

    private final HttpJson http;

    public Prometheus(HttpJson http) {
        this.http = http;
    }

    /**
     * The sum of every sample of the metric whose labels contain all the given {@code name="value"} pairs; NaN when
     * there is none.
     */
    public double sum(String metric, String... labels) {
        HttpJson.Response scrape = http.get("/actuator/prometheus", "text/plain");
        if (scrape.status() != 200) {
            throw new IllegalStateException("prometheus scrape answered " + scrape.status());
        }
        double sum = 0;
        boolean found = false;
        for (String line : scrape.body().split("\n")) {
            if (line.startsWith(metric + "{") || line.startsWith(metric + " ")) {
                if (hasLabels(line, labels)) {
                    sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                    found = true;
                }
            }
        }
        return found ? sum : Double.NaN;
    }

    private static boolean hasLabels(String line, String... labels) {
        for (String label : labels) {
            if (!line.contains(label)) {
                return false;
            }
        }
        return true;
    }
}
