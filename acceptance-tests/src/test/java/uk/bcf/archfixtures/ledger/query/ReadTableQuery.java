package uk.bcf.archfixtures.ledger.query;

/** Reads a read table of its own: keeps AXON_STORAGE_IS_NAMED_ONLY_IN_AXON_POSTGRES. */
public final class ReadTableQuery {

    public static final String BOARDS = "select board_code, name from read_model.board order by board_code";
}
