package folio.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CSV form of an open-data collection. */
class DataFormatsTest {
    private static Map<String, Object> entry(Object... pairs) {
        Map<String, Object> entry = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            entry.put((String) pairs[i], pairs[i + 1]);
        }
        return entry;
    }

    /** A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage return) as a formula. */
    @Test
    void aTextThatWouldStartAFormulaIsLedByAQuote() {
        String csv = DataFormats.csv(new OpenData.Collection("terms", List.of(
                entry("id", "a", "name", "=HYPERLINK(\"https://evil.example\",\"click\")", "count", -5),
                entry("id", "b", "name", "+1 more", "count", 2.5),
                entry("id", "c", "name", "-dash", "count", true),
                entry("id", "d", "name", "@SUM(A1)", "count", List.of("=x", "y")),
                entry("id", "e", "name", "\tindented", "count", null),
                entry("id", "f", "name", "plain = text", "count", "")))); 
        assertEquals("""
                id,name,count
                a,"'=HYPERLINK(""https://evil.example"",""click"")",-5
                b,'+1 more,2.5
                c,'-dash,true
                d,'@SUM(A1),'=x; y
                e,'\tindented,
                f,plain = text,
                """, csv);
    }
}
