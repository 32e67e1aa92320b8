package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Raw;
import java.util.Map;

/** Builds the themes (content/data/themes.yaml): a name and a description each. */
final class ThemeAssembler {
    private final AssemblyContext context;

    ThemeAssembler(AssemblyContext context) {
        this.context = context;
    }

    /** Builds every theme into the context's table. */
    void buildAll(Map<String, Entry<Raw.Theme>> entries) {
        entries.forEach((id, e) -> {
            Raw.Theme raw = e.raw();
            if (context.checks.requiredText(e, "name", raw.name(), "theme")
                    & context.checks.requiredText(e, "description", raw.description(), "theme")) {
                context.themes.put(id, new Theme(id, raw.name(), context.inline(e, "description", raw.description(), null)));
            }
        });
    }
}
