/**
 * The default theme shipped inside Reckon: the Freemarker templates and assets a site uses for every
 * file its own {@code templates/} folder does not have. Depends only on {@code files}.
 */
package dev.reckon.theme;
