package uk.bcf.ledger.query.pages;

import java.util.List;

/**
 * The boards of the start page, by name.
 *
 * @param boards    the boards the caller may see listed
 * @param allBoards whether the caller's scope is every board (so none listed means none registered)
 */
public record BoardIndexView(List<BoardEntry> boards, boolean allBoards) {

    public BoardIndexView {
        boards = List.copyOf(boards);
    }

    /**
     * A board with the financial years it has figures for, newest first.
     *
     * @param readable whether the caller may open its figures (an administrator lists every board but reads none)
     * @param writable whether the caller may record its figures
     */
    public record BoardEntry(String code, String name, List<String> years, boolean readable, boolean writable) {}
}
