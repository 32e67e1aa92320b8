package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * How `mvn package` builds the site, read from pom.xml (running Maven inside the tests would
 * be too slow): the site build runs in Maven's JVM with System.exit blocked, so a content
 * error ends with folio's messages and Maven's one-line failure, not the exec plugin's stack
 * trace of a forked process; the class-data-sharing training run is a forked JVM that never
 * fails the build. Checked by hand too (README, "Command line").
 */
class MavenPackageTest {
    @Test
    void theSiteBuildRunsInMavensJvmAndTheTrainingRunNeverFails() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        List<Element> executions = new ArrayList<>();
        NodeList all = pom.getElementsByTagName("execution");
        for (int i = 0; i < all.getLength(); i++) {
            Element execution = (Element) all.item(i);
            if (text(execution, "phase").equals("package")) {
                executions.add(execution);
            }
        }
        Element build = executions.stream().filter(e -> text(e, "mainClass").equals("folio.Main")).findFirst()
                .orElseThrow(() -> new AssertionError("no package-phase execution runs folio.Main in process"));
        assertEquals("java", text(build, "goal"), "a forked exec:exec prints a stack trace for every failed build");
        assertEquals("true", text(build, "blockSystemExit"));
        assertEquals("${folio.args}", text(build, "commandlineArgs"));

        Element training = executions.stream().filter(e -> text(e, "commandlineArgs").contains("-XX:ArchiveClassesAtExit="))
                .findFirst().orElseThrow(() -> new AssertionError("no class-data-sharing training run"));
        assertEquals("exec", text(training, "goal"), "the archive needs a JVM of its own");
        assertTrue(text(training, "commandlineArgs").contains("/folio.jsa ") && text(training, "commandlineArgs")
                .contains("-jar ${project.build.directory}/folio.jar"), text(training, "commandlineArgs"));
        assertTrue(executions.indexOf(training) > executions.indexOf(build), "training after the build, which reports errors");
        List<String> codes = new ArrayList<>();
        NodeList codeNodes = training.getElementsByTagName("successCode");
        for (int i = 0; i < codeNodes.getLength(); i++) {
            codes.add(codeNodes.item(i).getTextContent().strip());
        }
        assertTrue(codes.containsAll(List.of("0", "1", "2")), "the training run must never fail the build: " + codes);
        assertTrue(!text(training, "outputFile").isEmpty(), "the training run's output stays out of the console");
    }

    private static String text(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
    }
}
