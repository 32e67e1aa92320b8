package folio.site;

import java.util.Map;

/**
 * One language of the site (site.yaml's {@code languages:}). The default language's pages are at
 * the site root ({@code prefix} ""), every other's under its code ("uk/"); {@code baseUrl} is the
 * absolute address of that folder. {@code name} is what the language switcher shows ("English",
 * "Українська"); {@code menu} gives menu labels by page id; {@code wording} the words the site
 * model writes in it (from the theme's interface strings: see {@link #with(ModelWords)}).
 */
public record Language(String code, String prefix, String baseUrl, String name, String title, String description,
                       Map<String, String> menu, DateStyle dates, ModelWords wording) {

    /** This language with the theme's words for it. */
    public Language with(ModelWords words) {
        return new Language(code, prefix, baseUrl, name, title, description, menu, dates, words);
    }

    public boolean isDefault() {
        return prefix.isEmpty();
    }
}
