/**
 * The JavaScript sandbox of build-time libraries: {@link dev.reckon.js.JsEngine} owns the one GraalJS
 * engine that KaTeX ({@code math}) and Prism ({@code highlight}) share, started lazily, and builds
 * every context they use with no access to the host, files, threads, processes or environment.
 */
package dev.reckon.js;
