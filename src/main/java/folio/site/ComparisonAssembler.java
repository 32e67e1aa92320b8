package folio.site;

import folio.content.CollectionName;
import folio.content.ContentParser.Entry;
import folio.content.Raw;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the versions table (content/data/comparisons.yaml): one row per issue, one cell per document. */
final class ComparisonAssembler {
    private final AssemblyContext context;

    ComparisonAssembler(AssemblyContext context) {
        this.context = context;
    }

    List<Comparison> buildAll(Map<String, Entry<Raw.Comparison>> entries) {
        List<Comparison> comparisons = new ArrayList<>();
        entries.forEach((id, e) -> build(id, e).ifPresent(comparisons::add));
        return List.copyOf(comparisons);
    }

    private Optional<Comparison> build(String id, Entry<Raw.Comparison> e) {
        Raw.Comparison raw = e.raw();
        Map<String, Document> documents = context.documents;
        boolean ok = context.checks.requiredText(e, "issue", raw.issue(), "comparison")
                & context.checks.required(e, "cells", raw.cells(), "comparison", "write the comparison's cells under it, "
                        + "one line per document: its id, then { text: ..., sources: [...] }");
        Link owner = new Link(raw.issue(), context.itemUrl("comparisons", id, "issue-" + id));
        Map<String, Raw.Cell> cells = raw.cells() == null ? Map.of() : raw.cells();
        for (String documentId : cells.keySet()) {
            if (!documents.containsKey(documentId) && context.refused(CollectionName.DOCUMENTS, documentId)) {
                ok = false; // refused for its id, or not built: reported where it is written
            } else if (!documents.containsKey(documentId)) {
                context.diagnostics.error(e.keyAt(documentId), "comparison cell names unknown document '" + documentId + "': "
                        + context.unknownId(CollectionName.DOCUMENTS, documentId, to -> "write " + to + ": as the cell's key",
                                () -> folio.content.Suggestions.didYouMean(documentId, documents.keySet())
                                        + Known.list(CollectionName.DOCUMENTS, documents.keySet())));
                ok = false;
            }
        }
        List<Comparison.Cell> row = new ArrayList<>();
        for (Document document : documents.values()) {
            Raw.Cell cell = cells.get(document.id());
            if (cell == null) {
                row.add(new Comparison.Cell(document, false, null, List.of()));
                continue;
            }
            if (cell.text() == null || cell.text().isBlank()) {
                context.diagnostics.error(e.keyAt(document.id()), "comparison cell '" + document.id() + "' needs text: ...");
                ok = false;
                continue;
            }
            List<Source> list = context.sourceList(e, cell.sources(), true, "comparison cell '" + document.id() + "'", owner);
            row.add(new Comparison.Cell(document, true, context.inline(e.textAt(cell.text(), document.id(), "text"), cell.text(), owner, true), list));
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Comparison(id, raw.issue(), List.copyOf(row), context.inline(e, "note", raw.note(), owner)));
    }
}
