package app.clientele.persistence;

import java.util.List;

/**
 * Every table that references {@code client(id)}, and how a merge of two clients treats its rows.
 * A feature that adds such a table adds one line here; {@code ClientOwnedTablesTest} fails while a
 * referencing table is missing, so a merge can never silently delete rows through the cascade.
 */
final class ClientOwnedTables {
    static final List<ClientOwnedTable> ALL = List.of(
            ClientOwnedTable.partOfRecord("client_email"),
            ClientOwnedTable.partOfRecord("client_phone"),
            ClientOwnedTable.partOfRecord("client_tag"),
            ClientOwnedTable.moveUnlessDuplicate("interaction_participant", "client_id", "interaction_id"),
            ClientOwnedTable.move("follow_up", "client_id", "id"),
            ClientOwnedTable.onePerClient("client_cadence", "client_id"),
            ClientOwnedTable.onePerClient("client_birthday_reminder", "client_id"),
            ClientOwnedTable.moveUnlessDuplicate("birthday_card", "client_id", "birthday_year"),
            ClientOwnedTable.move("newsletter_subscription", "client_id", "id"),
            ClientOwnedTable.moveUnlessDuplicate("newsletter_recipient", "client_id", "edition_id"),
            ClientOwnedTable.partOfRecord("custom_value"),
            ClientOwnedTable.link("organisation_member", "organisation_id", "person_id"),
            ClientOwnedTable.link("organisation_member", "person_id", "organisation_id"),
            ClientOwnedTable.link("client_relation", "client_id", "other_id", "role"),
            ClientOwnedTable.link("client_relation", "other_id", "client_id", "role"),
            ClientOwnedTable.onePerClient("household_member", "client_id"));

    private ClientOwnedTables() {
    }
}
