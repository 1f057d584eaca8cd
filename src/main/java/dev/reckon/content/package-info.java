/**
 * Loading a site's content folder: site.yaml, posts, page bundles and standalone pages with their
 * front matter, every problem collected as a positioned diagnostic.
 */
package dev.reckon.content;
