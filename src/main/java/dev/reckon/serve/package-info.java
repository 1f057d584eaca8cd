/**
 * The development server: serves a live build over the JDK HttpServer, watches the site folder,
 * rebuilds on change and reloads open pages over server-sent events.
 */
package dev.reckon.serve;
