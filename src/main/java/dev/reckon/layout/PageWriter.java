package dev.reckon.layout;

import dev.reckon.content.Page;
import dev.reckon.content.SiteConfig;
import dev.reckon.diag.ReckonException;
import dev.reckon.output.LayoutMemo;
import dev.reckon.output.SiteOutput;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What every page of one build's layout shares (settings, templates, template models, the
 * site-wide model, the sitemap) and the one way a page is laid out: through its template, or with
 * a layout memo ({@code serve}) as last time when everything it reads is unchanged.
 */
final class PageWriter {
    final SiteConfig config;
    final Templates templates;
    final TemplateModels models;
    /** The model's {@code site}, the same for every page. */
    final Map<String, Object> site;
    final Sitemap sitemap;
    private final LayoutMemo memo;
    /** The templates that ran past a limit in this build, with the error. */
    private final Map<String, ReckonException> overLimit = new ConcurrentHashMap<>();
    /** The templates folder as the memo's inputs see it; null without a memo. */
    private final String templatesStamp;

    /**
     * @param year the footer's year
     * @param menu the standalone pages the navigation links, in order
     */
    PageWriter(SiteConfig config, Templates templates, int year, List<Page> menu, LayoutMemo memo) {
        this.config = config;
        this.templates = templates;
        this.models = new TemplateModels(config);
        this.site = models.site(year, menu);
        this.sitemap = new Sitemap(config.baseUrl());
        this.memo = memo;
        this.templatesStamp = memo == null ? null : templates.stamp();
    }

    /**
     * Lays out {@code template}; once a template ran past one of its limits in this build, every
     * later page of it fails at once with that error instead of spending the limit again (a runaway
     * post.ftlh would otherwise cost its time limit once per post).
     */
    byte[] render(String template, Map<String, Object> model) {
        ReckonException earlier = overLimit.get(template);
        if (earlier != null) {
            throw new ReckonException(earlier.diagnostics());
        }
        try {
            return templates.renderFile(template, model);
        } catch (Templates.TemplateLimitException e) {
            overLimit.putIfAbsent(template, e);
            throw e;
        }
    }

    /** {@code render}'s bytes, or with a memo last time's for {@code file} if the templates and {@code inputs} are unchanged. */
    byte[] layOut(String file, Supplier<byte[]> render, Object... inputs) {
        if (memo == null) {
            return render.get();
        }
        Object[] all = new Object[inputs.length + 1];
        all[0] = templatesStamp;
        System.arraycopy(inputs, 0, all, 1, inputs.length);
        return memo.layOut(file, List.of(all), render);
    }

    /**
     * The model of a page the site makes rather than the author writes (home, blog index, tags, 404):
     * the site's description and drawn social image, no math.
     */
    Map<String, Object> sitePage(String title, String path) {
        Map<String, Object> page = new HashMap<>();
        page.put("title", title);
        page.put("description", config.description());
        page.put("path", config.basePath() + path);
        page.put("url", config.baseUrl() + path);
        page.put("image", config.baseUrl() + TemplateModels.SOCIAL_IMAGE);
        page.put("imageDrawn", true);
        page.put("hasMath", false);
        return page;
    }

    /** A template's whole model: the site and this page. */
    Map<String, Object> model(Map<String, Object> page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", page);
        return model;
    }

    /**
     * Lays out one page other than a post and lists it. With a memo, a page whose model is equal to
     * last time's (lists, tags, 404: plain maps of front matter) is not laid out again; a model
     * holding rendered Markdown (the home page's intro, standalone pages) never compares equal, so
     * those always are.
     */
    void write(SiteOutput out, String file, String template, Map<String, Object> model, boolean inSitemap) {
        out.write(file, layOut(file, () -> render(template, model), template, model));
        sitemap.add(file, inSitemap);
    }
}
