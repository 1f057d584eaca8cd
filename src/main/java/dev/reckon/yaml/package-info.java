/**
 * The one YAML front end of front matter, site.yaml and data files: snakeyaml-engine node trees
 * composed within one set of limits, with syntax errors, duplicate keys and every node positioned
 * at file:line:column.
 */
package dev.reckon.yaml;
