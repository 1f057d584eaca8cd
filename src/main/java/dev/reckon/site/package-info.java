/**
 * A whole build: content loaded, pages rendered, laid out with Freemarker templates, feeds,
 * sitemap and social images drawn, and the output written in full or not at all, with the caches
 * that make rebuilds cheap.
 */
package dev.reckon.site;
