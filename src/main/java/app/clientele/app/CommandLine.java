package app.clientele.app;

import app.clientele.domain.ClienteleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The parsed command line: an optional sub-command (none opens the window), its arguments and
 * {@code --name value} options. {@code --data DIR} is understood everywhere.
 */
public record CommandLine(String command, List<String> arguments, Map<String, String> options) {
    /** Options that are switches and take no value. */
    private static final List<String> FLAGS = List.of("help", "version", "dry-run", "replace");

    public static CommandLine parse(List<String> args) {
        String command = null;
        List<String> arguments = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                int equals = name.indexOf('=');
                if (equals >= 0) {
                    options.put(name.substring(0, equals), name.substring(equals + 1));
                } else if (FLAGS.contains(name)) {
                    options.put(name, "true");
                } else if (i + 1 < args.size()) {
                    options.put(name, args.get(++i));
                } else {
                    throw new ClienteleException("cli.error.missingValue", arg);
                }
            } else if (command == null) {
                command = arg;
            } else {
                arguments.add(arg);
            }
        }
        if (command == null && (options.containsKey("help") || options.containsKey("version"))) {
            command = options.containsKey("help") ? "help" : "version";
        }
        return new CommandLine(command, List.copyOf(arguments), Map.copyOf(options));
    }

    public String option(String name) {
        return options.get(name);
    }

    public boolean flag(String name) {
        return "true".equals(options.get(name));
    }

    public boolean opensWindow() {
        return command == null;
    }
}
