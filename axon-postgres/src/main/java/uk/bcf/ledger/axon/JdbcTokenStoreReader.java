package uk.bcf.ledger.axon;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link TokenStoreReader} on the token table of the configured {@link TokenSchema}, deserialising tokens with the
 * serializer the token store writes them with.
 */
final class JdbcTokenStoreReader implements TokenStoreReader {

    private final JdbcClient jdbc;
    private final Serializer serializer;
    private final TokenSchema schema;
    private final String segments;

    JdbcTokenStoreReader(DataSource dataSource, Serializer serializer, TokenSchema schema) {
        this.jdbc = JdbcClient.create(dataSource);
        this.serializer = serializer;
        this.schema = schema;
        this.segments = "select "
                + String.join(
                        ", ",
                        schema.processorNameColumn(),
                        schema.segmentColumn(),
                        schema.tokenColumn(),
                        schema.tokenTypeColumn(),
                        schema.ownerColumn())
                + " from " + schema.tokenTable() + " where " + schema.processorNameColumn() + " in (:names)"
                + " order by " + schema.processorNameColumn() + ", " + schema.segmentColumn();
    }

    @Override
    public List<StoredToken> segments(Collection<String> processors) {
        if (processors.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(segments)
                .param("names", processors)
                .query(this::storedToken)
                .list();
    }

    private StoredToken storedToken(ResultSet row, int rowNumber) throws SQLException {
        byte[] token = row.getBytes(schema.tokenColumn());
        TrackingToken deserialized = token == null
                ? null
                : serializer.deserialize(new SimpleSerializedObject<>(
                        token, byte[].class, row.getString(schema.tokenTypeColumn()), null));
        return new StoredToken(
                row.getString(schema.processorNameColumn()),
                row.getInt(schema.segmentColumn()),
                deserialized,
                row.getString(schema.ownerColumn()));
    }
}
