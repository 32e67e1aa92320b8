package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import folio.render.RenderedFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * On paper a menu, a language switcher, a pager or a button does nothing: the print style sheet
 * hides them, and a page printed with "English Українська" under its title showed one it had
 * missed. Builds the real site and requires every nav, button, summary and form on every page to
 * be, or to sit inside, an element with a class the {@code @media print} block of style.css sets
 * to {@code display: none}.
 */
class PrintControlsTest {

    private static final Pattern PRINT = Pattern.compile("@media print \\{(.*?)\\n\\}", Pattern.DOTALL);
    private static final Pattern HIDING = Pattern.compile("([^{}]+)\\{\\s*display:\\s*none[^}]*\\}");
    private static final Pattern CLASS = Pattern.compile("^\\.([\\w-]+)$");

    @Test
    void controlsAreNotPrinted() throws Exception {
        Set<String> hidden = hiddenInPrint();
        assertTrue(hidden.contains("site-nav"), "print rule not found: " + hidden);
        Set<String> problems = new TreeSet<>();
        int controls = 0;
        for (RenderedFile file : RealSite.pages()) {
            Document page = Jsoup.parse(new String(file.bytes(), StandardCharsets.UTF_8), file.path());
            for (Element control : page.select("nav, button, summary, form")) {
                controls++;
                if (!printsHidden(control, hidden)) {
                    problems.add(file.path() + ": <" + control.tagName() + " class=\"" + control.className() + "\">");
                }
            }
        }
        assertTrue(controls > 500, controls + " controls");
        assertTrue(problems.isEmpty(), "printed, though they do nothing on paper (add their class to style.css's print rule):\n"
                + String.join("\n", problems));
    }

    private static boolean printsHidden(Element control, Set<String> hidden) {
        for (Element e = control; e != null; e = e.parent()) {
            for (String name : e.classNames()) {
                if (hidden.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The classes that style.css's print block hides with a selector of that class alone. */
    private static Set<String> hiddenInPrint() throws Exception {
        String css = Files.readString(Path.of("templates/static/style.css"));
        Matcher print = PRINT.matcher(css);
        assertTrue(print.find(), "no @media print block in style.css");
        Set<String> names = new TreeSet<>();
        Matcher rule = HIDING.matcher(print.group(1));
        while (rule.find()) {
            for (String selector : rule.group(1).split(",")) {
                Matcher c = CLASS.matcher(selector.strip());
                if (c.matches()) {
                    names.add(c.group(1));
                }
            }
        }
        return names;
    }
}
