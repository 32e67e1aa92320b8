package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Raw;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Builds the updates log (content/data/updates.yaml): dated updates and corrections, newest first. */
final class UpdateAssembler {
    private final AssemblyContext context;

    UpdateAssembler(AssemblyContext context) {
        this.context = context;
    }

    List<Update> buildAll(Map<String, Entry<Raw.Update>> entries) {
        List<Update> updates = new ArrayList<>();
        entries.forEach((id, e) -> {
            Raw.Update raw = e.raw();
            PartialDate date = context.checks.date(e, "date", raw.date(), false, true, "update");
            Update.Kind kind = context.checks.oneOf(e, "kind", raw.kind(), Update.Kind.class, "update");
            boolean ok = context.checks.requiredText(e, "text", raw.text(), "update");
            String url = context.itemUrl("updates", id, "update-" + id);
            Link owner = new Link("Update " + id, url);
            if (date != null && kind != null && ok) {
                updates.add(new Update(id, date, kind, context.inline(e, "text", raw.text(), owner), url));
            }
        });
        updates.sort(Comparator.comparing(Update::date).reversed().thenComparing(Update::id));
        return List.copyOf(updates);
    }
}
