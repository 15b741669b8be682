package uk.bcf.ledger.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class PostgresDuplicateKeyResolverTest {

    private final PostgresDuplicateKeyResolver resolver = new PostgresDuplicateKeyResolver();

    @Test
    void recognisesAUniqueViolationAnywhereAmongTheCauses() {
        SQLException uniqueViolation = new SQLException("duplicate key value violates unique constraint", "23505");
        Exception wrapped = new IllegalStateException(
                "append failed", new BatchUpdateException("batch aborted", "23505", 0, new int[0], uniqueViolation));

        assertThat(resolver.isDuplicateKeyViolation(wrapped)).isTrue();
        assertThat(resolver.isDuplicateKeyViolation(uniqueViolation)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNotDuplicates() {
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("value too long", "22001")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new SQLException("connection refused", "08001")))
                .isFalse();
        assertThat(resolver.isDuplicateKeyViolation(new IllegalStateException("no SQL involved")))
                .isFalse();
    }
}
