package folio.site;

import folio.content.CollectionName;
import folio.content.ContentParser.Entry;
import folio.content.Keyword;
import folio.content.Raw;
import folio.content.Suggestions;
import folio.diag.Diagnostics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds one reaction: its actor, what it responds to ({@link Subject}), its stance and sources.
 * A stance is a stance on the plan, so a reaction to a related matter must have {@code stance: none},
 * and only such a reaction may.
 */
final class ReactionAssembler {
    static final String FORMS = "draft, version:DOCUMENT-ID, provision:NUMBER or \"related: what it is about\"";

    private final AssemblyContext site;
    private final Checks checks;
    private final Diagnostics diagnostics;
    private final Map<String, Actor> actors;
    private final Map<Integer, Provision> provisions;
    private final Map<String, Document> documents;
    private final List<Theme> themeOrder;

    ReactionAssembler(AssemblyContext context) {
        this.site = context;
        this.checks = context.checks;
        this.diagnostics = context.diagnostics;
        this.actors = context.actors;
        this.provisions = context.provisions;
        this.documents = context.documents;
        this.themeOrder = List.copyOf(context.themes.values());
    }

    /** Every reaction, by date. */
    List<Reaction> buildAll(Map<String, Entry<Raw.Reaction>> entries) {
        List<Reaction> reactions = new ArrayList<>();
        entries.forEach((id, e) -> build(id, e).ifPresent(reactions::add));
        reactions.sort(Comparator.comparing(Reaction::date).thenComparing(Reaction::id));
        return List.copyOf(reactions);
    }

    private Optional<Reaction> build(String id, Entry<Raw.Reaction> e) {
        Raw.Reaction raw = e.raw();
        String itemUrl = site.itemUrl("reactions", id, id);
        Actor actor = null;
        if (checks.required(e, "actor", raw.actor(), "reaction", "write the id of the actor who reacted after it, "
                + "like actor: zelenskyy (an id in content/data/actors.yaml)")) {
            actor = actors.get(raw.actor());
            String removed = actor == null ? site.resolver.removedIds().explain(CollectionName.ACTORS.id(), raw.actor(),
                    to -> "write actor: " + to) : null;
            if (removed != null && !site.refused(CollectionName.ACTORS, raw.actor())) {
                diagnostics.error(e.keyAt("actor"), "unknown actor '" + raw.actor() + "': " + removed);
            } else if (actor == null && !site.refused(CollectionName.ACTORS, raw.actor())) {
                diagnostics.error(e.keyAt("actor"), "unknown actor '" + raw.actor() + "': "
                        + Suggestions.didYouMean(raw.actor(), actors.keySet())
                        + "add the actor to content/data/actors.yaml");
            }
        }
        PartialDate date = checks.date(e, "date", raw.date(), false, true, "reaction");
        Subject subject = subject(e);
        Stance stance = stance(e, subject);
        boolean ok = checks.requiredText(e, "summary", raw.summary(), "reaction");
        Link owner = new Link(actor == null ? id : actor.name(), actor == null ? null : actor.url());
        List<Source> list = site.sourceList(e, raw.sources(), true, "reaction", owner);
        Reaction.Quote quote = quote(e, owner);
        List<Provision> concerned = new ArrayList<>();
        for (Integer number : raw.provisions() == null ? List.<Integer>of() : raw.provisions()) {
            Provision provision = number == null ? null : provisions.get(number);
            if (provision == null && site.provisionFailed(number)) {
                continue; // reported at the provision's file
            } else if (provision == null) {
                String removed = site.unknownId(CollectionName.PROVISIONS, number, RemovedIds.inList("provisions"), () -> null);
                diagnostics.error(e.keyAt("provisions"), "reaction names provision " + number + ", which does not exist"
                        + (removed != null ? ": " + removed : site.provisionMisnamed(number)));
            } else if (concerned.contains(provision)) {
                diagnostics.error(e.keyAt("provisions"), "provision " + number + " is listed twice in this reaction's "
                        + "provisions: remove one");
            } else {
                concerned.add(provision);
            }
        }
        if (subject != null && subject.provision() != null && !concerned.contains(subject.provision())) {
            concerned.add(0, subject.provision());
        }
        if (actor == null || date == null || subject == null || stance == null || !ok) {
            return Optional.empty();
        }
        List<Theme> concernedThemes = new ArrayList<>();
        concerned.stream().map(Provision::theme).distinct().forEach(concernedThemes::add);
        concernedThemes.sort(Comparator.comparingInt(themeOrder::indexOf));
        return Optional.of(new Reaction(id, actor, raw.role() == null ? actor.role() : raw.role(), date, subject, stance,
                site.inline(e, "summary", raw.summary(), owner), quote, List.copyOf(concerned),
                List.copyOf(concernedThemes), list, itemUrl == null ? actor.url() : itemUrl,
                site.origin(e)));
    }

    /** Reads {@code subject:}; reports a missing or malformed one at its line, with the forms it may take. */
    private Subject subject(Entry<Raw.Reaction> e) {
        String text = e.raw().subject();
        if (NoValue.isEmpty(text) && checks.noValue(e, "subject",
                NoValue.Write.as("write what the reaction responds to after it, one of " + FORMS))) {
            return null;
        }
        if (text == null || text.isBlank()) {
            diagnostics.error(e.at(), "reaction is missing 'subject': add subject: with what it responds to, one of " + FORMS);
            return null;
        }
        text = text.strip();
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon).strip();
        String value = colon < 0 ? "" : text.substring(colon + 1).strip();
        List<Document> versions = List.copyOf(documents.values());
        Subject.Kind known = Keyword.of(Subject.Kind.class, kind).orElse(null);
        if (known != null) {
            switch (known) {
                case DRAFT -> {
                    if (!value.isEmpty()) {
                        break;
                    }
                    if (versions.isEmpty()) {
                        return new Subject(Subject.Kind.DRAFT, "The draft", null, null, null);
                    }
                    Document first = versions.get(0);
                    return new Subject(Subject.Kind.DRAFT, first.name(), first.url(), first, null);
                }
                case VERSION -> {
                    Document document = documents.get(value);
                    if (document == null && site.refused(CollectionName.DOCUMENTS, value)) {
                        return null; // refused for its id, or not built: reported where it is written
                    }
                    if (document == null || document.id().equals(versions.get(0).id())) {
                        List<String> later = versions.stream().skip(1).map(Document::id).toList();
                        String hint = document != null ? "the first version is written subject: draft"
                                : site.unknownId(CollectionName.DOCUMENTS, value, to -> "write subject: version:" + to, () -> Suggestions.closest(value, later).map(s -> Suggestions.question("version:" + s))
                                        .orElse(later.isEmpty() ? "content/data/documents.yaml lists no later version"
                                                : "later versions are " + String.join(", ", later)));
                        diagnostics.error(e.keyAt("subject"), "subject '" + text + "' names no later version of the plan: " + hint);
                        return null;
                    }
                    return new Subject(Subject.Kind.VERSION, document.name(), document.url(), document, null);
                }
                case PROVISION -> {
                    Provision provision = value.matches("\\d{1,3}") ? provisions.get(Integer.parseInt(value)) : null;
                    if (provision == null) {
                        diagnostics.error(e.keyAt("subject"), "subject '" + text + "' names no existing point: "
                                + site.unknownId(CollectionName.PROVISIONS, value, to -> "write subject: provision:" + to,
                                        () -> "write provision:NUMBER with the number of a point, like provision:21"));
                        return null;
                    }
                    return new Subject(Subject.Kind.PROVISION, provision.label() + " (" + provision.title() + ")", provision.url(),
                            null, provision);
                }
                case RELATED -> {
                    if (value.isEmpty()) {
                        diagnostics.error(e.keyAt("subject"), "subject 'related' needs a short label of what it is about, "
                                + "like subject: \"related: EU loan to Ukraine\"");
                        return null;
                    }
                    return new Subject(Subject.Kind.RELATED, value, null, null, null);
                }
            }
        }
        String hint = Suggestions.closest(kind, Keyword.ids(Subject.Kind.class))
                .filter(s -> !s.equals(kind)).map(s -> Suggestions.question(s) + " ").orElse("");
        diagnostics.error(e.keyAt("subject"), "'" + text + "' is not a valid subject for a reaction: " + hint
                + "use one of " + FORMS);
        return null;
    }

    /** The stance, refused where it does not fit the subject: only the plan gets a stance. */
    private Stance stance(Entry<Raw.Reaction> e, Subject subject) {
        List<String> allowed = new ArrayList<>(Stance.ids());
        allowed.add(Stance.NONE.id());
        String stanceId = checks.oneOf(e, "stance", e.raw().stance(), allowed, "reaction");
        if (stanceId == null || subject == null) {
            return null;
        }
        Stance stance = Stance.of(stanceId).orElseThrow();
        if (subject.related() && stance != Stance.NONE) {
            diagnostics.error(e.keyAt("stance"), "a reaction to a related matter (" + subject.label() + ") has no stance "
                    + "on the plan: write stance: none, or, if it does respond to the plan, give it a subject of "
                    + Subject.Kind.DRAFT.id() + ", version:..., or provision:...");
            return null;
        }
        if (!subject.related() && stance == Stance.NONE) {
            diagnostics.error(e.keyAt("stance"), "stance: none is only for a reaction to a related matter: give its stance "
                    + "on the plan, one of " + String.join(", ", Stance.ids()));
            return null;
        }
        return stance;
    }

    private Reaction.Quote quote(Entry<Raw.Reaction> e, Link owner) {
        Raw.Quote raw = e.raw().quote();
        if (raw == null) {
            return null;
        }
        if (checks.requiredText(e, "quote.text", raw.text(), "quote") & checks.required(e, "quote.source", raw.source(), "quote",
                        "write the id of the source it quotes after it, like source: wire (an id in content/data/sources.yaml)")
                && site.checkCitation(List.of(raw.source()), () -> e.keyAt("source"), owner, to -> "write source: " + to + " in the quote")) {
            Source source = site.sources.get(raw.source());
            return source == null ? null : new Reaction.Quote(raw.text().strip(), source);
        }
        return null;
    }
}
