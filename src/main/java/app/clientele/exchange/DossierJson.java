package app.clientele.exchange;

import app.clientele.domain.ClientDossier;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.TemporalAccessor;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Writes a client's dossier as JSON: the client's own fields, then each kind of record about them
 * as an array of objects, with dates and times in ISO 8601. Meant to be read by the client and by
 * any program, so it says what it is and when it was made.
 */
public final class DossierJson {
    private static final JsonFactory JSON = new JsonFactory();

    private DossierJson() {
    }

    public static void write(ClientDossier dossier, Instant exportedAt, OutputStream out) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("format", "Clientele client dossier");
            json.writeStringField("exportedAt", exportedAt.toString());
            json.writeFieldName("client");
            writeRow(json, dossier.client());
            for (Map.Entry<String, List<Map<String, Object>>> table : dossier.related().entrySet()) {
                json.writeArrayFieldStart(table.getKey());
                for (Map<String, Object> row : table.getValue()) {
                    writeRow(json, row);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
    }

    private static void writeRow(JsonGenerator json, Map<String, Object> row) throws IOException {
        json.writeStartObject();
        for (Map.Entry<String, Object> column : row.entrySet()) {
            if (column.getValue() != null) {
                json.writeFieldName(column.getKey());
                writeValue(json, column.getValue());
            }
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object value) throws IOException {
        if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Number number) {
            json.writeNumber(number.toString());
        } else if (value instanceof byte[] bytes) {
            json.writeString(Base64.getEncoder().encodeToString(bytes));
        } else if (value instanceof TemporalAccessor temporal) {
            json.writeString(temporal.toString());
        } else {
            json.writeString(value.toString());
        }
    }
}
