package uk.bcf.ledger.query.performance;

/** How the explicit denominators of consecutive figures combine when their counts are added up. */
enum DenominatorMerge {
    /** A sum of events keeps the denominator of its latest figure (null: the population is used). */
    LATEST {
        @Override
        Long merge(Long earlier, Long later) {
            return later;
        }
    },
    /** A ratio of sums adds the denominators up, just like the numerators. */
    SUMMED {
        @Override
        Long merge(Long earlier, Long later) {
            return earlier == null || later == null ? null : earlier + later;
        }
    };

    abstract Long merge(Long earlier, Long later);
}
