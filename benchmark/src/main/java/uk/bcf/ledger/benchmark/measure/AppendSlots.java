package uk.bcf.ledger.benchmark.measure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.bcf.ledger.benchmark.dataset.SyntheticBoard;
import uk.bcf.ledger.shared.metric.MetricCatalogue;
import uk.bcf.ledger.shared.metric.MetricDefinition;
import uk.bcf.ledger.shared.metric.ValueShape;
import uk.bcf.ledger.shared.period.FinancialYear;
import uk.bcf.ledger.shared.period.Month;
import uk.bcf.ledger.shared.period.PeriodKind;

/**
 * Figures no one has recorded yet, for measurements that append single actuals: the monthly actuals of every
 * count metric the catalogue has in force, on boards of their own (a code prefix the dataset does not use), so a
 * measurement never collides with the dataset or with another measurement. Each client gets boards of its own,
 * so no two clients write to one ledger.
 */
public final class AppendSlots {

    /** One figure to record. */
    public record Slot(String board, String metric, String period) {}

    private final MetricCatalogue catalogue;
    private final FinancialYear first;
    private final FinancialYear last;
    private final LocalDate today;

    public AppendSlots(MetricCatalogue catalogue, FinancialYear first, FinancialYear last, LocalDate today) {
        this.catalogue = catalogue;
        this.first = first;
        this.last = last;
        this.today = today;
    }

    /** The boards needed so that each of {@code clients} gets at least {@code perClient} slots. */
    public List<SyntheticBoard> boards(String prefix, int clients, int perClient) {
        int perBoard = slotsOfOneBoard("X").size();
        int boardsPerClient = (perClient + perBoard - 1) / perBoard;
        List<SyntheticBoard> boards = new ArrayList<>();
        for (int i = 1; i <= clients * boardsPerClient; i++) {
            boards.add(SyntheticBoard.numbered(prefix, i));
        }
        return boards;
    }

    /** Client {@code client}'s slots, month by month across its boards, {@code perClient} of them. */
    public List<Slot> forClient(List<SyntheticBoard> boards, int clients, int client, int perClient) {
        List<List<Slot>> perBoard = new ArrayList<>();
        for (int i = client; i < boards.size(); i += clients) {
            perBoard.add(slotsOfOneBoard(boards.get(i).code()));
        }
        List<Slot> slots = new ArrayList<>();
        for (int position = 0;
                slots.size() < perClient && position < perBoard.get(0).size();
                position++) {
            for (List<Slot> board : perBoard) {
                if (slots.size() < perClient) {
                    slots.add(board.get(position));
                }
            }
        }
        return slots;
    }

    private List<Slot> slotsOfOneBoard(String board) {
        List<Slot> slots = new ArrayList<>();
        for (int start = first.startYear(); start <= last.startYear(); start++) {
            FinancialYear year = new FinancialYear(start);
            for (Month month : year.months()) {
                for (MetricDefinition metric : catalogue.inForce(year)) {
                    if (metric.shape() == ValueShape.COUNT
                            && metric.actualPeriods().contains(PeriodKind.MONTH)
                            && month.lastDay().isBefore(today)) {
                        slots.add(new Slot(board, metric.code(), month.code()));
                    }
                }
            }
        }
        return slots;
    }
}
