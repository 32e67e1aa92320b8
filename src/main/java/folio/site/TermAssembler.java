package folio.site;

import folio.content.ContentParser.Entry;
import folio.content.Raw;
import folio.content.ReferenceKind;
import folio.diag.SourcePosition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds the glossary (content/data/terms.yaml): term, aliases, definition, sources; A to Z. */
final class TermAssembler {
    private final AssemblyContext context;

    TermAssembler(AssemblyContext context) {
        this.context = context;
    }

    /** An alias that is the term itself, or another alias again, adds nothing but a duplicate row to the open data. */
    private void checkAliases(Entry<Raw.Term> e, Raw.Term raw) {
        if (raw.aliases() == null) {
            return;
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        if (raw.term() != null) {
            seen.add(key(raw.term()));
        }
        for (String alias : raw.aliases()) {
            if (alias != null && !seen.add(key(alias))) {
                context.diagnostics.error(e.keyAt("aliases"), "alias '" + alias.strip() + "' is "
                        + (raw.term() != null && key(alias).equals(key(raw.term())) ? "the term itself"
                        : "listed twice") + ": remove it from aliases");
            }
        }
    }

    /**
     * A name as a reader reads it: without the spaces around it, in lower case, and with each accented letter stored one
     * way (NFC): "Résumé" typed with é and pasted with e and U+0301 are one name on the page and in search, but were
     * two names to these checks, so two terms could claim it.
     */
    private static String key(String name) {
        return java.text.Normalizer.normalize(name.strip(), java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** A name (a term or an alias, folded to lower case) as one term claims it. */
    private record Claim(String name, String id, String how, SourcePosition at) {}

    /**
     * A name that two terms claim, as the name of one and an alias of another or as an alias of
     * both: the search and the open data would send a reader who looks it up to either. Reported
     * at both, each naming the other, so the editor sees which to change.
     */
    private void checkSharedNames(Map<String, Entry<Raw.Term>> entries) {
        Map<String, Claim> claims = new HashMap<>();
        entries.forEach((id, e) -> {
            List<String> names = new ArrayList<>();
            if (e.raw().term() != null) {
                names.add(e.raw().term());
            }
            int aliases = names.size();
            if (e.raw().aliases() != null) {
                e.raw().aliases().stream().filter(java.util.Objects::nonNull).forEach(names::add);
            }
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i).strip();
                Claim mine = i < aliases ? new Claim(name, id, "the name", e.keyAt("term"))
                        : new Claim(name, id, "an alias", e.keyAt("aliases"));
                Claim other = claims.putIfAbsent(key(name), mine);
                if (other != null && !other.id().equals(id)) {
                    report(mine, other);
                    report(other, mine);
                }
            }
        });
    }

    private void report(Claim here, Claim there) {
        context.diagnostics.error(here.at(), "'" + here.name() + "' is " + here.how() + " of term '" + here.id() + "', and '"
                + there.name() + "' (" + there.at() + ") " + there.how() + " of term '" + there.id() + "': a name, in any "
                + "case (and with an accent stored either way), must lead to one term; remove it from one of them (from its aliases:) or make the names differ");
    }

    List<GlossaryTerm> buildAll(Map<String, Entry<Raw.Term>> entries) {
        checkSharedNames(entries);
        List<GlossaryTerm> terms = new ArrayList<>();
        entries.forEach((id, e) -> {
            Raw.Term raw = e.raw();
            Checks checks = context.checks;
            boolean ok = checks.requiredText(e, "term", raw.term(), "term");
            Link owner = new Link(raw.term(), context.targetUrl(ReferenceKind.TERM, id));
            // A definition shows no popovers of its own: it is itself shown in one.
            Markup definition = checks.requiredText(e, "definition", raw.definition(), "term")
                    ? context.inline(e, "definition", raw.definition(), owner, false) : null;
            List<Source> list = context.sourceList(e, raw.sources(), true, "term", owner);
            checkAliases(e, raw);
            if (ok && definition != null) {
                terms.add(new GlossaryTerm(id, raw.term(), raw.aliases() == null ? List.of() : List.copyOf(raw.aliases()),
                        definition, list, owner.url(), context.origin(e)));
            }
        });
        // A collator costs tens of milliseconds to set up in a fresh JVM: none for a site without terms.
        if (terms.size() > 1) {
            terms.sort(Comparator.comparing(GlossaryTerm::term, GlossaryTerm.alphabetical(context.config.dates().locale()))
                    .thenComparing(GlossaryTerm::id));
        }
        return List.copyOf(terms);
    }
}
