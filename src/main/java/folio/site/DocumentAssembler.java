package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Raw;
import java.util.List;
import java.util.Map;

/** Builds the versions of the plan (content/data/documents.yaml): name, short name, status, date, summary, sources. */
final class DocumentAssembler {
    private final AssemblyContext context;

    DocumentAssembler(AssemblyContext context) {
        this.context = context;
    }

    /** Builds every document into the context's table. */
    void buildAll(Map<String, Entry<Raw.Document>> entries) {
        entries.forEach(this::build);
    }

    private void build(String id, Entry<Raw.Document> e) {
        Raw.Document raw = e.raw();
        Checks checks = context.checks;
        boolean ok = checks.requiredText(e, "name", raw.name(), "document")
                & checks.required(e, "status", raw.status(), "document",
                        "write how the document is known after it, like status: leaked draft or status: joint statement")
                & checks.requiredText(e, "summary", raw.summary(), "document");
        PartialDate date = checks.date(e, "date", raw.date(), false, true, "document");
        Link owner = new Link(raw.name(), context.itemUrl("documents", id, id));
        List<Source> list = context.sourceList(e, raw.sources(), true, "document", owner);
        if (ok && date != null) {
            String shortName = raw.shortName() == null || raw.shortName().isBlank() ? raw.name() : raw.shortName().strip();
            context.documents.put(id, new Document(id, raw.name(), shortName, raw.status(), date,
                    context.inline(e, "summary", raw.summary(), owner), list, owner.url()));
        }
    }
}
