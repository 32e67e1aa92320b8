package folio.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import folio.site.Site;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes an open-data collection as JSON (Jackson's streaming generator: no databind start-up)
 * and, when every value is a text, number, true/false or list of those, as CSV (RFC 4180
 * quoting, lists joined with "; ", {@code \n} line endings, a text that would start a formula
 * led by {@code '}). Both are byte-identical for the
 * same content: the date inside is the site's last update, never the clock.
 */
final class DataFormats {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
    /** What a spreadsheet reads as the start of a formula in a cell (OWASP, "CSV injection"). */
    static final String FORMULA_STARTS = "=+-@\t\r";

    private DataFormats() {}

    static String json(Site site, OpenData.Collection collection) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(INDENT).withArrayIndenter(INDENT));
            g.writeStartObject();
            g.writeStringField("format", "folio-open-data");
            g.writeNumberField("format_version", OpenData.FORMAT_VERSION);
            g.writeStringField("collection", collection.name());
            g.writeStringField("site", site.config().title());
            g.writeStringField("site_url", site.config().baseUrl());
            g.writeStringField("updated", site.lastUpdated().iso());
            g.writeStringField("coverage_until", site.config().coverageUntil().toString());
            g.writeObjectFieldStart("licence");
            g.writeStringField("id", OpenData.LICENCE);
            g.writeStringField("url", OpenData.LICENCE_URL);
            g.writeStringField("note", OpenData.LICENCE_NOTE);
            g.writeEndObject();
            g.writeArrayFieldStart("entries");
            for (Map<String, Object> entry : collection.entries()) {
                value(g, entry);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    private static void value(JsonGenerator g, Object value) throws IOException {
        if (value == null) {
            g.writeNull();
        } else if (value instanceof String text) {
            g.writeString(text);
        } else if (value instanceof Integer number) {
            g.writeNumber(number);
        } else if (value instanceof Long number) {
            g.writeNumber(number);
        } else if (value instanceof Boolean flag) {
            g.writeBoolean(flag);
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> field : map.entrySet()) {
                g.writeFieldName((String) field.getKey());
                value(g, field.getValue());
            }
            g.writeEndObject();
        } else {
            throw new IllegalArgumentException("no JSON form for " + value.getClass());
        }
    }

    /** The collection as CSV, one row per entry; null when an entry holds a list of mappings. */
    static String csv(OpenData.Collection collection) {
        if (collection.entries().isEmpty() || !collection.entries().stream().allMatch(DataFormats::flat)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        List<String> columns = List.copyOf(collection.entries().get(0).keySet());
        row(out, columns);
        for (Map<String, Object> entry : collection.entries()) {
            row(out, columns.stream().map(c -> cell(entry.get(c))).toList());
        }
        return out.toString();
    }

    private static boolean flat(Map<String, Object> entry) {
        return entry.values().stream().noneMatch(v -> v instanceof Map
                || v instanceof List<?> list && list.stream().anyMatch(i -> i instanceof Map || i instanceof List));
    }

    /**
     * A cell's text. A text that starts as a formula would ({@link #FORMULA_STARTS}) gets a leading
     * {@code '}: a spreadsheet that opens the file shows it as text instead of running it (a page
     * title "=HYPERLINK(...)" from an editor's slip or a hostile contribution). Numbers and
     * true/false are written as they are; the JSON file always holds the exact value.
     */
    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof List<?> list ? String.join("; ", list.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        boolean textual = !(value instanceof Number || value instanceof Boolean);
        return textual && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                out.append(',');
            }
            if (cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        out.append('\n');
    }
}
