package uk.bcf.ledger.query.pages;

import java.util.List;

/** The boards of the start page, by name. */
public record BoardIndexView(List<BoardEntry> boards) {

    public BoardIndexView {
        boards = List.copyOf(boards);
    }

    /** A board with the financial years it has figures for, newest first. */
    public record BoardEntry(String code, String name, List<String> years) {}
}
