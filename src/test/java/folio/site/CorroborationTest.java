package folio.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorroborationTest {
    private static Source source(String id, String outlet, SourceFlag flag) {
        return new Source(id, outlet, "Title", null, null, null, null, "https://example.org/" + id, "copy.example", null, flag,
                null, null, null, null, null, "sources/#source-" + id, null, "en");
    }

    private static final Source AP_COPY = source("ap-copy", "Associated Press", SourceFlag.COPY);
    private static final Source AP_AGG = source("ap-agg", "Associated Press", SourceFlag.AGG);
    private static final Source AP_COPY_2 = source("ap-copy-2", " associated press", SourceFlag.COPY);
    private static final Source REUTERS_COPY = source("reuters-copy", "Reuters", SourceFlag.COPY);
    private static final Source AP_OWN = source("ap-own", "Associated Press", SourceFlag.NONE);
    private static final Source TASS = source("tass", "TASS", SourceFlag.RU_STATE);
    private static final Source CGTN = source("cgtn", "CGTN", SourceFlag.STATE);

    @Test
    void oneSecondHandSourceOrCopiesOfOneOutletAreASingleReport() {
        assertTrue(Corroboration.singleUnconfirmedReport(List.of(AP_COPY)));
        assertTrue(Corroboration.singleUnconfirmedReport(List.of(AP_COPY, AP_COPY_2)));
        assertTrue(Corroboration.singleUnconfirmedReport(List.of(AP_COPY, AP_AGG)));
    }

    /** A leading "The" and the spacing do not make another outlet (the build refuses the two spellings too). */
    @Test
    void anOutletWithAndWithoutTheIsOneOutlet() {
        assertTrue(Corroboration.singleUnconfirmedReport(List.of(source("ki-1", "The Kyiv Independent", SourceFlag.COPY),
                source("ki-2", "Kyiv  Independent", SourceFlag.AGG))));
        assertFalse(Corroboration.singleUnconfirmedReport(List.of(source("hill", "The Hill", SourceFlag.COPY),
                source("hills", "Hills", SourceFlag.COPY))));
        assertTrue(OutletNames.key("Theatre Weekly").equals("theatre weekly"));
    }

    @Test
    void aFirstHandPageOrASecondOutletConfirms() {
        assertFalse(Corroboration.singleUnconfirmedReport(List.of(AP_COPY, AP_OWN)));
        assertFalse(Corroboration.singleUnconfirmedReport(List.of(AP_COPY, REUTERS_COPY)));
        assertFalse(Corroboration.singleUnconfirmedReport(List.of(AP_OWN)));
        assertFalse(Corroboration.singleUnconfirmedReport(List.of(TASS)));
        assertFalse(Corroboration.singleUnconfirmedReport(List.of(CGTN)));
        assertFalse(Corroboration.singleUnconfirmedReport(List.of()));
        assertFalse(Corroboration.singleUnconfirmedReport(Arrays.asList(AP_COPY, null)));
    }

    @Test
    void theListingUrlIsTheEntryWithoutItsAnchor() {
        assertTrue(AP_COPY.listingUrl().equals("sources/"));
    }
}
