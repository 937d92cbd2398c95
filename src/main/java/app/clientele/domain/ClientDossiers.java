package app.clientele.domain;

/** Reads everything stored about a client, for the client's own copy of their data. */
public interface ClientDossiers {

    /** @throws ClienteleException when the client no longer exists */
    ClientDossier read(long clientId);
}
