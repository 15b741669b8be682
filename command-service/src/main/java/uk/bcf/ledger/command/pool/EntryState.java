package uk.bcf.ledger.command.pool;

/** The latest version of one entry of a pool, as far as the ledger's decisions need it. */
record EntryState<T>(int version, T value, boolean active) {

    static int nextVersion(EntryState<?> current) {
        return current == null ? 1 : current.version() + 1;
    }

    EntryState<T> withdrawn(int newVersion) {
        return new EntryState<>(newVersion, value, false);
    }
}
