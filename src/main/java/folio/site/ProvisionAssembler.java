package folio.site;

import folio.content.CollectionName;
import folio.content.ContentParser.Entry;
import folio.content.ContentParser.ParsedProvision;
import folio.content.Raw;
import folio.content.Suggestions;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Builds the provisions from their Markdown files (content/data/provisions/NN.md): theme,
 * wording, sources, later changes, and the page each is shown on, linked to the points before
 * and after it.
 */
final class ProvisionAssembler {

    private final AssemblyContext context;
    private final Checks checks;
    private final Function<Markup, String> plainText;

    /** {@code plainText}: how the render stage reads a text as plain text (a point's page describes it by its summary). */
    ProvisionAssembler(AssemblyContext context, Function<Markup, String> plainText) {
        this.context = context;
        this.checks = context.checks;
        this.plainText = plainText;
    }

    static String urlOf(int number) {
        return "provisions/" + number + "/";
    }

    /** Builds every provision into the context's table, in number order. */
    void buildAll(Map<Integer, ParsedProvision> files, java.util.Set<Integer> unnumbered) {
        List<Provision.Neighbour> order = new ArrayList<>();
        context.provisionFiles.addAll(files.keySet());
        context.provisionFiles.addAll(unnumbered); // refused for its number: what names it adds nothing
        files.forEach((number, file) -> order.add(new Provision.Neighbour(number, label(number),
                file.raw().title(), urlOf(number))));
        for (int i = 0; i < order.size(); i++) {
            int number = order.get(i).number();
            build(number, files.get(number), i == 0 ? null : order.get(i - 1), i == order.size() - 1 ? null : order.get(i + 1))
                    .ifPresent(p -> context.provisions.put(number, p));
        }
    }

    private String label(int number) {
        return context.config.wording().point(number);
    }

    private Optional<Provision> build(int number, ParsedProvision file, Provision.Neighbour previous,
                                      Provision.Neighbour next) {
        Raw.Provision raw = file.raw();
        String path = file.file().path();
        // A translation's texts are placed in its own file (file.translation()), all else in the English front matter.
        SourcePosition englishAt = file.frontMatter().origin();
        Entry<Raw.Provision> e = new Entry<>(raw, SourcePosition.of(englishAt.path(), englishAt.line()), file.frontMatter(),
                file.translation());
        String url = urlOf(number);
        Link owner = new Link(label(number), url);
        boolean ok = checks.requiredText(e, "title", raw.title(), "provision") & checks.requiredText(e, "summary", raw.summary(), "provision");
        Theme theme = null;
        if (checks.required(e, "theme", raw.theme(), "provision", "write the id of its theme after it, like theme: land "
                + "(an id in content/data/themes.yaml)")) {
            theme = context.themes.get(raw.theme());
            if (theme == null && !context.refused(CollectionName.THEMES, raw.theme())) {
                context.diagnostics.error(e.keyAt("theme"), "unknown theme '" + raw.theme() + "': "
                        + Suggestions.didYouMean(raw.theme(), context.themes.keySet())
                        + Known.list(CollectionName.THEMES, context.themes.keySet()));
            }
        }
        Provision.Wording wording = raw.wording() == null ? Provision.Wording.FULL
                : checks.oneOf(e, "wording", raw.wording(), Provision.Wording.class, "provision");
        List<Source> sources = context.sourceList(e, raw.sources(), true, "provision", owner);
        List<Provision.Change> changes = new ArrayList<>();
        List<Raw.Change> rawChanges = raw.changes() == null ? List.of() : raw.changes();
        List<YamlNode> changeNodes = file.frontMatter().node().get("changes").map(YamlNode::items).orElse(List.of());
        for (int i = 0; i < rawChanges.size(); i++) {
            buildChange(e, rawChanges.get(i), i < changeNodes.size() ? changeNodes.get(i) : null, translatedChange(file, rawChanges.get(i)),
                    owner).ifPresent(changes::add);
        }
        Markup summary = context.inline(e, "summary", raw.summary(), owner);
        Markup body = context.resolver.render(file.body().parse(context.markdown, context.diagnostics), owner, "data/provisions/", false, true);
        if (!ok || theme == null || wording == null) {
            return Optional.empty();
        }
        String editUrl = context.editUrl(path);
        Page page = new Page("provisions/" + number, path, url, SitePaths.output(url), label(number) + ": " + raw.title(),
                plainText.apply(summary), null, null, "provision", List.of(), 0, body,
                Params.of(raw.params()), editUrl, null);
        return Optional.of(new Provision(number, String.valueOf(number), label(number), raw.title(), theme, summary,
                Boolean.TRUE.equals(raw.headline()), wording, sources, List.copyOf(changes), body, url, path, editUrl,
                context.origin(SourcePosition.of(path, 1)), page, previous, next));
    }

    /** The translation's item under {@code changes:} for {@code change}'s document (they are matched by it), or null. */
    private static YamlReader.Located translatedChange(ParsedProvision file, Raw.Change change) {
        if (file.translation() == null || change.document() == null) {
            return null;
        }
        return file.translation().node().get("changes").map(YamlNode::items).orElse(List.of()).stream()
                .filter(item -> item.get("document").filter(d -> change.document().equals(d.text())).isPresent())
                .findFirst().map(file.translation()::within).orElse(null);
    }

    /**
     * {@code node} is the change's item under {@code changes:} (null should the two lists differ): its
     * keys are checked there, so a mistake in a later change, or a key it lacks, is told at that change's line.
     * {@code translation} (nullable) is the translation's item for it, where its translated text is.
     */
    private Optional<Provision.Change> buildChange(Entry<Raw.Provision> e, Raw.Change change, YamlNode node,
                                                   YamlReader.Located translation, Link owner) {
        // The change as an entry of its own (as ChartAssembler.row): a missing key is told at the change's first line.
        YamlReader.Located yaml = node == null ? null : e.yaml().within(node);
        Entry<?> item = node == null ? e : new Entry<>(change, yaml.at(node), yaml, translation);
        String prefix = node == null ? "changes." : "";
        Document document = null;
        if (checks.required(item, prefix + "document", change.document(), "change", "write the id of the document that makes "
                + "the change after it, like document: later (an id in content/data/documents.yaml)")) {
            document = context.documents.get(change.document());
            if (document == null && !context.refused(CollectionName.DOCUMENTS, change.document())) {
                context.diagnostics.error(item.keyAt("document"), "unknown document '" + change.document() + "': "
                        + context.unknownId(CollectionName.DOCUMENTS, change.document(), to -> "write document: " + to,
                                () -> Suggestions.didYouMean(change.document(), context.documents.keySet())
                                        + Known.list(CollectionName.DOCUMENTS, context.documents.keySet())));
            }
        }
        Provision.ChangeStatus status = checks.oneOf(item, "status", change.status(), Provision.ChangeStatus.class, "change");
        boolean ok = checks.requiredText(item, prefix + "text", change.text(), "change");
        List<Source> sources = context.sourceList(item, change.sources(), true, "change", owner);
        if (document == null || status == null || !ok) {
            return Optional.empty();
        }
        return Optional.of(new Provision.Change(document, status, context.inline(item, "text", change.text(), owner), sources));
    }
}
