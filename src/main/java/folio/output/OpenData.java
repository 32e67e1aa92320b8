package folio.output;

import folio.render.PlainText;
import folio.render.RenderedFile;
import folio.site.Actor;
import folio.site.Document;
import folio.site.GlossaryTerm;
import folio.site.Markup;
import folio.site.PartialDate;
import folio.site.Provision;
import folio.site.Reaction;
import folio.site.Site;
import folio.site.Source;
import folio.site.TimelineEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The collections as open data: {@code data/<collection>.json} for each, and a CSV beside it
 * where the entries are flat. Each entry's {@code id} is its id in content/ and the anchor of
 * its entry on the site; {@code previous_ids} the ids it replaced (content/published-ids.yaml),
 * whose anchors still lead to it. Texts are plain, tags removed. The schemas
 * are in docs/data-schema/; a change of the format raises {@link #FORMAT_VERSION}.
 */
public final class OpenData {
    /** The data format's version: raised when a field changes meaning or is removed. */
    public static final int FORMAT_VERSION = 1;
    public static final String LICENCE = "CC-BY-4.0";
    public static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";
    static final String LICENCE_NOTE = "Quotations and the titles of cited sources remain their authors' and "
            + "publishers' and are not covered by the licence.";

    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile(" +([.,;:!?)])");

    /** One collection: its name and entries, each an ordered map of plain values. */
    record Collection(String name, List<Map<String, Object>> entries) {}

    private final String base;
    /** Told each text the files read: the preview server keeps the files while those say the same. */
    private final Consumer<Markup> read;

    private OpenData(String base, Consumer<Markup> read) {
        this.base = base;
        this.read = read;
    }

    public static List<RenderedFile> generate(Site site) {
        return generate(site, markup -> { });
    }

    /** As {@link #generate(Site)}, telling {@code read} each text the files are made from. */
    public static List<RenderedFile> generate(Site site, Consumer<Markup> read) {
        List<RenderedFile> files = new ArrayList<>();
        for (Collection collection : new OpenData(site.config().baseUrl(), read).collections(site)) {
            String path = "data/" + collection.name();
            files.add(RenderedFile.text(path + ".json", DataFormats.json(site, collection)));
            String csv = DataFormats.csv(collection);
            if (csv != null) {
                files.add(RenderedFile.text(path + ".csv", csv));
            }
        }
        return files;
    }

    private List<Collection> collections(Site site) {
        List<Collection> all = new ArrayList<>();
        all.add(new Collection("provisions", site.provisions().stream().map(p -> provision(p, site.reactionsTo(p))).toList()));
        all.add(new Collection("documents", site.documents().stream().map(this::document).toList()));
        all.add(new Collection("reactions", site.reactions().stream().map(this::reaction).toList()));
        all.add(new Collection("events", site.events().stream().map(this::event).toList()));
        all.add(new Collection("actors", site.actors().stream().map(this::actor).toList()));
        all.add(new Collection("terms", site.terms().stream().map(this::term).toList()));
        all.add(new Collection("sources", site.sources().stream().map(this::source).toList()));
        for (Collection collection : all) {
            for (Map<String, Object> entry : collection.entries()) {
                entry.put("previous_ids", site.formerIds().of(collection.name(), (String) entry.get("id")));
            }
        }
        return all;
    }

    private Map<String, Object> provision(Provision p, List<Reaction> reactions) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("number", p.number());
        m.put("title", p.title());
        m.put("theme", p.theme() == null ? null : p.theme().id());
        m.put("headline", p.headline());
        m.put("wording", p.wording().id());
        m.put("summary", text(p.summaryHtml()));
        m.put("text", text(p.bodyHtml()));
        m.put("sources", ids(p.sources()));
        List<Map<String, Object>> changes = new ArrayList<>();
        for (Provision.Change change : p.changes()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("document", change.document().id());
            c.put("status", change.status().id());
            c.put("text", text(change.textHtml()));
            c.put("sources", ids(change.sources()));
            changes.add(c);
        }
        m.put("changes", changes);
        m.put("reactions", reactions.stream().map(Reaction::id).toList());
        m.put("url", url(p.url()));
        return m;
    }

    private Map<String, Object> document(Document d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("name", d.name());
        m.put("status", d.status());
        date(m, d.date());
        m.put("summary", text(d.summaryHtml()));
        m.put("sources", ids(d.sources()));
        m.put("url", url(d.url()));
        return m;
    }

    private Map<String, Object> reaction(Reaction r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("actor", r.actor().id());
        m.put("actor_name", r.actor().name());
        m.put("role", r.role());
        date(m, r.date());
        m.put("subject", r.subject().kind().id());
        m.put("subject_document", r.subject().document() == null ? null : r.subject().document().id());
        m.put("subject_provision", r.subject().provision() == null ? null : r.subject().provision().number());
        m.put("subject_label", r.subject().label());
        m.put("stance", r.stance().id());
        m.put("summary", text(r.summaryHtml()));
        m.put("quote", r.quote() == null ? null : r.quote().text());
        m.put("quote_source", r.quote() == null ? null : r.quote().source().id());
        m.put("provisions", r.provisions().stream().map(Provision::number).toList());
        m.put("sources", ids(r.sources()));
        m.put("url", url(r.url()));
        return m;
    }

    private Map<String, Object> event(TimelineEvent e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        date(m, e.date());
        m.put("category", e.category().id());
        m.put("title", e.title());
        m.put("text", text(e.textHtml()));
        m.put("responds_to", e.respondsTo() == null ? null : e.respondsTo().id());
        m.put("sources", ids(e.sources()));
        m.put("url", url(e.url()));
        return m;
    }

    private Map<String, Object> actor(Actor a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("name", a.name());
        m.put("role", a.role());
        m.put("kind", a.kind().id());
        m.put("group", a.group().id());
        m.put("description", text(a.descriptionHtml()));
        m.put("sources", ids(a.sources()));
        m.put("url", url(a.url()));
        return m;
    }

    private Map<String, Object> term(GlossaryTerm t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("term", t.term());
        m.put("aliases", t.aliases());
        m.put("definition", text(t.definitionHtml()));
        m.put("sources", ids(t.sources()));
        m.put("url", url(t.url()));
        return m;
    }

    private Map<String, Object> source(Source s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("outlet", s.outlet());
        m.put("title", s.title());
        m.put("title_en", s.titleEn());
        m.put("descriptive", s.descriptive());
        m.put("author", s.author());
        date(m, s.date());
        m.put("source_url", s.url());
        m.put("read_at", s.readAt());
        m.put("original_url", s.originalUrl());
        m.put("flag", s.flag().id());
        m.put("language", s.language());
        m.put("outlet_language", s.outletLanguage());
        m.put("author_language", s.authorLanguage());
        m.put("note", s.note());
        m.put("url", url(s.pageUrl()));
        return m;
    }

    /** The date as written in content/ (2025-11-20, 2025-11, 2025 or a range of two) and whether it is approximate. */
    private static void date(Map<String, Object> m, PartialDate date) {
        m.put("date", date == null ? null : date.notation());
        m.put("date_approximate", date != null && date.approximate());
    }

    private static List<String> ids(List<Source> sources) {
        return sources.stream().map(Source::id).toList();
    }

    /** Plain text; the space a dropped citation leaves before punctuation goes with it ("Trump [3]." is "Trump."). */
    private String text(Markup markup) {
        if (markup == null) {
            return null;
        }
        read.accept(markup);
        return SPACE_BEFORE_PUNCTUATION.matcher(PlainText.of(markup)).replaceAll("$1");
    }

    private String url(String url) {
        return url == null ? null : base + url;
    }
}
