/**
 * One build of a site as named phases ({@link dev.reckon.site.SiteBuilder}), one at a time per site:
 * content and data set loaded, pages rendered through the Markdown pipeline and its caches, laid out
 * by {@code layout}, written through {@code output} in full or not at all; and what a builder keeps
 * between builds.
 */
package dev.reckon.site;
