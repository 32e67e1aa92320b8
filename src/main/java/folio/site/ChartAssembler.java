package folio.site;

import folio.content.CollectionName;
import folio.content.ContentParser.Entry;
import folio.content.Keyword;
import folio.content.Raw;
import folio.content.YamlNode;
import folio.content.YamlReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds the charts (content/data/charts.yaml): every row has an id, a label, a number as its
 * value and its sources; a bar's share is its value against the chart's largest. Each row's
 * mistakes are reported at the row's own lines.
 */
final class ChartAssembler {
    private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

    private final AssemblyContext context;

    ChartAssembler(AssemblyContext context) {
        this.context = context;
    }

    List<Chart> build(Map<String, Entry<Raw.Chart>> entries) {
        List<Chart> charts = new ArrayList<>();
        entries.forEach((id, e) -> build(id, e).ifPresent(charts::add));
        return List.copyOf(charts);
    }

    private Optional<Chart> build(String id, Entry<Raw.Chart> e) {
        Raw.Chart raw = e.raw();
        boolean ok = context.checks.requiredText(e, "title", raw.title(), "chart")
                & context.checks.required(e, "rows", raw.rows(), "chart",
                        "write the chart's rows under it, one '- id: ...' with its label:, value: and sources: each");
        List<String> columns = raw.columns() == null ? List.of() : raw.columns();
        if (columns.isEmpty() && context.checks.noValue(e, "columns", NoValue.Write.as("write the chart's two column "
                + "headings after it, the label column's and the value column's, like columns: [Figure, Personnel]"))) {
            ok = false;
        } else if (columns.size() != 2) {
            context.diagnostics.error(raw.columns() == null ? e.at() : e.keyAt("columns"), "chart needs columns: with two "
                    + "headings, the label column's and the value column's, like columns: [Figure, Personnel]");
            ok = false;
        }
        List<YamlNode> nodes = e.yaml().node().get("rows").map(YamlNode::items).orElse(List.of());
        List<Raw.ChartRow> rawRows = raw.rows() == null ? List.of() : raw.rows();
        Link owner = new Link(raw.title(), null);
        List<BigDecimal> values = new ArrayList<>();
        List<List<Source>> sources = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rawRows.size(); i++) {
            Entry<Raw.ChartRow> row = row(e, rawRows.get(i), i < nodes.size() ? nodes.get(i) : null);
            boolean good = checkRow(row, ids);
            sources.add(context.sourceList(row, row.raw().sources(), true, "chart row '" + row.raw().id() + "'", owner));
            values.add(good ? new BigDecimal(row.raw().value().strip()) : BigDecimal.ZERO);
            ok &= good;
        }
        if (!ok) {
            return Optional.empty();
        }
        BigDecimal max = values.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        List<Chart.Row> rows = new ArrayList<>();
        for (int i = 0; i < rawRows.size(); i++) {
            Raw.ChartRow r = rawRows.get(i);
            String text = r.text() == null || r.text().isBlank()
                    ? NumberFormat.getNumberInstance(context.config.dates().locale()).format(values.get(i)) : r.text().strip();
            rows.add(new Chart.Row(r.id(), r.label().strip(), r.value().strip(), text, share(values.get(i), max),
                    r.provision() == null ? null : context.provisions.get(r.provision()), sources.get(i),
                    r.highlight() == null ? null : Keyword.of(Chart.Highlight.class, r.highlight()).orElseThrow()));
        }
        return Optional.of(new Chart(id, raw.title().strip(), raw.caption() == null ? null : raw.caption().strip(),
                List.copyOf(columns), List.copyOf(rows)));
    }

    /** A row as an entry of its own, so that its keys are found on its own lines. */
    private static Entry<Raw.ChartRow> row(Entry<Raw.Chart> chart, Raw.ChartRow raw, YamlNode node) {
        YamlReader.Located yaml = node == null ? chart.yaml() : chart.yaml().within(node);
        return new Entry<>(raw, node == null ? chart.at() : yaml.at(node), yaml);
    }

    private boolean checkRow(Entry<Raw.ChartRow> row, Set<String> ids) {
        Raw.ChartRow raw = row.raw();
        boolean ok = context.checks.id(row, raw.id(), "chart row");
        if (ok && !ids.add(raw.id())) {
            context.diagnostics.error(row.keyAt("id"), "duplicate chart row id '" + raw.id() + "': a row's id names it in "
                    + "translations, so each row of a chart needs its own");
            ok = false;
        }
        ok &= context.checks.requiredText(row, "label", raw.label(), "chart row");
        if (!context.checks.required(row, "value", raw.value(), "chart row", "write the figure the bar is drawn from after it, "
                + "as digits, like value: 880000")) {
            ok = false;
        } else if (!NUMBER.matcher(raw.value().strip()).matches()) {
            context.diagnostics.error(row.keyAt("value"), "chart row value '" + raw.value().strip() + "' is not a number: "
                    + "write the figure the bar is drawn from as digits, like value: 880000, and how it reads as text: about 880,000");
            ok = false;
        }
        if (context.provisionFailed(raw.provision())) {
            ok = false; // reported at the provision's file
        } else if (raw.provision() != null && !context.provisions.containsKey(raw.provision())) {
            context.diagnostics.error(row.keyAt("provision"), "chart row names provision " + raw.provision()
                    + ", which does not exist: " + context.unknownId(CollectionName.PROVISIONS, raw.provision(),
                            to -> "write provision: " + to, () -> "give the number of a point in content/data/provisions/"
                                    + context.provisionMisnamed(raw.provision())));
            ok = false;
        }
        if (raw.highlight() != null && context.checks.oneOf(row, "highlight", raw.highlight(), Chart.Highlight.class, "chart row") == null) {
            ok = false;
        }
        return ok && raw.sources() != null && !raw.sources().isEmpty();
    }

    /** The value in per cent of the largest, to one decimal without trailing zeros ("88", "66.7"). */
    private static String share(BigDecimal value, BigDecimal max) {
        if (max.signum() == 0) {
            return "0";
        }
        BigDecimal percent = value.multiply(BigDecimal.valueOf(100)).divide(max, 1, RoundingMode.HALF_UP).stripTrailingZeros();
        return percent.toPlainString();
    }
}
