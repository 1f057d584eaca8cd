/**
 * Laying out a site with Freemarker templates: which pages it has (posts, home, blog index, tags,
 * standalone pages, 404) with their models, the Atom and RSS feeds, the sitemap and robots.txt,
 * and the drawn social images.
 */
package dev.reckon.layout;
