package folio.render;

/** HTML fragment to plain text: tags and markers dropped, common entities decoded, spaces collapsed. */
public final class PlainText {
    private PlainText() {}

    public static String of(String html) {
        String text = html.replaceAll("<span class=\"term-pop\"[^>]*>.*?</span></span>", "</span>")
                .replaceAll("<button[^>]*>.*?</button>", "")
                .replaceAll("<[^>]*>", "")
                .replaceAll("\uE000[^\uE001]*\uE001", "")
                .replaceAll("[\uE000-\uE00F]", "");
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        return text.replaceAll("\\s+", " ").strip();
    }
}
