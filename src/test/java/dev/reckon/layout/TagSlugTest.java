package dev.reckon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** No tag can place its page outside its folder, or name a Windows device. */
class TagSlugTest {
    @Test
    void tagsBecomeSingleSafeSegments() {
        assertEquals("etc", ListPages.tagSlug("../../etc"));
        assertEquals("etc-passwd", ListPages.tagSlug("/etc/passwd"));
        assertEquals("a-2fb", ListPages.tagSlug("a%2Fb"));
        assertEquals("a-b", ListPages.tagSlug("a\\b"));
        assertEquals("con-tag", ListPages.tagSlug("CON"));
        assertEquals("nul-tag", ListPages.tagSlug("nul"));
        assertEquals("tag", ListPages.tagSlug("../"));
    }
}
