/**
 * {@code reckon check}: builds the site into a throw-away folder and reports every problem an author
 * can fix in one run — build errors of all pages, internal links and anchors that do not resolve,
 * missing images, images without alt text, pages without a description, and figures typed by hand
 * in prose where a directive should compute them. External links are checked only on request.
 */
package dev.reckon.check;
