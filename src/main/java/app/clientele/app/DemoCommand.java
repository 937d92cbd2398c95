package app.clientele.app;

import app.clientele.demo.SampleData;
import app.clientele.domain.ClienteleException;
import app.clientele.exchange.Progress;

/**
 * {@code clientele demo --clients N --interactions M [--seed S]}: fills an empty data folder with
 * realistic sample clients and history, for trying Clientele and for benchmarks.
 */
final class DemoCommand implements Cli.Command {

    @Override
    public int run(CommandLine commandLine, Cli cli) {
        SampleData.Size size = new SampleData.Size(number(commandLine, "clients", 1_000),
                number(commandLine, "interactions", 10_000));
        long seed = number(commandLine, "seed", 1);
        long start = System.nanoTime();
        try (AppContext context = cli.openContext(commandLine)) {
            SampleData.Made made = new SampleData(context.bulkHistory(), context.clock())
                    .load(seed, size, Progress.NONE);
            // A large load leaves most of the file as old page versions; give that space back now.
            context.database().compact();
            cli.out().println(cli.texts().get("demo.done", made.clients().size(), made.interactions(),
                    made.followUps(), made.subscriptions(), (System.nanoTime() - start) / 1_000_000_000.0));
        }
        return Cli.OK;
    }

    private static int number(CommandLine commandLine, String option, int otherwise) {
        String value = commandLine.option(option);
        if (value == null) {
            return otherwise;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException notANumber) {
            throw new ClienteleException("cli.error.notANumber", "--" + option, value);
        }
    }
}
