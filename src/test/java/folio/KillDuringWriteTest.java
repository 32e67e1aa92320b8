package folio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build is a separate process that can be killed at any moment: with kill -9 during the write,
 * site/ is always the complete old site or the complete new one, and the next build succeeds and
 * cleans up. Two processes building at once never corrupt each other's work.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class KillDuringWriteTest {
    private static final int PAGES = 2500;

    @TempDir
    Path dir;

    private int logs;

    private TestSite site(String version) {
        TestSite site = TestSite.minimal(dir).file("content/index.md", "---\ntitle: Home\n---\nHome, " + version + ".\n");
        String filler = "Filler text so that every page takes a moment to write. ".repeat(60);
        for (int i = 0; i < PAGES; i++) {
            site.file("content/pages/page-" + i + ".md", "---\ntitle: Page " + i + "\n---\nThis is " + version
                    + " of page " + i + ".\n\n" + filler + "\n");
        }
        return site;
    }

    private Map<String, String> buildInProcess(TestSite site) {
        Build.Result result = site.build();
        assertEquals(0, result.exitCode(), TestSite.errors(result));
        return RobustnessTest.tree(dir.resolve("site"));
    }

    private Process start() throws IOException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = ProcessHandle.current().info().command().orElse("java");
        File log = dir.resolve("build-" + (logs++) + ".log").toFile();
        ProcessBuilder builder = new ProcessBuilder(java, "-Xshare:auto", "-cp", classpath, "folio.Main", "build")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log);
        // On GitHub these test builds must not add to the pull request's annotations or summary.
        builder.environment().remove("GITHUB_ACTIONS");
        return builder.start();
    }

    @Test
    void killedDuringTheWriteLeavesTheOldOrTheNewSiteNeverAPartialOne() throws Exception {
        Map<String, String> one = buildInProcess(site("version one"));
        Map<String, String> two = buildInProcess(site("version two"));
        assertTrue(one.size() > PAGES);
        Map<String, String> current = two;
        int killedWhileWriting = 0;
        long[] delays = {0, 20, 60, 150, 400};
        for (int round = 0; round < delays.length; round++) {
            boolean toOne = round % 2 == 0;
            site(toOne ? "version one" : "version two");
            Map<String, String> next = toOne ? one : two;
            Process process = start();
            Path temp = dir.resolve(".site.tmp-" + process.pid());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (process.isAlive() && !Files.exists(temp) && System.nanoTime() < deadline) {
                Thread.sleep(1);
            }
            if (process.isAlive() && Files.exists(temp)) {
                Thread.sleep(delays[round]);
                if (process.isAlive()) {
                    killedWhileWriting++;
                }
            }
            process.destroyForcibly();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));

            Map<String, String> seen = RobustnessTest.tree(dir.resolve("site"));
            if (seen.isEmpty()) {
                // Killed between the two renames: the old site waits complete in .site.old.
                assertEquals(current, RobustnessTest.tree(dir.resolve(".site.old")), "round " + round);
            } else {
                assertTrue(seen.equals(current) || seen.equals(next),
                        "round " + round + ": site/ is neither the old nor the new site (" + seen.size() + " files)");
            }
            assertEquals(next, buildInProcess(new TestSite(dir)), "the next build succeeds, round " + round);
            assertNoLeftovers();
            current = next;
        }
        assertTrue(killedWhileWriting > 0, "no kill landed during the write; make the site bigger");
    }

    @Test
    void twoBuildProcessesAtOnceWaitOrFailClearlyAndNeverCorrupt() throws Exception {
        Map<String, String> expected = buildInProcess(site("version one"));
        for (int round = 0; round < 2; round++) {
            List<Process> processes = new ArrayList<>(List.of(start(), start()));
            for (Process process : processes) {
                assertTrue(process.waitFor(120, TimeUnit.SECONDS));
            }
            for (int k = 0; k < processes.size(); k++) {
                Process process = processes.get(k);
                String log = Files.readString(dir.resolve("build-" + (logs - 2 + k) + ".log"));
                if (process.exitValue() != 0) {
                    assertEquals(75, process.exitValue(), log);
                    assertTrue(log.contains("site:1: error: another build is writing this site right now: wait for it to finish, "
                            + "then build again"), log);
                    assertFalse(log.contains("Exception"), log);
                }
            }
            assertEquals(expected, RobustnessTest.tree(dir.resolve("site")));
            assertNoLeftovers();
        }
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> siblings = Files.list(dir)) {
            // What a build keeps for the next (.site.parses, .site.pages) is not a leftover.
            List<String> left = siblings.map(p -> p.getFileName().toString())
                    .filter(name -> name.startsWith(".site.") && !name.equals(".site.parses") && !name.equals(".site.pages")).toList();
            assertEquals(List.of(), left);
        }
    }
}
