package uk.bcf.ledger.security.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import uk.bcf.ledger.shared.refusal.RefusalKind;

class SpringMvcRefusalsTest {

    @Test
    void saysWhatAValueOfEachTypeLooksLike() {
        assertThat(SpringMvcRefusals.expected(long.class)).isEqualTo("a whole number");
        assertThat(SpringMvcRefusals.expected(Integer.class)).isEqualTo("a whole number");
        assertThat(SpringMvcRefusals.expected(BigDecimal.class)).isEqualTo("a number");
        assertThat(SpringMvcRefusals.expected(double.class)).isEqualTo("a number");
        assertThat(SpringMvcRefusals.expected(boolean.class)).isEqualTo("true or false");
        assertThat(SpringMvcRefusals.expected(RefusalKind.class)).startsWith("one of INVALID, UNAUTHENTICATED");
        assertThat(SpringMvcRefusals.expected(LocalDate.class)).isEqualTo("a date such as 2019-11-21");
        assertThat(SpringMvcRefusals.expected(Instant.class)).isEqualTo("a moment such as 2019-11-21T17:00:00Z");
        assertThat(SpringMvcRefusals.expected(StringBuilder.class)).isEqualTo("of another type");
        assertThat(SpringMvcRefusals.expected(null)).isEqualTo("of another type");
    }

    @Test
    void leavesAnUploadOverTheLimitAndOtherExceptionsToTheirOwnAnswers() {
        assertThat(SpringMvcRefusals.of(new MaxUploadSizeExceededException(10))).isNull();
        assertThat(SpringMvcRefusals.of(new IllegalStateException("no"))).isNull();
    }
}
