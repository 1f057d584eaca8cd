package dev.reckon.cli;

import dev.reckon.math.KatexRenderer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code reckon --version}: Reckon's own version and those of the libraries that shape its output,
 * each read from the library on the class path (not from the build file), so it tells what runs.
 */
final class Versions implements IVersionProvider {
    private static final String JS_LANGUAGE = "com.oracle.truffle.js.lang.JavaScriptLanguage";

    @Override
    public String[] getVersion() {
        return new String[] {
            "Reckon " + reckon(),
            "KaTeX " + KatexRenderer.KATEX_VERSION,
            "flexmark-java " + mavenVersion("com.vladsch.flexmark", "flexmark"),
            "FreeMarker " + freemarker.template.Configuration.getVersion(),
            "GraalJS " + graalJs(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ", " + System.getProperty("java.home") + ")",
        };
    }

    /** Reckon's version, filled in by the build ({@code dev/reckon/version.properties}). */
    static String reckon() {
        return properties("/dev/reckon/version.properties").getProperty("reckon", "unknown");
    }

    private static String mavenVersion(String group, String artifact) {
        return properties("/META-INF/maven/" + group + "/" + artifact + "/pom.properties").getProperty("version", "unknown");
    }

    /** A properties file on the class path; empty when there is none. */
    private static Properties properties(String resource) {
        Properties p = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream(resource)) {
            if (in != null) {
                p.load(in);
            }
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version in the manifest of the jar that holds GraalJS's language ({@code js-language}). */
    private static String graalJs() {
        try {
            Class<?> language = Class.forName(JS_LANGUAGE, false, Versions.class.getClassLoader());
            Path jar = Path.of(language.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (JarFile file = new JarFile(jar.toFile())) {
                String version = file.getManifest().getMainAttributes().getValue(Attributes.Name.IMPLEMENTATION_VERSION);
                return version == null ? "unknown" : version;
            }
        } catch (ClassNotFoundException | IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
