package folio.i18n;

import folio.content.ContentParser;
import folio.content.ContentParser.ParsedContent;
import folio.content.ContentParser.ParsedTranslation;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import folio.i18n.TranslationStatus.State;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * The entry point of translations: {@link #check} reports every problem of every translation
 * file and, once site.yaml declares its languages, every stale or missing translation;
 * {@link #overlay} gives one language's content for assembly.
 */
public final class Translations {
    /** One language's content and the status of each English page and entry in it. */
    public record Resolution(ParsedContent content, List<TranslationStatus> statuses) {}

    /**
     * What a build lets pass as a warning: stale or unstamped translations ({@code --allow-stale})
     * and missing ones ({@code --allow-untranslated}). Both are errors by default, as on CI.
     */
    public record Policy(boolean allowStale, boolean allowUntranslated) {
        public static final Policy STRICT = new Policy(false, false);
        /** The preview server's: an editor mid-translation sees warnings, not a refused build. */
        public static final Policy EDITING = new Policy(true, true);
    }

    private static final BiPredicate<String, String> NOTHING_REFUSED = (kind, id) -> false;

    /** The statuses listed past this many in one message are counted ("and 12 more"). */
    private static final int LISTED = 12;

    private Translations() {}

    /**
     * Checks every translation file against the English content and reports, by {@code policy},
     * what is stale or missing in each declared language. Returns the statuses of all languages.
     */
    public static List<TranslationStatus> check(ParsedContent content, Policy policy, Diagnostics diagnostics) {
        return check(content, policy, NOTHING_REFUSED, diagnostics);
    }

    /** As {@link #check}, with no status for what {@code refused} names (see {@link #checkAll(ParsedContent, Policy, BiPredicate, Diagnostics)}). */
    public static List<TranslationStatus> check(ParsedContent content, Policy policy, BiPredicate<String, String> refused,
                                                Diagnostics diagnostics) {
        List<TranslationStatus> all = new ArrayList<>();
        checkAll(content, policy, refused, diagnostics).values().forEach(resolution -> all.addAll(resolution.statuses()));
        return all;
    }

    /**
     * As {@link #check}, keeping each language's resolution (its statuses and its content with the
     * translations laid over it), by language: a build overlays each language once, not once to
     * check it and again to build it.
     */
    public static Map<String, Resolution> checkAll(ParsedContent content, Policy policy, Diagnostics diagnostics) {
        return checkAll(content, policy, NOTHING_REFUSED, diagnostics);
    }

    /**
     * As {@link #checkAll(ParsedContent, Policy, Diagnostics)}, saying nothing of the pages and
     * entries {@code refused} names (by kind, "pages" or a collection, and id: a page by its
     * content-relative path): they are refused for their name with an error of their own, which
     * says what to rename, so asking for their translation ("add content/sp ace.uk.md") or
     * calling a translation's id unknown would only send the editor the wrong way.
     */
    public static Map<String, Resolution> checkAll(ParsedContent content, Policy policy, BiPredicate<String, String> refused,
                                                   Diagnostics diagnostics) {
        return checkAll(content, policy, refused, diagnostics, null);
    }

    /** As above; {@code kept}: the data translations the last build laid, or null (always null while an id is refused). */
    public static Map<String, Resolution> checkAll(ParsedContent content, Policy policy, BiPredicate<String, String> refused,
                                                   Diagnostics diagnostics, KeptTranslations kept) {
        Languages languages = Languages.of(content);
        List<ParsedTranslation> inDefault = content.translations().stream()
                .filter(file -> file.name().language().equals(languages.base())).toList();
        boolean defaultChanged = inDefault.size() > 1 && content.config().isPresent();
        if (defaultChanged) {
            // Most likely language: in site.yaml was changed to the translations' language: one error
            // there, not one per translation file (25 on the real site) for one line.
            LanguageMistakes.defaultChanged(content.config().get(), languages.base(), inDefault, diagnostics);
        }
        if (!languages.declared() && content.config().isPresent()) {
            LanguageMistakes.undeclared(content.translations(), languages.base(), diagnostics);
        }
        for (ParsedTranslation file : content.translations()) {
            String code = file.name().language();
            SourcePosition at = SourcePosition.of(file.file().path(), 1);
            if (code.equals(languages.base())) {
                if (!defaultChanged) {
                    diagnostics.error(at, "this site's default language is " + code + ": its text is "
                            + file.originalPath() + " itself; move this text there and delete this file");
                }
            } else if (!languages.accepts(code)) {
                diagnostics.error(at, "language '" + code + "' is not declared in site.yaml (languages: "
                        + String.join(", ", languages.others()) + "): declare it under languages:, or rename this file");
            }
        }
        Map<String, Resolution> resolutions = new LinkedHashMap<>();
        for (String language : languagesOf(content, languages)) {
            Resolution resolution = Overlay.resolve(content, language, refused, diagnostics, kept);
            // After language: was changed, what is "missing" follows from that one line: no list of files.
            if (languages.declared() && !defaultChanged) {
                report(resolution.statuses(), policy, languages.name(), diagnostics);
            }
            resolutions.put(language, resolution);
        }
        return resolutions;
    }

    /** The declared languages other than the default; before any are declared, those translation files use. */
    public static List<String> languagesOf(ParsedContent content, Languages languages) {
        if (languages.declared()) {
            return languages.others();
        }
        Set<String> found = new LinkedHashSet<>();
        content.translations().forEach(file -> {
            if (!file.name().language().equals(languages.base())) {
                found.add(file.name().language());
            }
        });
        return List.copyOf(new java.util.TreeSet<>(found));
    }

    /**
     * {@code english} in {@code language}: every page and entry with its translated texts laid
     * over the English ones, ids, URLs and everything else shared; an untranslated one stays
     * English. Problems are {@link #check}'s to report, so none are reported here.
     */
    public static ParsedContent overlay(ParsedContent english, String language) {
        return Overlay.resolve(english, language, NOTHING_REFUSED, new Diagnostics(), null).content();
    }

    /** As {@link #overlay}, with the statuses and the problems of the translation files. */
    public static Resolution resolve(ParsedContent english, String language, Diagnostics diagnostics) {
        return Overlay.resolve(english, language, NOTHING_REFUSED, diagnostics, null);
    }

    private static void report(List<TranslationStatus> statuses, Policy policy, String original, Diagnostics diagnostics) {
        Map<String, List<TranslationStatus>> missingByFile = new LinkedHashMap<>();
        for (TranslationStatus status : statuses) {
            String stamp = "folio translations --stamp " + status.file()
                    + (status.kind().equals("pages") || status.kind().equals("provisions") ? "" : "#" + status.id());
            switch (status.state()) {
                case STALE -> add(diagnostics, policy.allowStale(), status.at(), status.language() + " translation of "
                        + what(status) + " is stale: its " + original + " text changed since it was translated (" + status.detail()
                        + "): bring the translation up to date, then run " + stamp);
                case UNSTAMPED -> add(diagnostics, policy.allowStale(), status.at(), status.language() + " translation of "
                        + what(status) + " is not stamped with the " + original + " text it translates (no translates:): once it "
                        + "renders the current " + original + ", run " + stamp);
                case MISSING -> {
                    if (status.detail().startsWith("lacks ")) {
                        add(diagnostics, policy.allowUntranslated(), status.at(), status.language() + " translation of "
                                + what(status) + " " + status.detail() + ": translate "
                                + (status.detail().contains(",") ? "them" : "it") + untranslatedHint(policy));
                    } else {
                        missingByFile.computeIfAbsent(status.at().path(), k -> new ArrayList<>()).add(status);
                    }
                }
                case TRANSLATED -> { }
            }
        }
        missingByFile.forEach((path, missing) -> {
            TranslationStatus first = missing.get(0);
            String message;
            if (first.kind().equals("pages") || first.kind().equals("provisions")) {
                message = "no " + first.language() + " translation of this " + (first.kind().equals("pages") ? "page" : "provision")
                        + ": add " + first.file();
            } else {
                List<String> ids = missing.stream().limit(LISTED).map(TranslationStatus::id).toList();
                message = "no " + first.language() + " translation of " + missing.size() + " "
                        + (missing.size() == 1 ? ContentParser.singular(first.kind()) : first.kind()) + " in this file: "
                        + String.join(", ", ids) + (missing.size() > LISTED ? " and " + (missing.size() - LISTED) + " more" : "")
                        + ": add " + (missing.size() == 1 ? "it" : "them") + " to " + first.file();
            }
            add(diagnostics, policy.allowUntranslated(), first.at(), message + untranslatedHint(policy));
        });
    }

    /**
     * What to do about a missing translation besides adding it: where it is an error, the flag that lets it pass while
     * translating; where the flag (or the preview server) already let it pass, that a build without it stops here.
     */
    private static String untranslatedHint(Policy policy) {
        return policy.allowUntranslated()
                ? " (a warning while translating, as --allow-untranslated or the preview server lets it pass; a build "
                + "without the flag, as on CI, stops here; folio translations lists what is missing)"
                : " (while translating, build with --allow-untranslated; folio translations lists what is missing)";
    }

    private static String what(TranslationStatus status) {
        return switch (status.kind()) {
            case "pages" -> "this page";
            case "provisions" -> "provision " + status.id();
            default -> ContentParser.singular(status.kind()) + " '" + status.id() + "'";
        };
    }

    private static void add(Diagnostics diagnostics, boolean allowed, SourcePosition at, String message) {
        if (allowed) {
            diagnostics.warning(at, message);
        } else {
            diagnostics.error(at, message);
        }
    }
}
