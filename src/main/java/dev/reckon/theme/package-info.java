/**
 * The default theme shipped inside Reckon: the Freemarker templates and assets a site uses for every
 * file its own {@code templates/} folder does not have. Depends on nothing else in Reckon.
 */
package dev.reckon.theme;
