package uk.bcf.ledger.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class TestDatabaseTest {

    @Test
    void createsAnEmptyDatabaseOfItsOwnAndDropsIt() throws SQLException {
        TestDatabase first = TestDatabase.create();
        TestDatabase second = TestDatabase.create();
        assertThat(first.name()).isNotEqualTo(second.name());
        try (Connection connection = first.connect();
                Statement statement = connection.createStatement()) {
            statement.execute("create table probe (id int)");
            try (ResultSet tables = statement.executeQuery(
                    "select count(*) from information_schema.tables where table_schema = 'public'")) {
                tables.next();
                assertThat(tables.getInt(1)).isEqualTo(1);
            }
        }
        first.drop();
        try (Connection connection = second.connect();
                Statement statement = connection.createStatement();
                ResultSet exists = statement.executeQuery(
                        "select count(*) from pg_database where datname = '" + first.name() + "'")) {
            exists.next();
            assertThat(exists.getInt(1)).isZero();
        }
    }

    @Test
    void pointsTheAdminUrlAtTheNewDatabase() {
        DatabaseServer server = new DatabaseServer("jdbc:postgresql://db:5432/postgres?ssl=false", "u", "p");
        assertThat(server.jdbcUrlFor("bcf_test_1")).isEqualTo("jdbc:postgresql://db:5432/bcf_test_1?ssl=false");
    }
}
