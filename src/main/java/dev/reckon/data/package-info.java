/**
 * The sourced data set of accelerators, models, number formats and datacenters: the bundled YAML
 * files and a site's own content/data files read into records whose every figure carries its source,
 * confirmation level and, where it changes, the date it was true. Also the table of known fields
 * ({@link dev.reckon.data.KnownFields}) the loader checks names against, the listings of
 * {@code reckon data}, figures by age ({@link dev.reckon.data.Staleness}) and the import of Epoch
 * AI's CSVs ({@link dev.reckon.data.EpochImport}).
 */
package dev.reckon.data;
