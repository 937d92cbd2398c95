package app.clientele.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataFolderTest {
    private static final String HOME = "/home/jane";

    @Test
    void dataOption_winsOverEverything() {
        assertEquals(Path.of("/tmp/crm"), DataFolder.resolve("/tmp/crm",
                Map.of("CLIENTELE_HOME", "/elsewhere"), "Linux", HOME));
    }

    @Test
    void environmentVariable_winsOverTheSystemDefault() {
        assertEquals(Path.of("/srv/clientele"), DataFolder.resolve(null,
                Map.of("CLIENTELE_HOME", "/srv/clientele"), "Linux", HOME));
    }

    @Test
    void linux_usesXdgDataHomeOrLocalShare() {
        assertEquals(Path.of("/data/clientele"), DataFolder.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", HOME));
        assertEquals(Path.of(HOME, ".local/share/clientele"), DataFolder.resolve(null, Map.of(), "Linux", HOME));
    }

    @Test
    void macAndWindows_useTheirApplicationDataFolders() {
        assertEquals(Path.of(HOME, "Library/Application Support/Clientele"),
                DataFolder.resolve(null, Map.of(), "Mac OS X", HOME));
        assertEquals(Path.of("C:/Users/jane/AppData/Roaming", "Clientele"),
                DataFolder.resolve(null, Map.of("APPDATA", "C:/Users/jane/AppData/Roaming"), "Windows 11", HOME));
    }
}
