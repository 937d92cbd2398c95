package app.clientele.exchange;

/** An import refused because the file has an error; nothing was imported. */
public final class ImportRefusedException extends ExchangeException {
    private static final long serialVersionUID = 1L;
    private final String fileName;
    private final transient Problem problem;

    public ImportRefusedException(String fileName, Problem problem) {
        super("import.error.refused", fileName);
        this.fileName = fileName;
        this.problem = problem;
    }

    public String fileName() {
        return fileName;
    }

    /** The first error in the file. */
    public Problem problem() {
        return problem;
    }
}
