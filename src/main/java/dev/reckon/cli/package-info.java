/**
 * The reckon command line (picocli): build, calc, data, serve, new and check, the only place that
 * prints diagnostics and picks the exit code.
 */
package dev.reckon.cli;
