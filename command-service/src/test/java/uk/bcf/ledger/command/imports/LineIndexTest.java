package uk.bcf.ledger.command.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lines ending in LF, CRLF or a lone CR. */
class LineIndexTest {

    @Test
    void findsTheLineOfEachCharacter() {
        LineIndex lines = LineIndex.of("ab\r\ncd\nef\rgh");

        assertThat(lines.lineOf(0)).isEqualTo(1);
        assertThat(lines.lineOf(3)).isEqualTo(1);
        assertThat(lines.lineOf(4)).isEqualTo(2);
        assertThat(lines.lineOf(7)).isEqualTo(3);
        assertThat(lines.lineOf(10)).isEqualTo(4);
    }
}
