package app.clientele.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The schema of an older Clientele: the bundled migrations that come before a given one. */
public final class OlderSchemas {
    private OlderSchemas() {
    }

    /** @param name part of the first migration's file name to leave out, e.g. "__insights" */
    public static Migrations before(String name) {
        List<Migration> migrations = new ArrayList<>();
        try (BufferedReader index = new BufferedReader(new InputStreamReader(
                OlderSchemas.class.getResourceAsStream(Migrations.FOLDER + "index.txt"), StandardCharsets.UTF_8))) {
            for (String line = index.readLine(); line != null && !line.contains(name); line = index.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    migrations.add(Migration.fromResource(line.strip()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Migrations(migrations);
    }
}
