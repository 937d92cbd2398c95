package app.clientele.testutil;

import app.clientele.persistence.Database;
import java.util.List;

/** Every index of an H2 file, one line each: table, name, kind and columns in order with their sorting. */
public final class IndexList {
    private IndexList() {
    }

    public static List<String> of(Database database) {
        return database.jdbi().withHandle(handle -> handle.createQuery("""
                        SELECT i.TABLE_NAME || ' ' || i.INDEX_NAME || ' ' || i.INDEX_TYPE_NAME || ' ('
                               || LISTAGG(c.COLUMN_NAME || ' ' || COALESCE(c.ORDERING_SPECIFICATION, '') || ' NULLS '
                                          || COALESCE(c.NULL_ORDERING, ''), ', ')
                                  WITHIN GROUP (ORDER BY c.ORDINAL_POSITION) || ')'
                        FROM INFORMATION_SCHEMA.INDEXES i
                        JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME
                        WHERE i.INDEX_SCHEMA = CURRENT_SCHEMA
                        GROUP BY i.TABLE_NAME, i.INDEX_NAME, i.INDEX_TYPE_NAME
                        ORDER BY i.TABLE_NAME, i.INDEX_NAME""")
                .mapTo(String.class).list());
    }
}
