package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.ContentParser.ParsedProvision;
import folio.content.Raw;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds one {@link Provision} from its Markdown file: theme, wording, sources and later changes. */
final class ProvisionAssembler {
    static final List<String> WORDINGS = List.of("full", "summary-only", "reconstructed");
    static final List<String> CHANGE_STATUSES = List.of("kept", "changed", "dropped", "disputed", "unknown");

    private final SiteAssembler site;
    private final Checks checks;
    private final Diagnostics diagnostics;
    private final Map<String, Theme> themes;
    private final Map<String, Document> documents;
    private final ReferenceResolver resolver;

    ProvisionAssembler(SiteAssembler site, Checks checks, Diagnostics diagnostics, Map<String, Theme> themes,
                       Map<String, Document> documents, ReferenceResolver resolver) {
        this.site = site;
        this.checks = checks;
        this.diagnostics = diagnostics;
        this.themes = themes;
        this.documents = documents;
        this.resolver = resolver;
    }

    Optional<Provision> build(int number, ParsedProvision file, List<Reaction> reactions, List<Link> mentions) {
        Raw.Provision raw = file.raw();
        Entry<Raw.Provision> e = new Entry<>(raw, SourcePosition.of(file.file().path(), file.frontMatter().origin().line()),
                file.frontMatter());
        String url = "provisions/" + number + "/";
        Link owner = new Link("Point " + number, url);
        boolean ok = checks.required(e, "title", raw.title(), "provision") & checks.required(e, "summary", raw.summary(), "provision");
        Theme theme = null;
        if (checks.required(e, "theme", raw.theme(), "provision")) {
            theme = themes.get(raw.theme());
            if (theme == null) {
                String hint = folio.content.Suggestions.closest(raw.theme(), themes.keySet())
                        .map(s -> "did you mean '" + s + "'? ").orElse("");
                diagnostics.error(e.keyAt("theme"), "unknown theme '" + raw.theme() + "': " + hint
                        + "themes are " + String.join(", ", themes.keySet()));
            }
        }
        String wording = raw.wording() == null ? "full" : checks.oneOf(e, "wording", raw.wording(), WORDINGS, "provision");
        List<Source> sources = site.sourceList(e, raw.sources(), true, "provision", owner);
        List<Provision.Change> changes = new ArrayList<>();
        for (Raw.Change change : raw.changes() == null ? List.<Raw.Change>of() : raw.changes()) {
            buildChange(e, change, owner).ifPresent(changes::add);
        }
        Markup summary = site.inline(e, "summary", raw.summary(), owner);
        Markup body = resolver.render(file.body().parse(diagnostics), owner, "data/provisions/", false, true);
        if (!ok || theme == null || wording == null) {
            return Optional.empty();
        }
        return Optional.of(new Provision(number, String.valueOf(number), raw.title(), theme, summary,
                Boolean.TRUE.equals(raw.headline()), wording, sources, List.copyOf(changes), body, url, file.file().path(),
                site.editUrl(file.file().path()), Collections.unmodifiableList(reactions), Collections.unmodifiableList(mentions),
                site.origin(SourcePosition.of(file.file().path(), 1))));
    }

    private Optional<Provision.Change> buildChange(Entry<Raw.Provision> e, Raw.Change change, Link owner) {
        Document document = null;
        if (checks.required(e, "changes.document", change.document(), "change")) {
            document = documents.get(change.document());
            if (document == null) {
                diagnostics.error(e.keyAt("document"), "unknown document '" + change.document() + "': documents are "
                        + String.join(", ", documents.keySet()));
            }
        }
        String status = checks.oneOf(e, "status", change.status(), CHANGE_STATUSES, "change");
        boolean ok = checks.required(e, "changes.text", change.text(), "change");
        List<Source> sources = site.sourceList(e, change.sources(), true, "change", owner);
        if (document == null || status == null || !ok) {
            return Optional.empty();
        }
        return Optional.of(new Provision.Change(document, status, site.inline(e, "text", change.text(), owner), sources));
    }
}
