/**
 * Loading a site's content folder: site.yaml, posts, page bundles and standalone pages with their
 * front matter, every problem collected as a positioned diagnostic; and the listing of a site's
 * sources ({@link dev.reckon.content.SourceTree}) that follows no symbolic link.
 */
package dev.reckon.content;
