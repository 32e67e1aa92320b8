package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** edit_branch: and repository: go into every edit link: each is held to what such a link can carry. */
class EditLinkConfigTest {

    @ParameterizedTest
    @ValueSource(strings = {"main", "gh-pages", "release/2026", "feature/a.b_c-1", "v1.0", "édition"})
    void branchNamesGitAccepts(String name) {
        assertNull(BranchName.problem(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "main branch", "a..b", "-main", "/main", "main/", "a//b", "main.", "main.lock",
            "a/.hidden", "feat/x.lock/y", "a\nb", "a\tb", "a\u007fb", "a~1", "a^2", "a:b", "what?", "a*", "a[b",
            "a\\b", "main#top", "50%", "@", "a@{1}", "no\u00a0break"})
    void branchNamesGitRefusesOrALinkCannotCarry(String name) {
        assertNotNull(BranchName.problem(name), name);
    }

    @Test
    void theProblemIsNamed() {
        assertEquals("it has a space", BranchName.problem("main branch"));
        assertEquals("it has the control character U+000A", BranchName.problem("a\nb"));
        assertEquals("it starts with '-' (git would read it as an option)", BranchName.problem("-x"));
        assertEquals("its part 'x.lock' ends with '.lock'", BranchName.problem("x.lock"));
        assertEquals("it is 200,000 characters long, longer than any branch name (folio takes at most 1,000, and git at most "
                + "255 bytes between two '/')", BranchName.problem("a".repeat(200_000)));
        assertEquals("its part 'aaaaaaaaaaaaaaaaaaaa...' is longer than 255 bytes, which git cannot keep as a branch",
                BranchName.problem("release/" + "a".repeat(256)));
        assertNull(BranchName.problem("release/" + "a".repeat(255)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://github.com/owner/repo", "https://github.com/owner/repo/", "http://git.example.org:8080/a/b",
            "https://gitlab.example.org/group/sub/repo"})
    void repositoryAddresses(String url) {
        assertNull(EditLinkConfig.repositoryProblem(url), url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"github.com/owner/repo", "ftp://example.org/r", "javascript:alert(1)", "https://",
            "https:/github.com/o/r", "https://github.com/o/r?tab=1", "https://github.com/o/r#readme",
            "https://user:pw@github.com/o/r", "https://github.com/o/../r", "https://github.com//r",
            "https://github.com/o/r\"><script>", "https://github.com/o/r x", "https://github.com:99999/o/r"})
    void notRepositoryAddresses(String url) {
        assertNotNull(EditLinkConfig.repositoryProblem(url), url);
    }
}
