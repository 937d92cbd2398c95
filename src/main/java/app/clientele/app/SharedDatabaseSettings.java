package app.clientele.app;

import app.clientele.domain.SharedDatabase;
import app.clientele.persistence.Database;
import app.clientele.viewmodel.data.SharedDatabaseViewModel;
import java.util.Optional;

/** The Shared database settings kept in the preferences file (address and login, never the password). */
final class SharedDatabaseSettings implements SharedDatabaseViewModel.Choice {
    private final AppContext context;

    SharedDatabaseSettings(AppContext context) {
        this.context = context;
    }

    @Override
    public Optional<SharedDatabase> chosen() {
        return context.preferences().sharedDatabase();
    }

    @Override
    public Optional<SharedDatabase> current() {
        return Optional.ofNullable(context.database().shared());
    }

    @Override
    public void test(SharedDatabase database, char[] password) {
        Database.probe(database, password);
    }

    @Override
    public void choose(SharedDatabase database) {
        context.preferences().setSharedDatabase(database);
        context.preferences().save();
    }
}
