/**
 * The sourced data set of accelerators, models and number formats: the bundled YAML files and a
 * site's own content/data files read into records whose every figure carries its source and
 * confirmation level.
 */
package dev.reckon.data;
