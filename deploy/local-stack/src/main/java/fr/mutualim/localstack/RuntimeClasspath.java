package fr.mutualim.localstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The jars of this module's runtime dependencies, broker included, as resolved by the build
 * ({@code runtime-classpath.txt}, written by maven-dependency-plugin).
 */
final class RuntimeClasspath {

    private RuntimeClasspath() {
    }

    static List<String> entries() {
        try (InputStream in = RuntimeClasspath.class.getResourceAsStream("runtime-classpath.txt")) {
            if (in == null) {
                throw new IllegalStateException("runtime-classpath.txt is missing: build deploy/local-stack with Maven");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return Arrays.asList(text.split(File.pathSeparator));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read runtime-classpath.txt", e);
        }
    }
}
