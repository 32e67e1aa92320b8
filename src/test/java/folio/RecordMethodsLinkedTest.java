package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build of the real site, and two more into its folder (the second reads what the first kept), call no record's
 * generated equals, hashCode or toString: each is linked at run time on its first call, and those
 * links cost the real site about 40 ms of a one-second build (bench/PROFILE.md, twenty-fifth
 * round). The JVM's own trace of call sites linked shows them; no timing is asserted.
 */
class RecordMethodsLinkedTest {
    @TempDir
    Path dir;

    @Test
    void buildsOfTheRealSiteLinkNoRecordMethod() throws Exception {
        Path output = dir.resolve("site");
        assertEquals(List.of(), recordMethodsLinked(output), "a full build");
        assertEquals(List.of(), recordMethodsLinked(output), "a build into the last one's folder");
        assertEquals(List.of(), recordMethodsLinked(output), "a build that reads the parses that the last one kept");
    }

    /** The record methods a build of content/ and templates/ into {@code output} linked, as "Class method". */
    private List<String> recordMethodsLinked(Path output) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path log = Files.createTempFile(dir, "build", ".log");
        Process process = new ProcessBuilder(java, "-Djava.lang.invoke.MethodHandle.TRACE_METHOD_LINKAGE=true", "-cp",
                classpath, "folio.Main", "build", "--quiet", "--output", output.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the build did not end in 120 s");
        }
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertEquals(0, process.exitValue(), String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
        assertTrue(lines.stream().anyMatch(line -> line.startsWith("linkCallSite ")), "the JVM printed no trace of call sites");
        return lines.stream().filter(line -> line.startsWith("linkCallSite ") && line.contains("java.lang.runtime.ObjectMethods.bootstrap"))
                .map(line -> line.split(" ")[1] + " " + line.replaceFirst(".*invokeStatic ([A-Za-z]+)\\(.*", "$1"))
                .distinct().collect(Collectors.toList());
    }
}
