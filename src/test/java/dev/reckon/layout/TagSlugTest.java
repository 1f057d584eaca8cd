package dev.reckon.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** No tag can place its page outside its folder, or name a Windows device. */
class TagSlugTest {
    @Test
    void tagsBecomeSingleSafeSegments() {
        assertEquals("etc", TemplateModels.tagSlug("../../etc"));
        assertEquals("etc-passwd", TemplateModels.tagSlug("/etc/passwd"));
        assertEquals("a-2fb", TemplateModels.tagSlug("a%2Fb"));
        assertEquals("a-b", TemplateModels.tagSlug("a\\b"));
        assertEquals("con-tag", TemplateModels.tagSlug("CON"));
        assertEquals("nul-tag", TemplateModels.tagSlug("nul"));
        assertEquals("tag", TemplateModels.tagSlug("../"));
    }
}
