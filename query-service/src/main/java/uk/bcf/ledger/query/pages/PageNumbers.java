package uk.bcf.ledger.query.pages;

import java.math.BigDecimal;
import org.springframework.stereotype.Component;
import uk.bcf.ledger.query.http.NumberText;

/** The pages' numbers, grouped in thousands ({@code 19,746}); templates call it as {@code @pageNumbers}. */
@Component("pageNumbers")
public class PageNumbers {

    /** A decimal or whole number grouped in thousands; empty for null. */
    public String grouped(Object number) {
        if (number instanceof BigDecimal decimal) {
            return NumberText.grouped(decimal);
        }
        if (number instanceof Long whole) {
            return NumberText.grouped(whole);
        }
        return number == null ? "" : number.toString();
    }
}
