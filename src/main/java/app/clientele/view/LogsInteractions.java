package app.clientele.view;

/** A section that knows which client "log interaction" (Ctrl+L) is about right now. */
@FunctionalInterface
public interface LogsInteractions {
    void logInteraction();
}
