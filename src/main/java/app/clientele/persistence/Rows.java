package app.clientele.persistence;

import java.sql.Blob;
import java.sql.Clob;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Whole rows as column → value maps, large objects read into plain text and bytes. */
final class Rows {
    private Rows() {
    }

    /** The rows an SQL query with one {@code :id} parameter returns. */
    static List<Map<String, Object>> read(Handle handle, String sql, long id) {
        return handle.createQuery(sql).bind("id", id).mapToMap().list().stream().map(Rows::plain).toList();
    }

    private static Map<String, Object> plain(Map<String, Object> row) {
        Map<String, Object> plain = new LinkedHashMap<>();
        row.forEach((column, value) -> plain.put(column, plain(value)));
        return plain;
    }

    private static Object plain(Object value) {
        try {
            if (value instanceof Clob clob) {
                return clob.getSubString(1, (int) clob.length());
            }
            if (value instanceof Blob blob) {
                return blob.getBytes(1, (int) blob.length());
            }
            return value;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a large value", e);
        }
    }
}
