package folio.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void prettyUrlsPointAtIndexFiles() {
        assertEquals("index.html", SitePaths.file(""));
        assertEquals("about/index.html", SitePaths.file("about/"));
        assertEquals("glossary/index.html#term-donbas", SitePaths.file("glossary/#term-donbas"));
        assertEquals("404.html", SitePaths.file("404.html"));
    }

    @Test
    void rootPrefixClimbsOneLevelPerFolder() {
        assertEquals("", SitePaths.rootPrefix("index.html"));
        assertEquals("../", SitePaths.rootPrefix("about/index.html"));
        assertEquals("../../", SitePaths.rootPrefix("provisions/21/index.html"));
    }

    @Test
    void pageUrlsFollowTheFileTree() {
        assertEquals("", PageAssembler.urlOf("index"));
        assertEquals("guides/", PageAssembler.urlOf("guides/index"));
        assertEquals("guides/one/", PageAssembler.urlOf("guides/one"));
    }
}
