package folio.site;

import folio.content.ContentParser;
import folio.content.Raw;
import folio.content.RecordMapper;
import folio.content.YamlNode;
import folio.content.YamlReader;
import folio.diag.Diagnostics;
import folio.diag.SourcePosition;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Validates {@code site.yaml} into a {@link SiteConfig}; problems here are configuration errors (exit 2). */
public final class ConfigReader {
    private ConfigReader() {}

    public static Optional<SiteConfig> read(ContentParser.ParsedContent content, String baseUrlOverride,
                                            Diagnostics diagnostics) {
        if (content.config().isEmpty()) {
            return Optional.empty();
        }
        YamlReader.Located document = content.config().get();
        if (!(document.node() instanceof YamlNode.Mapping)) {
            diagnostics.error(document.origin(), "site.yaml must be key: value lines (title: ..., base_url: ...)");
            return Optional.empty();
        }
        Optional<Raw.SiteConfig> converted = RecordMapper.convert(document.node(), Raw.SiteConfig.class, document,
                document.origin().atLine(1), "site.yaml", diagnostics);
        if (converted.isEmpty()) {
            return Optional.empty();
        }
        Raw.SiteConfig raw = converted.get();
        int before = diagnostics.errorCount();
        String title = required(raw.title(), "title", document, diagnostics);
        String description = required(raw.description(), "description", document, diagnostics);
        String language = required(raw.language(), "language", document, diagnostics);
        if (language != null && !LanguageTag.isTag(language)) {
            diagnostics.error(at(document, "language"), "language '" + language + "' is not a BCP 47 tag like en or en-GB");
        }
        String baseUrl = baseUrlOverride != null ? baseUrlOverride : required(raw.baseUrl(), "base_url", document, diagnostics);
        String basePath = null;
        if (baseUrl != null) {
            String written = baseUrl;
            SourcePosition where = baseUrlOverride != null ? SourcePosition.of("--base-url", 0) : at(document, "base_url");
            // Pages and assets are appended to the base URL: a query or fragment would end up in
            // the middle of every address ("/repo?x=1#fstyle.css"), and user info leaks into every page.
            URI parsed = parse(baseUrl);
            if (parsed != null && (parsed.getRawQuery() != null || parsed.getRawFragment() != null
                    || baseUrl.indexOf('?') >= 0 || baseUrl.indexOf('#') >= 0 || parsed.getRawUserInfo() != null)) {
                diagnostics.error(where, "base URL '" + baseUrl + "' must not hold a query (?), a fragment (#) "
                        + "or user info (@): give the site's address only, like https://user.github.io/repo/");
                baseUrl = null;
            } else if (!baseUrl.endsWith("/")) {
                baseUrl = baseUrl + "/";
            }
            URI uri = baseUrl == null ? null : parse(baseUrl);
            String scheme = uri == null || uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (baseUrl != null && (uri == null || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null)) {
                diagnostics.error(where, "base URL '" + baseUrl + "' must be absolute, like https://user.github.io/repo/ or "
                        + "https://example.org/: " + whyNotAbsolute(baseUrl, uri, scheme));
            } else if (uri != null && uri.getPort() > 65535) {
                // java.net.URI takes any digits; a browser refuses the address, and with it every link built on it.
                diagnostics.error(where, "base URL '" + written + "' has the port " + uri.getPort() + ", past the largest "
                        + "there is, 65535: browsers refuse the address, so every address built from it would lead nowhere; "
                        + "write the port the site is served on, or leave the port out");
            } else if (uri != null) {
                basePath = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
                if (!plainPath(basePath)) {
                    // The 404 page links from the base path: "//evil.example/style.css" is another host.
                    diagnostics.error(where, "base URL '" + written + "' has an empty, '.' or '..' part in its path: links to "
                            + "the site's root would leave it ('//evil.example/' names another host); write the path "
                            + "plainly, like https://user.github.io/repo/");
                    basePath = null;
                }
            }
        }
        LocalDate coverage = day(required(raw.coverageUntil(), "coverage_until", document, diagnostics),
                "coverage_until", "2026-07-31", document, diagnostics);
        LocalDate published = day(raw.published(), "published", "2026-11-23", document, diagnostics);
        LocalDate lastChecked = day(raw.lastChecked(), "last_checked", "2026-12-03", document, diagnostics);
        // The three dates answer different questions (when it went out, when it was last re-read
        // against its sources, how far its material reaches); an order that cannot happen is a typo.
        if (published != null && lastChecked != null && lastChecked.isBefore(published)) {
            diagnostics.error(at(document, "last_checked"), "last_checked " + lastChecked
                    + " is before published " + published + ": the content cannot be re-checked before it is first published");
        }
        if (coverage != null && lastChecked != null && coverage.isAfter(lastChecked)) {
            diagnostics.error(at(document, "coverage_until"), "coverage_until " + coverage
                    + " is after last_checked " + lastChecked + ": coverage cannot reach past the last check; "
                    + "give the date of the newest material the site draws on");
        }
        String repository = EditLinkConfig.repository(raw.repository(), document, diagnostics);
        String editBranch = EditLinkConfig.branch(raw.editBranch(), document, diagnostics);
        List<Language> languages = diagnostics.errorCount() > before ? null
                : LanguageReader.read(raw, language, title, description, baseUrl, document, diagnostics);
        if (diagnostics.errorCount() > before) {
            return Optional.empty();
        }
        Map<String, Object> params = Params.of(raw.params());
        return Optional.of(new SiteConfig(title, description, baseUrl, basePath, language, coverage, published, lastChecked,
                repository, editBranch, params, languages, languages.get(0)));
    }

    /** Whether a path that starts and ends with '/' has no empty, "." or ".." segment (also percent-encoded). */
    static boolean plainPath(String path) {
        if (path.equals("/")) {
            return true;
        }
        for (String segment : path.substring(1, path.length() - 1).split("/", -1)) {
            String dots = segment.replace("%2e", ".").replace("%2E", ".");
            if (dots.isEmpty() || dots.equals(".") || dots.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static URI parse(String url) {
        try {
            return new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A day written YYYY-MM-DD, or null (with an error at its line when it is written but is not one). */
    private static LocalDate day(String text, String key, String example, YamlReader.Located document,
                                 Diagnostics diagnostics) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Optional<PartialDate> date = PartialDate.parse(text, false)
                .filter(d -> d.precision() == PartialDate.Precision.DAY && !d.isRange());
        if (date.isEmpty()) {
            String wrong = PartialDate.impossiblePart(text).map(part -> ": " + part).orElse("");
            diagnostics.error(at(document, key), key + " '" + text.strip() + "' must be a day written YYYY-MM-DD, like "
                    + example + wrong);
            return null;
        }
        return date.get().start();
    }

    private static SourcePosition at(YamlReader.Located document, String key) {
        return document.keyAt(key, document.origin().atLine(1));
    }

    private static String required(String value, String key, YamlReader.Located document, Diagnostics diagnostics) {
        if (NoValue.isEmpty(value) && NoValue.report(document, key, switch (key) {
            case "language" -> NoValue.Write.as("write the site's language after it, a BCP 47 tag like en or en-GB");
            case "base_url" -> NoValue.Write.as("write the site's address after it, like https://user.github.io/repo/");
            case "coverage_until" -> NoValue.Write.as("write the last day the site covers after it, like 2026-07-31");
            default -> NoValue.Write.text("the site's", key);
        }, diagnostics)) {
            return null;
        }
        if (value == null || value.isBlank()) {
            diagnostics.error(document.origin().atLine(1), "site.yaml needs '" + key + "': add a line " + key + ": ...");
            return null;
        }
        return value.strip();
    }

    /** What keeps a base URL from being an absolute http(s) address, in the editor's terms. */
    private static String whyNotAbsolute(String baseUrl, URI uri, String scheme) {
        for (int i = 0; i < baseUrl.length(); i++) {
            char c = baseUrl.charAt(i);
            if (Character.isWhitespace(c)) {
                return "it has a space in it (write %20 in a path)";
            }
            if (c > 0x7E) {
                return "it holds '" + baseUrl.substring(i, baseUrl.offsetByCodePoints(i, 1)) + "', which an address gives "
                        + "encoded: the host name in its xn-- form, the path with %-escapes (as the browser's address bar copies it)";
            }
        }
        if (baseUrl.indexOf('\\') >= 0) {
            // Browsers read it as / in an http(s) address (as in links: LinkUrls.backslashReason).
            return "it holds a backslash \\, which browsers read as / in a web address: write / (or %5C for a backslash "
                    + "that is part of the address)";
        }
        if (uri == null) {
            try {
                new URI(baseUrl);
            } catch (URISyntaxException e) {
                return "it holds " + EditLinkConfig.describe(baseUrl, e.getIndex()) + ", which a web address cannot hold "
                        + "(write it %-encoded, as the browser's address bar copies it)";
            }
            return "it is not a valid address";
        }
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return scheme.isEmpty() ? "it has no https:// at its start" : "its scheme is " + scheme + ":, not https: or http:";
        }
        return "it has no host name after " + scheme + "://";
    }
}
